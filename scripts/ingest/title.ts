// Splits the headline off the top of a cleaned text. Every line above the first line of running
// text is a candidate; each gets a kind and the reasons for it (headlineCandidates, printed by
// `--explain`), and the headline is chosen by evidence, not by position alone:
// 1. a line the page repeats (scrapes carry the headline twice: breadcrumb and <h1>, <h1> and og:title);
// 2. else the first headline-like line (a short line under it is a subheading and stays in the body);
// 3. else the publisher-like line nearest the text ("Maakuntauudistus" as a page's only name);
// 4. else the first short sentence.
// Labels, datelines, bylines, kickers and publisher names around it go to the preamble. A scrape that
// put the headline on the lead's line ("Kymen Sanomat: <headline> <lead…>") is split first. Nothing
// that is not chosen is dropped: headline-like lines stay in the body.
import {
  BARE_DATE_LABEL,
  BYLINE,
  CAPS_KICKER,
  DERIVED_TITLE_MAX_LENGTH,
  HEADLINE_PREFIX,
  LINK_LINE,
  MAX_HEADLINE_LENGTH,
  MEETING_KICKER,
  NEWSPAPER_PREFIX,
  NUMBERED_CRUMB,
  PROSE_MIN_WORDS,
  PUBLISHER_LAST_WORD,
  SECTION_LABEL,
  SITE_NAME_MAX_WORDS,
} from './data/title-labels.ts';
import { isDateline } from './dateline.ts';
import { splitSentences } from './sentences.ts';

export interface TitleSplit {
  title: string;
  /** No headline line: the title is the first sentence. */
  derived?: true;
  preamble: string[];
  /** The remaining lines, blank lines still separating blocks. */
  rest: string[];
}

/** What a line near the top of a page is. Only the last four may be the headline. */
export type CandidateKind =
  | 'label'
  | 'dateline'
  | 'byline'
  | 'crumb'
  | 'link'
  | 'kicker'
  | 'bullet'
  | 'tag'
  | 'publisher'
  | 'sentence'
  | 'headline';

export interface HeadlineCandidate {
  /** Index of the line in the lines given. */
  index: number;
  line: string;
  kind: CandidateKind;
  /** Higher wins; 0 for lines that can never be the headline. */
  score: number;
  reasons: string[];
  chosen: boolean;
}

const MAX_CRUMB_LINE = 8;
const BULLET_LINE = /^[•·▪◦●‣○*]\s*|^[–—-]\s+/u;
const words = (line: string): string[] => line.split(/\s+/u).filter(Boolean);

/** A line of running text: a sentence of PROSE_MIN_WORDS or more words, or longer than any headline. */
export function isProse(line: string): boolean {
  if (line.length > MAX_HEADLINE_LENGTH) return true;
  return /[.!?:][”"»)]?$/u.test(line) && words(line).length >= PROSE_MIN_WORDS;
}

export function isLabelOrDateline(line: string): boolean {
  // A line without a single letter ("23.02.2018", "14:05") is never a headline.
  return (
    SECTION_LABEL.test(line) ||
    BYLINE.test(line) ||
    BARE_DATE_LABEL.test(line) ||
    isDateline(line) ||
    !/\p{L}/u.test(line)
  );
}

export function stripHeadlinePrefix(line: string): string {
  const stripped = line.replace(HEADLINE_PREFIX, '').replace(NEWSPAPER_PREFIX, '').trim();
  return stripped === '' ? line : stripped;
}

/** "Pohjanmaan liitto – Österbottens förbund", "valtiovarainministeriö", "Soite". */
function isPublisherLike(line: string): boolean {
  const w = words(line);
  if (w.length > SITE_NAME_MAX_WORDS) return false;
  if (w.length === 1 && /^\p{Lu}/u.test(line) && !/[.!?]$/u.test(line)) return true;
  return PUBLISHER_LAST_WORD.test(line.replace(/[)\].,;:]+$/u, ''));
}

