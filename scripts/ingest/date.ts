// The publication date of a release, with how certain it is and the text it came from.
//
// Order of evidence, first found wins:
// 1. exact — a dateline (in the preamble, or left in the body: see datelineLines): one with a
//    publication label ("Julkaistu", "Julkaisuajankohta", "TIEDOTE") beats a bare one ("23.02.2018",
//    "Seinäjoki 20.4.2018"); among equals the first wins (the preamble before the body).
// 2. exact — a labelled full date inside a paragraph ("… Julkaistu 5.10.2018 klo 14.22").
// 3. inferred — the day the lead reports as having happened (date-lead.ts): a weekday with a full
//    date, or a day and month with the year from, in turn:
//    a. a weekday: within the five-year window a weekday fits a day and month to at most one year;
//    b. a full date the text names within NEAR_FUTURE_DAYS after the day in exactly one window year
//       (the next meeting or a deadline: "kokoontui 5.4. … seuraava kokous pidetään 25.4.2019");
//    c. the latest window year not after the earliest year the text mentions (releases speak of the
//       current year and the future: "vuoden 2019 loppuun", "vuosille 2021-2024" put a 14.9. in 2018,
//       as 14.9.2019 lies after the window);
//    or a meeting kicker's day when the lead says "tänään". The evidence says which text gave the
//    day and why the year.
// 4. unknown — nothing above. Never the publication date: an update stamp ("Päivitetty 16.4.2018"),
//    a site's today widget ("sunnuntai 27.5.2018"), a crawler's date, a plan, deadline or next
//    meeting, a date in quotes or parentheses.
import { REFORM_WINDOW } from './data/reform-window.ts';
import { findDateMentions, isoDay, weekdayOf, type DateMention } from './date-mentions.ts';
import { isDateline } from './dateline.ts';
import { labelBefore, TIME_PATTERN, type DateLabel } from './dateline-parts.ts';
import { TODAY_WIDGET } from './data/date-lead-markers.ts';
import { leadDate, type YearGuess } from './date-lead.ts';
import type { CleanedSource, DateFinding } from './types.ts';
import type { ReviewItem } from '../lib/release-schema.ts';

