// CleanedSource → Markdown body: paragraphs, "##" headings, lists; every character of the text
// escaped so that the Markdown renders exactly the release's words.
import { CONTACT_HEADER } from './data/chrome-cuts.ts';
import {
  BULLET,
  CAPTION,
  CONTACT_OR_LINK,
  DASH_BULLET,
  HEADING_BAD_END,
  HEADING_MAX_LENGTH,
  HEADING_MAX_WORDS,
  HEADING_NEXT_MIN_LENGTH,
} from './data/body-rules.ts';
import { isDateline } from './dateline.ts';
import { escapeMarkdownLine } from './markdown-escape.ts';
import type { CleanedSource } from './types.ts';

export function renderBody(source: CleanedSource): string {
  const blocks = source.paragraphs;
  const out: string[] = [];
  let inContacts = false;
  blocks.forEach((block, i) => {
    if (CONTACT_HEADER.test(block)) inContacts = true;
    const marked = source.headings?.includes(block) === true && !block.includes('\n');
    if (!inContacts && (marked || isHeading(block, blocks[i + 1]))) out.push(`## ${escapeMarkdownLine(block)}`);
    else out.push(...renderBlock(block, blocks[i - 1]));
  });
  return `${out.join('\n\n')}\n`;
}

export function isHeading(block: string, next: string | undefined): boolean {
  if (block.includes('\n') || next === undefined) return false;
  if (block.length > HEADING_MAX_LENGTH || block.split(' ').length > HEADING_MAX_WORDS) return false;
  if (HEADING_BAD_END.test(block) || CONTACT_OR_LINK.test(block) || BULLET.test(block)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(block) || CAPTION.test(block) || CONTACT_HEADER.test(block) || isDateline(block)) return false;
  return next.length >= HEADING_NEXT_MIN_LENGTH || next.split('\n').every((line) => BULLET.test(line));
}

// Consecutive bullet lines form a list; other lines form a paragraph whose line breaks are kept
// as hard breaks (contact blocks are line-structured).
function renderBlock(block: string, previous: string | undefined): string[] {
  const lines = block.split('\n');
  const isItem = lines.map((line, i) => {
    if (!BULLET.test(line)) return false;
    if (!DASH_BULLET.test(line)) return true;
    const before = i > 0 ? lines[i - 1] : previous?.split('\n').at(-1);
    const neighbour = (j: number) => lines[j] !== undefined && BULLET.test(lines[j] as string);
    return neighbour(i - 1) || neighbour(i + 1) || (before ?? '').endsWith(':');
  });
  const parts: string[] = [];
  let run: string[] = [];
  let runIsList = false;
  const flush = () => {
    if (run.length === 0) return;
    parts.push(
      runIsList
        ? run.map((line) => `- ${escapeMarkdownLine(line.replace(BULLET, ''))}`).join('\n')
        : run.map(escapeMarkdownLine).join('\\\n'),
    );
    run = [];
  };
  lines.forEach((line, i) => {
    const item = isItem[i] ?? false;
    if (item !== runIsList) flush();
    runIsList = item;
    run.push(line);
  });
  flush();
  return parts;
}