function classify(line: string, index: number, lines: readonly string[]): { kind: CandidateKind; reasons: string[] } {
  if (SECTION_LABEL.test(line) || BARE_DATE_LABEL.test(line)) return { kind: 'label', reasons: ['section or date label'] };
  if (isDateline(line) || !/\p{L}/u.test(line)) return { kind: 'dateline', reasons: ['dateline'] };
  if (BYLINE.test(line)) return { kind: 'byline', reasons: ['byline, credit or attribution'] };
  if (NUMBERED_CRUMB.test(line) && numberedCrumbRun(lines, index)) return { kind: 'crumb', reasons: ['numbered breadcrumb'] };
  if (LINK_LINE.test(line)) return { kind: 'link', reasons: ['link to other content'] };
  if (MEETING_KICKER.test(line)) return { kind: 'kicker', reasons: ['kicker naming a meeting and its day'] };
  if (BULLET_LINE.test(line)) return { kind: 'bullet', reasons: ['bullet line'] };
  if (/^\p{Ll}/u.test(line)) {
    return isPublisherLike(line)
      ? { kind: 'publisher', reasons: ['lower-case publisher name'] }
      : { kind: 'tag', reasons: ['starts lower-case (a tag or fragment)'] };
  }
  if (isPublisherLike(line)) return { kind: 'publisher', reasons: ['short, ends like a publisher or site name'] };
  if (/[.]$/u.test(line)) return { kind: 'sentence', reasons: ['ends with a full stop'] };
  return { kind: 'headline', reasons: ['headline-like'] };
}

/** "1. yle.fi", "2. Uutiset": part of a run of numbered lines starting with "1." at the top. */
function numberedCrumbRun(lines: readonly string[], index: number): boolean {
  // A breadcrumb trail is a few lines at the very top of a page.
  if (index > MAX_CRUMB_LINE) return false;
  let k = index;
  while (k > 0 && NUMBERED_CRUMB.test(lines[k - 1] ?? '')) k--;
  const first = lines.slice(0, k).every((line) => line === '' || isLabelOrDateline(line));
  return first && /^1\.\s/u.test(lines[k] ?? '');
}

const key = (s: string): string => stripHeadlinePrefix(s).toLocaleLowerCase('fi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function sameHeadline(line: string, title: string): boolean {
  return key(line) === key(title);
}

const HEADLINE_KINDS = new Set<CandidateKind>(['headline', 'publisher', 'sentence']);
// Lines that are page furniture wherever they stand above the text.
const FURNITURE = new Set<CandidateKind>(['label', 'dateline', 'byline', 'crumb', 'link', 'kicker']);

/**
 * Every line above the first line of running text, with its kind, score and reasons, the chosen
 * one marked. Empty when the text opens with running text.
 */
export function headlineCandidates(lines: readonly string[]): HeadlineCandidate[] {
  const proseAt = lines.findIndex((line) => line !== '' && isProse(line));
  const top = proseAt === -1 ? lines.length : proseAt;
  const candidates: HeadlineCandidate[] = [];
  for (let index = 0; index < top; index++) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const { kind, reasons } = classify(line, index, lines);
    candidates.push({ index, line, kind, score: 0, reasons: [...reasons], chosen: false });
  }
  const eligible = candidates.filter((c) => HEADLINE_KINDS.has(c.kind));
  // How often each line occurs among the eligible ones: counted once, so the scoring stays linear.
  const occurrences = new Map<string, number>();
  for (const c of eligible) occurrences.set(key(c.line), (occurrences.get(key(c.line)) ?? 0) + 1);
  for (const c of eligible) {
    c.score = c.kind === 'headline' ? 3 : c.kind === 'publisher' ? 2 : 1;
    if (HEADLINE_PREFIX.test(c.line)) {
      c.score += 1;
      c.reasons.push('release-kind prefix');
    }
    // A repeat counts when it too could be a headline: a ministry named in the navigation bullets
    // and again under the headline is a publisher, not a repeated headline.
    const repeats = (occurrences.get(key(c.line)) ?? 1) - 1;
    if (repeats > 0) {
      c.score += 10;
      c.reasons.push('repeated on the page');
    }
    if (c.line.length > MAX_HEADLINE_LENGTH) c.score = 0;
  }
  // A text without any running text: its first line stands, as a heading over short lines.
  const best = proseAt === -1 ? eligible.find((c) => c.score > 0) : pick(eligible.filter((c) => c.score > 0));
  if (best) {
    best.chosen = true;
    best.reasons.push('chosen');
  }
  return candidates;
}

