// A short plain-text lead for cards, feeds and meta descriptions: the first one or two sentences.
import { CONTACT_HEADER } from './data/chrome-cuts.ts';
import { BULLET } from './data/body-rules.ts';
import { isHeading } from './body.ts';
import { splitSentences } from './sentences.ts';
import type { CleanedSource } from './types.ts';

export const SUMMARY_MAX_LENGTH = 300;
// A first sentence shorter than this is too thin alone; the second is added when it fits.
const SHORT_SENTENCE = 120;

export function summarize(source: CleanedSource): string {
  const blocks = source.paragraphs;
  const first = blocks.find(
    (block, i) => !isHeading(block, blocks[i + 1]) && !CONTACT_HEADER.test(block) && !BULLET.test(block),
  );
  if (first === undefined) return '';
  const sentences = splitSentences(first.replace(/\n/g, ' '));
  let summary = sentences[0] ?? '';
  const second = sentences[1];
  if (second !== undefined && summary.length < SHORT_SENTENCE && summary.length + 1 + second.length <= SUMMARY_MAX_LENGTH) {
    summary = `${summary} ${second}`;
  }
  return cutAtWord(summary, SUMMARY_MAX_LENGTH);
}

export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Keep the cut whole when it ends a word; otherwise go back to the last space in its second half.
  const space = text[cut.length] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