/** Lines of a release header around its dateline: "Kuntaliitto ja sairaanhoitopiirit tiedottavat", "Julkaisuvapaa heti". */
const RELEASE_HEADER_LINE = /^(?:[\p{L} -]{1,80} tiedottaa|[\p{L} -]{1,80} tiedottavat|julkaisuvapaa(?: heti| välittömästi)?)$/iu;
/** A sentence-ending block whose last line, and only that line, is a dateline. */
function datedStandfirst(block: readonly string[]): boolean {
  if (block.length < 2 || !isDateline(block.at(-1) ?? '')) return false;
  return block.slice(0, -1).every((line) => /[.!?]["”»]?$/u.test(line) && !isDateline(line));
}

const UNKNOWN: DateFinding = { date: null, dateCertainty: 'unknown', dateEvidence: null };
const LABEL_RANK: Record<DateLabel, number> = { published: 0, plain: 1, updated: 2 };
/** How many blocks at each end of the body a bare dateline left there by cleaning may stand in. */
const EDGE_PARAGRAPHS = 2;
/** How far ahead a release's next meeting or deadline usually lies. */
const NEAR_FUTURE_DAYS = 92;
const WINDOW_START_YEAR = Number(REFORM_WINDOW.start.slice(0, 4));
const WINDOW_END_YEAR = Number(REFORM_WINDOW.end.slice(0, 4));

interface Candidate {
  rank: number;
  mention: DateMention;
  evidence: string;
}

const lines = (paragraphs: readonly string[]): string[] => paragraphs.flatMap((p) => p.split('\n'));

function exact(mention: DateMention, evidence: string): DateFinding {
  return {
    date: isoDay(mention.year ?? 0, mention.month, mention.day),
    dateCertainty: 'exact',
    dateEvidence: evidence.replace(/\s+/gu, ' ').trim(),
  };
}

/** The label, date and time of one dated part of a line: "Julkaistu 5.10.2018 klo 14.22". */
function evidenceOf(line: string, mention: DateMention, all: DateMention[]): string {
  if (all.length === 1) return line;
  const previous = all.filter((m) => m.end <= mention.index).at(-1);
  const from = previous ? previous.end : 0;
  const time = new RegExp(`^\\s*${TIME_PATTERN.source}`, 'iu').exec(line.slice(mention.end));
  return line.slice(from, mention.end + (time ? time[0].length : 0)).replace(/^[\s|,;–-]+/u, '');
}

function bestCandidate(candidates: Candidate[]): Candidate | undefined {
  return [...candidates].sort((a, b) => a.rank - b.rank)[0];
}

/**
 * Lines that may be the release's own dateline: every preamble line, and from the paragraphs a
 * labelled dateline anywhere ("Julkaistu …", "Päivitetty …") or a bare one that stands alone as one of
 * the first or last EDGE_PARAGRAPHS blocks — a "Tampere 22.3.2018" inside a list of events is not.
 */
function datelineLines(source: CleanedSource): string[] {
  const { paragraphs } = source;
  const fromBody = paragraphs.flatMap((p, i) => {
    const atEdge = i < EDGE_PARAGRAPHS || i >= paragraphs.length - EDGE_PARAGRAPHS;
    // A block of one line, a release header ("<publisher> tiedottaa / 6.7.2017 / Julkaisuvapaa heti"),
    // or a standfirst with its dateline as the last line ("… tar över vården.\n18.5.2018 - 15.04").
    const blockLines = p.split('\n');
    const single =
      blockLines.every((line) => isDateline(line) || RELEASE_HEADER_LINE.test(line)) || datedStandfirst(blockLines);
    return p.split('\n').filter((line) => {
      if (!isDateline(line)) return false;
      const labelled = findDateMentions(line).some((m) => labelBefore(line, m.index) !== 'plain');
      return labelled || (atEdge && single);
    });
  });
  const preamble = source.preamble.filter((line, i) => isDateline(line) && !(i === 0 && TODAY_WIDGET.test(line)));
  return [...preamble, ...fromBody];
}

function fromDatelines(source: CleanedSource): DateFinding | null {
  const candidates: Candidate[] = [];
  for (const line of datelineLines(source)) {
    const mentions = findDateMentions(line);
    for (const mention of mentions) {
      const label = labelBefore(line, mention.index);
      // When the page last changed is not when the release came out.
      if (label === 'updated') continue;
      const rank = LABEL_RANK[label];
      candidates.push({ rank, mention, evidence: evidenceOf(line.trim(), mention, mentions) });
    }
  }
  const best = bestCandidate(candidates);
  return best ? exact(best.mention, best.evidence) : null;
}

function fromLabelledDates(source: CleanedSource): DateFinding | null {
  const candidates: Candidate[] = [];
  for (const line of lines(source.paragraphs)) {
    const mentions = findDateMentions(line);
    for (const mention of mentions) {
      if (mention.year === null) continue;
      const label = labelBefore(line, mention.index);
      // A bounded look back (longer than any word): testing the whole prefix of every date with a
      // `$`-anchored pattern was quadratic on a long line.
      const between = line.slice(Math.max(0, mention.index - 100), mention.index);
      // The label must stand right before the date, not somewhere earlier in the sentence.
      if (label !== 'published' || !/(?:^|\P{L})\p{L}+\s*:?\s*$/u.test(between)) continue;
      const labelled = /(\p{L}+\s*:?\s*)$/u.exec(between)?.[1] ?? '';
      candidates.push({ rank: LABEL_RANK[label], mention, evidence: labelled + mention.text });
    }
  }
  const best = bestCandidate(candidates.filter((c) => /^\p{L}/u.test(c.evidence)));
  return best ? exact(best.mention, best.evidence) : null;
}

/** What the text says about time besides the day to place. */
export interface DateContext {
  /** Years the text speaks of (2015 onwards: earlier years are history, not the present). */
  years: number[];
  /** Full dates the text names, YYYY-MM-DD. */
  days: string[];
}

function dateContext(source: CleanedSource): DateContext {
  const text = [source.title, ...source.paragraphs].join('\n');
  const years = [...text.matchAll(/(?<!\d)(20\d{2})(?!\d)/gu)]
    .map((m) => Number(m[1]))
    .filter((year) => year >= WINDOW_START_YEAR);
  const days = findDateMentions(text).flatMap((m) =>
    m.year === null ? [] : [isoDay(m.year, m.month, m.day)],
  );
  return { years, days };
}

// A context's days sorted and its earliest year, worked out once per context: searching all of them
// again for every date without a year was quadratic on a text full of dates (and Math.min over a
// spread of every year overflows the stack on a long one).
const factsCache = new WeakMap<DateContext, { sortedDays: string[]; earliest: number | null }>();

function contextFacts(context: DateContext): { sortedDays: string[]; earliest: number | null } {
  let facts = factsCache.get(context);
  if (facts === undefined) {
    const earliest = context.years.reduce<number | null>((min, year) => (min === null || year < min ? year : min), null);
    facts = { sortedDays: [...context.days].sort(), earliest };
    factsCache.set(context, facts);
  }
  return facts;
}

/** How many of `sorted` come before `value`. */
function countBelow(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as string) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

function inWindow(year: number, mention: DateMention): boolean {
  const day = isoDay(year, mention.month, mention.day);
  return day !== '' && day >= REFORM_WINDOW.start && day <= REFORM_WINDOW.end;
}

/** The one year a day and month without a year belongs to, or null when the text gives no basis. */
export function inferYear(mention: DateMention, context: DateContext): number | null {
  return guessYear(mention, context)?.year ?? null;
}

/** inferYear with the reason for the year, for the evidence. */
export function guessYear(mention: DateMention, context: DateContext): YearGuess | null {
  const candidates: number[] = [];
  for (let year = WINDOW_START_YEAR; year <= WINDOW_END_YEAR; year++) {
    if (!inWindow(year, mention)) continue;
    if (
      mention.weekday !== null &&
      weekdayOf(year, mention.month, mention.day) !== mention.weekday
    ) {
      continue;
    }
    candidates.push(year);
  }
  if (mention.weekday !== null) {
    const year = candidates.length === 1 ? candidates[0] : undefined;
    return year === undefined ? null : { year, reason: 'the only reform year in which the weekday fits' };
  }
  const { sortedDays, earliest } = contextFacts(context);
  const nearFuture = candidates.filter((year) => {
    const day = isoDay(year, mention.month, mention.day);
    // The nearest named day on or after `day` (ISO days sort as they follow each other).
    const next = sortedDays[countBelow(sortedDays, day)];
    return next !== undefined && daysBetween(day, next) <= NEAR_FUTURE_DAYS;
  });
  const near = nearFuture.length === 1 ? nearFuture[0] : undefined;
  if (near !== undefined) return { year: near, reason: 'a dated next step in the text follows within weeks' };
  if (earliest === null) return null;
  const year = candidates.filter((y) => y <= earliest).at(-1);
  return year === undefined ? null : { year, reason: `the text speaks of ${earliest} as the present or future` };
}

export function extractDate(source: CleanedSource): DateFinding {
  const context = dateContext(source);
  return (
    fromDatelines(source) ??
    fromLabelledDates(source) ??
    leadDate(source, (mention) => guessYear(mention, context)) ??
    UNKNOWN
  );
}

/** What an archivist should check about the date: an inferred day, or none found. */
export function dateReview(finding: DateFinding): ReviewItem[] {
  if (finding.dateCertainty === 'inferred') {
    return [{ field: 'date', reason: `inferred, not stated: ${finding.dateEvidence ?? ''}`.trim() }];
  }
  if (finding.dateCertainty === 'unknown') {
    return [{ field: 'date', reason: 'no publication date: no dateline or publication label, and the lead reports no dated event' }];
  }
  return [];
}