function pick(eligible: HeadlineCandidate[]): HeadlineCandidate | undefined {
  const repeated = eligible.find((c) => c.score >= 10);
  if (repeated) return repeated;
  const headline = eligible.find((c) => c.kind === 'headline');
  if (headline) return headline;
  const publisher = eligible.filter((c) => c.kind === 'publisher').at(-1);
  return publisher ?? eligible.find((c) => c.kind === 'sentence');
}

// The kinds that may stand right under the headline and still belong to the page's furniture.
const UNDER_HEADLINE = new Set<CandidateKind>(['label', 'dateline', 'byline', 'kicker', 'tag', 'publisher']);

export function splitTitle(input: readonly string[]): TitleSplit {
  const preamble: string[] = [];
  // What a run-on first line held besides its headline (a dateline, a paper's name, a kicker).
  const parts: string[] = [];
  const lines = splitRunOnHeadline(input, parts);
  const candidates = headlineCandidates(lines);
  const chosen = candidates.find((c) => c.chosen);
  if (!chosen) {
    // No headline line: the first sentence stands in, and the text keeps all of its lines.
    const content = candidates.find((c) => !FURNITURE.has(c.kind));
    const from = content ? content.index : (candidates.at(-1)?.index ?? -1) + 1;
    for (const c of candidates) if (c.index < from) preamble.push(c.line);
    const text = lines.slice(from);
    return { title: derivedTitle(text.join(' ')), derived: true, preamble: [...preamble, ...parts], rest: trimBlank(text) };
  }
  const { title, date } = titleOf(chosen.line);
  const body: string[] = [];
  for (const c of candidates) {
    if (c.index >= chosen.index) break;
    // A headline-like line above the chosen one is not furniture: it stays in the body.
    if (c.kind === 'headline' && !sameHeadline(c.line, title)) body.push(c.line, '');
    else pushLine(c.line, title, preamble);
  }
  pushPrefixDate(lines[chosen.index] ?? '', preamble);
  preamble.push(...parts);
  if (date) preamble.push(date);
  let j = chosen.index + 1;
  let repeated = false;
  for (; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (line === '') continue;
    if (!repeated && sameHeadline(line, title)) {
      repeated = true;
      pushPrefixDate(line, preamble);
      continue;
    }
    const kind = classify(line, j, lines).kind;
    if (isProse(line) || !UNDER_HEADLINE.has(kind)) break;
    // A publisher's name under the headline is furniture when written lower-case ("valtiovarainministeriö")
    // or followed by a dateline or label; otherwise it may be a subheading and stays in the body.
    if (kind === 'publisher' && /^\p{Lu}/u.test(line) && !furnitureFollows(lines, j)) break;
    preamble.push(line);
  }
  const rest = [...body, ...lines.slice(j)];
  // "<headline><lead>" glued by a scrape that dropped the line break: the repeat is cut off.
  const first = rest.findIndex((line) => line !== '');
  const glued = rest[first] ?? '';
  if (first !== -1 && glued.startsWith(title) && /^\p{Lu}/u.test(glued.slice(title.length))) {
    rest[first] = glued.slice(title.length);
  }
  return { title, preamble, rest: trimBlank(rest) };
}

function furnitureFollows(lines: readonly string[], index: number): boolean {
  let k = index + 1;
  while (k < lines.length && lines[k] === '') k++;
  return k < lines.length && isLabelOrDateline(lines[k] ?? '');
}

/** The headline without its prefix, and a publication date in parentheses at its end: "… Porissa (2.11.2017)". */
function titleOf(line: string): { title: string; date: string | null } {
  const title = stripHeadlinePrefix(line);
  const dated = /\s+\((\d{1,2}\.\d{1,2}\.\d{4})\)$/u.exec(title);
  if (dated && isDateline(dated[1] ?? '')) return { title: title.slice(0, dated.index), date: dated[1] ?? null };
  return { title, date: null };
}

