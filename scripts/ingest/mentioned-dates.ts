// Dates and deadlines the body mentions besides the publication date, each with the sentence around
// it (or, in a long sentence, the clause, at most ~MAX_TEXT characters).
// A day and month without a year takes the publication year; without a publication date it is left
// out (there is no basis for its year). The publication date's own evidence and datelines are
// skipped; ranges of years ("vuosille 2021-2024") are no dates at all. Update stamps and a site's
// today widget are mentioned dates too: they are shown on the page but never date the release.
import { findDateMentions, isoDay, type DateMention } from './date-mentions.ts';
import { TODAY_WIDGET } from './data/date-lead-markers.ts';
import { isDateline, isUpdateStamp } from './dateline.ts';
import { findPlaceMentions } from './place-names.ts';
import type { CleanedSource, DateFinding, MentionedDate } from './types.ts';

const MAX_TEXT = 160;
const ABBREVIATION = /(?:^|\s)(?:mm|esim|ns|ks|vrt|yms|ym|milj|mrd|n|p|puh|klo|tms|ts|os|em)\.$/iu;

/** Sentence boundaries: after . ! ? before a capital, not after an abbreviation, and not after a date
 * when the next word is a place ("kokoontui 22.2. Oulussa"). Found once per line, each judged on a
 * bounded slice around it, so a long line stays linear. */
function sentenceBoundaries(text: string): { at: number; end: number }[] {
  const boundaries: { at: number; end: number }[] = [];
  for (const b of text.matchAll(/[.!?]["”’)]*\s+(?=["”]?[\p{Lu}])/gu)) {
    const end = b.index + b[0].length;
    const head = text.slice(Math.max(0, b.index - 11), b.index + 1);
    if (ABBREVIATION.test(head)) continue;
    const afterDate = /\d\.$/u.test(head);
    if (afterDate && findPlaceMentions(text.slice(end, end + 80)).some((p) => p.index === 0)) continue;
    boundaries.push({ at: b.index + 1, end });
  }
  return boundaries;
}

/** The span of the sentence holding the mention: from the last boundary at or before it to the first
 * at or after its end (untrimmed; the end undefined for the line's end). */
function sentenceSpan(boundaries: readonly { at: number; end: number }[], mention: DateMention): [number, number | undefined] {
  // Binary searches over the line's boundaries (ascending): walking them from the start for every
  // date was quadratic on a long line.
  const start = boundaries[countWhere(boundaries, (b) => b.at <= mention.index) - 1]?.end ?? 0;
  return [start, boundaries[countWhere(boundaries, (b) => b.at < mention.end)]?.at];
}

/** How many leading items satisfy `test`, which holds for a prefix of `sorted` and then never. */
function countWhere<T>(sorted: readonly T[], test: (item: T) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(sorted[mid] as T)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The clause of a long sentence that holds the date, cut at word boundaries if still too long. */
function shorten(sentence: string, dateText: string): string {
  if (sentence.length <= MAX_TEXT) return sentence;
  const clause = sentence.split(/,\s+|\s+[–—]\s+|;\s+/u).find((c) => c.includes(dateText));
  if (clause && clause.length <= MAX_TEXT) return clause.trim();
  const at = sentence.indexOf(dateText);
  const from = Math.max(0, at - Math.floor((MAX_TEXT - dateText.length) / 2));
  const window = sentence.slice(from, from + MAX_TEXT);
  const words = window.split(' ');
  if (from > 0) words.shift();
  if (from + MAX_TEXT < sentence.length) words.pop();
  return `${from > 0 ? '…' : ''}${words.join(' ')}${from + MAX_TEXT < sentence.length ? '…' : ''}`;
}

export function extractMentionedDates(
  source: CleanedSource,
  publication: DateFinding,
): MentionedDate[] {
  const publicationYear = publication.date ? Number(publication.date.slice(0, 4)) : null;
  const found: MentionedDate[] = [];
  const seen = new Set<string>();
  const add = (date: string, text: string) => {
    const key = `${date}\u0000${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ date, text });
  };
  // Update stamps and a today widget in the preamble: dates the page shows, never the publication's.
  for (const line of source.preamble) {
    if (!isUpdateStamp(line) && !TODAY_WIDGET.test(line)) continue;
    for (const mention of findDateMentions(line)) {
      if (mention.year === null) continue;
      const date = isoDay(mention.year, mention.month, mention.day);
      if (date !== '') add(date, line);
    }
  }
  for (const paragraph of source.paragraphs) {
    for (const line of paragraph.split('\n')) {
      if (isDateline(line)) continue;
      let boundaries: { at: number; end: number }[] | undefined;
      // Shortening reads the whole sentence: done once per sentence and date text, so a long
      // sentence full of dates stays linear (the same text in the same sentence shortens alike).
      const shortened = new Map<string, string>();
      for (const mention of findDateMentions(line)) {
        const year = mention.year ?? publicationYear;
        if (year === null) continue;
        const date = isoDay(year, mention.month, mention.day);
        if (date === '') continue;
        const isOwnEvidence =
          date === publication.date && (publication.dateEvidence ?? '').includes(mention.text);
        if (isOwnEvidence) continue;
        boundaries ??= sentenceBoundaries(line);
        const [start, end] = sentenceSpan(boundaries, mention);
        const key = `${start} ${end} ${mention.text}`;
        let text = shortened.get(key);
        if (text === undefined) {
          text = shorten(line.slice(start, end).trim(), mention.text);
          shortened.set(key, text);
        }
        add(date, text);
      }
    }
  }
  return found;
}
