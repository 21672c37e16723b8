// Splits the headline off the top of a cleaned text: section labels and datelines around it go to
// the preamble, a "TIEDOTE:" prefix is removed, and a repetition of the headline is dropped.
import { HEADLINE_PREFIX, MAX_HEADLINE_LENGTH, SECTION_LABEL } from './data/title-labels.ts';
import { isDateline } from './dateline.ts';

export interface TitleSplit {
  title: string;
  preamble: string[];
  /** The remaining lines, blank lines still separating blocks. */
  rest: string[];
}

export function splitTitle(lines: readonly string[]): TitleSplit {
  const preamble: string[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (isLabelOrDateline(line)) preamble.push(line);
    else break;
  }
  const candidate = lines[i] ?? '';
  if (candidate === '' || candidate.length > MAX_HEADLINE_LENGTH) {
    // No headline line: the first sentence stands in, and the text keeps all of its lines.
    return { title: derivedTitle(lines.slice(i).join(' ')), preamble, rest: lines.slice(i) };
  }
  const title = stripHeadlinePrefix(candidate);
  let j = i + 1;
  let repeated = false;
  for (; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (line === '') continue;
    if (isLabelOrDateline(line)) preamble.push(line);
    else if (!repeated && sameHeadline(line, title)) repeated = true;
    else break;
  }
  return { title, preamble, rest: lines.slice(j) };
}

export function isLabelOrDateline(line: string): boolean {
  // A line without a single letter ("23.02.2018", "14:05") is never a headline.
  return SECTION_LABEL.test(line) || isDateline(line) || !/\p{L}/u.test(line);
}

export function stripHeadlinePrefix(line: string): string {
  const stripped = line.replace(HEADLINE_PREFIX, '').trim();
  return stripped === '' ? line : stripped;
}

function sameHeadline(line: string, title: string): boolean {
  const key = (s: string) => stripHeadlinePrefix(s).toLocaleLowerCase('fi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key(line) === key(title);
}

// At most ~100 characters of the first sentence, cut at a word.
function derivedTitle(text: string): string {
  const sentence = text.trim().split(/(?<=[.!?])\s/)[0] ?? '';
  // Empty when nothing is left: the caller rejects such a source.
  if (sentence.length <= 100) return sentence.replace(/[.]$/, '');
  const cut = sentence.slice(0, 100);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}