function pushLine(line: string, title: string, preamble: string[]): void {
  if (sameHeadline(line, title)) pushPrefixDate(line, preamble);
  else preamble.push(line);
}

/** "Lehdistötiedote 12.3.2019: Otsikko": the date the prefix carries must not be lost with it. */
function pushPrefixDate(line: string, preamble: string[]): void {
  const prefix = HEADLINE_PREFIX.exec(line)?.[0].replace(/\s*[:–—|-]\s*$/u, '').trim();
  if (prefix && isDateline(prefix)) preamble.push(prefix);
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  while (start < lines.length && lines[start] === '') start++;
  return lines.slice(start);
}

/**
 * A scrape that ran the headline into the lead's line, split back into lines: a leading dateline
 * ("7.11.2017 00:00 Ministeri kiitti…"), a newspaper's name with the headline ("Kymen Sanomat:
 * Kotka ja Kouvola sopivat … Kymenlaakson kaksi…"), an all-caps kicker between headline and lead
 * ("… sote-mallia SOTE JA MAKU Kunta- ja…"). Only the first line of text is split, and only when it
 * is running text as it stands.
 */
function splitRunOnHeadline(input: readonly string[], preamble: string[]): string[] {
  const at = input.findIndex((line) => line !== '' && !isLabelOrDateline(line));
  let line = input[at] ?? '';
  if (at === -1 || !isProse(line)) return [...input];
  const out = input.slice(0, at);
  const dateline = /^(\d{1,2}\.\d{1,2}\.\d{4}(?:\s+(?:klo\s+)?\d{1,2}[.:]\d{2})?)\s+(?=\p{Lu})/u.exec(line);
  if (dateline && isDateline(dateline[1] ?? '')) {
    preamble.push(dateline[1] ?? '');
    line = line.slice(dateline[0].length);
  }
  const paper = NEWSPAPER_PREFIX.exec(line);
  if (paper) {
    preamble.push(paper[1] ?? '');
    const rest = line.slice(paper[0].length);
    const cut = headlineEnd(rest);
    if (cut !== -1) return [...out, rest.slice(0, cut).trim(), '', rest.slice(cut).trim(), ...input.slice(at + 1)];
    line = rest;
  }
  const kicker = CAPS_KICKER.exec(line);
  if (kicker && words(line.slice(0, kicker.index)).length >= 3) {
    preamble.push(kicker[1] ?? '');
    const lead = line.slice(kicker.index + kicker[0].length);
    return [...out, line.slice(0, kicker.index).trim(), '', lead.trim(), ...input.slice(at + 1)];
  }
  return [...out, line, ...input.slice(at + 1)];
}

/**
 * Where the headline ends in "<headline> <lead…>": before the first capitalised word after at least
 * three words that follows a lower-case word (so "Kotka ja Kouvola" stays whole); -1 when none does
 * within a headline's length or the headline would end a sentence.
 */
function headlineEnd(text: string): number {
  const re = /\S+/gu;
  let count = 0;
  let previous = '';
  for (let m = re.exec(text); m && m.index < MAX_HEADLINE_LENGTH / 2; m = re.exec(text)) {
    const word = m[0];
    if (count >= 3 && /^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(previous) && !/[.!?:,;]$/u.test(previous)) return m.index;
    if (/[.!?]$/u.test(word)) return -1;
    previous = word;
    count++;
  }
  return -1;
}

// The first sentence, whole up to DERIVED_TITLE_MAX_LENGTH, else ~100 characters cut at a word.
function derivedTitle(text: string): string {
  const sentence = splitSentences(text.trim())[0] ?? '';
  // Empty when nothing is left: the caller rejects such a source.
  if (sentence.length <= DERIVED_TITLE_MAX_LENGTH) return sentence.replace(/[.]$/u, '');
  const cut = sentence.slice(0, 100);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}
