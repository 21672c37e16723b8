// Splits the headline off the top of a cleaned text: section labels and datelines around it go to
// the preamble, a "TIEDOTE:" prefix is removed, and a repetition of the headline is dropped.
import { BYLINE, HEADLINE_PREFIX, MAX_HEADLINE_LENGTH, PROSE_MIN_WORDS, SECTION_LABEL, SITE_NAME_MAX_WORDS } from './data/title-labels.ts';
import { isDateline } from './dateline.ts';

export interface TitleSplit {
  title: string;
  preamble: string[];
  /** The remaining lines, blank lines still separating blocks. */
  rest: string[];
}

export function splitTitle(lines: readonly string[]): TitleSplit {
  const preamble: string[] = [];
  const first = lines.findIndex((line) => line !== '' && !isLabelOrDateline(line));
  // Lines above the first one: labels and datelines.
  for (const line of lines.slice(0, first === -1 ? lines.length : first)) if (line !== '') preamble.push(line);
  const candidate = first === -1 ? '' : (lines[first] ?? '');
  if (candidate === '' || candidate.length > MAX_HEADLINE_LENGTH || isProse(candidate)) {
    // No headline line: the first sentence stands in, and the text keeps all of its lines.
    const from = first === -1 ? lines.length : first;
    return { title: derivedTitle(lines.slice(from).join(' ')), preamble, rest: lines.slice(from) };
  }
  const at = headlineIndex(lines, first);
  const title = stripHeadlinePrefix(lines[at] ?? '');
  // Between the first line and the headline: a site or section name ("Pohjois-Savon ELY-keskus",
  // "Nyheter"), the headline itself with a prefix, datelines. Kept in the preamble, not in the body.
  for (let k = first; k < at; k++) {
    const line = lines[k] ?? '';
    if (line === '') continue;
    if (sameHeadline(line, title)) pushPrefixDate(line, preamble);
    else preamble.push(line);
  }
  pushPrefixDate(lines[at] ?? '', preamble);
  let j = at + 1;
  let repeated = false;
  for (; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (line === '') continue;
    if (isLabelOrDateline(line)) preamble.push(line);
    else if (!repeated && sameHeadline(line, title)) {
      repeated = true;
      pushPrefixDate(line, preamble);
    } else break;
  }
  return { title, preamble, rest: lines.slice(j) };
}

/**
 * The headline: the last headline-like line above the first line of prose. Scraped pages put the
 * site's or section's name ("Soite", "Lapin liitto", "Sosiaali- ja terveysministeriö") above the
 * headline, so the first line is the headline only when prose follows it directly. Lines above the
 * headline must be short enough for a site's name (SITE_NAME_MAX_WORDS); without any prose line the
 * first line stands.
 */
function headlineIndex(lines: readonly string[], first: number): number {
  const proseAt = lines.findIndex((line, k) => k > first && isProse(line));
  if (proseAt === -1) return first;
  let at = first;
  for (let k = first + 1; k < proseAt; k++) {
    const line = lines[k] ?? '';
    if (line === '' || isLabelOrDateline(line)) continue;
    // A line above it too long for a site's name is a headline itself (with a subheading below).
    const above = lines[at] ?? '';
    if (!sameHeadline(above, stripHeadlinePrefix(line)) && above.split(/\s+/u).length > SITE_NAME_MAX_WORDS) break;
    at = k;
  }
  return at;
}

/** A line of running text: a sentence of PROSE_MIN_WORDS or more words, or longer than any headline. */
export function isProse(line: string): boolean {
  if (line.length > MAX_HEADLINE_LENGTH) return true;
  return /[.!?:][”"»)]?$/u.test(line) && line.split(/\s+/u).length >= PROSE_MIN_WORDS;
}

/** "Lehdistötiedote 12.3.2019: Otsikko": the date the prefix carries must not be lost with it. */
function pushPrefixDate(line: string, preamble: string[]): void {
  const prefix = HEADLINE_PREFIX.exec(line)?.[0].replace(/\s*[:–—|-]\s*$/u, '').trim();
  if (prefix && isDateline(prefix)) preamble.push(prefix);
}

export function isLabelOrDateline(line: string): boolean {
  // A line without a single letter ("23.02.2018", "14:05") is never a headline.
  return SECTION_LABEL.test(line) || BYLINE.test(line) || isDateline(line) || !/\p{L}/u.test(line);
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
