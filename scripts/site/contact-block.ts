// The release body's own contact block ("Lisätietoja: …"), found in markdown-it's tokens so the page can
// leave it out: the structured contacts section shows the same people once. The Markdown keeps it for
// editors. Header and contact patterns are ingest's own (one definition of what a contact block is).
import type { Token } from 'markdown-it';
import { CONTACT_HEADER, EMAIL, PHONE } from '../ingest/data/contact-patterns.ts';

/** A block after the header belongs to it while it is short and holds a phone or an e-mail address. */
const MAX_CONTACT_BLOCK = 400;

const fresh = (re: RegExp): RegExp => new RegExp(re.source, re.flags);
const hasPhoneOrEmail = (text: string): boolean => fresh(PHONE).test(text) || fresh(EMAIL).test(text);

/**
 * Whether a paragraph opens a contact block, as ingest reads a header: "Lisätietoja:" alone, with a
 * colon or "antaa/antavat", or followed at once by a contact. "Lisätietoja hankkeesta löytyy
 * osoitteesta …" is a sentence and does not.
 */
export function opensContactBlock(text: string): boolean {
  const firstLine = text.split('\n')[0]!.trim();
  const header = CONTACT_HEADER.exec(firstLine);
  if (!header) return false;
  const rest = firstLine.slice(header[0].length);
  return rest.trim() === '' || /:|antaa|antavat/iu.test(header[0]) || hasPhoneOrEmail(rest);
}

/** One top-level block of the body: its tokens' range and its text. */
interface Block {
  start: number;
  end: number;
  text: string;
}

function topLevelBlocks(tokens: readonly Token[]): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let text = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'inline') text += `${token.content}\n`;
    if (token.level === 0 && token.nesting !== 1) {
      blocks.push({ start, end: i + 1, text: text.trim() });
      start = i + 1;
      text = '';
    }
  }
  return blocks;
}

/**
 * The body's tokens without its contact blocks: each header paragraph and the short blocks after it
 * that hold a phone number or an e-mail address. A header followed by no such block is left as it is.
 */
export function withoutContactBlocks(tokens: Token[]): Token[] {
  const blocks = topLevelBlocks(tokens);
  const drop = new Set<Block>();
  for (let i = 0; i < blocks.length; i++) {
    if (!opensContactBlock(blocks[i]!.text)) continue;
    const members: Block[] = [blocks[i]!];
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.text.length <= MAX_CONTACT_BLOCK && hasPhoneOrEmail(blocks[j]!.text)) {
      members.push(blocks[j]!);
      j++;
    }
    // The header's own paragraph may carry the contacts; otherwise something must follow it.
    if (members.length > 1 || hasPhoneOrEmail(blocks[i]!.text)) {
      for (const block of members) drop.add(block);
    }
    i = j - 1;
  }
  if (drop.size === 0) return tokens;
  return blocks.filter((b) => !drop.has(b)).flatMap((b) => tokens.slice(b.start, b.end));
}
