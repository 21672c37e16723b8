// The publication date read from a release's lead when no dateline gives it: the day the release
// reports as having happened, with the year from the text, and the reason written into the evidence.
// - "kokoontui tiistaina 21.8.2018": a weekday with a full date that agree, in a sentence that
//   reports (no plan word): that day.
// - "kokoontui maanantaina 3.7." / "kävi 14.9. pidetyssä kokouksessaan": a day and month in a
//   sentence that reports, the year from the weekday or the text (see inferYear in date.ts).
// - a kicker "… kokous 26.3.2018" above a lead that says "tänään": the meeting's day.
// Never: a date in a plan, deadline, period or next meeting ("on määrä asettaa 1. heinäkuuta",
// "8.11. mennessä"), inside quotes or parentheses ("(MT 9.8.)"), or without a reporting verb.
import { PAST_MARKERS, PLAN_MARKERS, TODAY } from './data/date-lead-markers.ts';
import { MEETING_KICKER } from './data/title-labels.ts';
import { findDateMentions, isoDay, weekdayOf, type DateMention } from './date-mentions.ts';
import { splitSentences } from './sentences.ts';
import type { CleanedSource, DateFinding } from './types.ts';

/** How many blocks of text count as the lead. */
export const LEAD_PARAGRAPHS = 2;

export interface YearGuess {
  year: number;
  /** Why this year, for the evidence: "the weekday fits only 2017 among the reform years". */
  reason: string;
}

/** Sentences of the lead with the dates each names. */
function leadSentences(source: CleanedSource): string[] {
  return source.paragraphs.slice(0, LEAD_PARAGRAPHS).flatMap((p) => splitSentences(p.replace(/\n/gu, ' ')));
}

/**
 * For each of `mentions` (in order), whether it lies inside quotes or parentheses: quote marks and
 * brackets before it counted in one pass over the sentence (counting the whole prefix again for
 * every date was quadratic on a long sentence).
 */
function enclosed(sentence: string, mentions: readonly DateMention[]): boolean[] {
  const quote = /^[–—-]\s/u.test(sentence);
  let quotes = 0;
  let open = 0;
  let at = 0;
  return mentions.map((mention) => {
    for (; at < mention.index; at++) {
      const c = sentence[at] as string;
      if (QUOTE_MARKS.has(c)) quotes++;
      else if (c === '(') open++;
      else if (c === ')') open--;
    }
    return quotes % 2 === 1 || open > 0 || quote;
  });
}

const QUOTE_MARKS = new Set(['"', '”', '“', '«', '»']);

/** "14.3.–13.4.2018": either end of a period. */
function inRange(sentence: string, mention: DateMention): boolean {
  return /^\s?[–—-]\s?\d/u.test(sentence.slice(mention.end)) || /\d\.?\s?[–—-]\s?$/u.test(sentence.slice(Math.max(0, mention.index - 16), mention.index));
}

function reports(sentence: string): boolean {
  const lower = sentence.toLocaleLowerCase('fi');
  return !PLAN_MARKERS.test(lower) && PAST_MARKERS.test(lower);
}

function inferred(date: string, evidence: string): DateFinding {
  return { date, dateCertainty: 'inferred', dateEvidence: evidence };
}

/**
 * The lead's reported day. `inferYear` places a day and month without a year; null from it means
 * the text gives no basis.
 */
export function leadDate(
  source: CleanedSource,
  inferYear: (mention: DateMention) => YearGuess | null,
): DateFinding | null {
  for (const sentence of leadSentences(source)) {
    if (!reports(sentence)) continue;
    const mentions = findDateMentions(sentence);
    const inside = enclosed(sentence, mentions);
    for (const [i, mention] of mentions.entries()) {
      if (inside[i] === true || inRange(sentence, mention)) continue;
      if (mention.year !== null) {
        // A full date counts only with its weekday, and the two must agree.
        if (mention.weekday === null || weekdayOf(mention.year, mention.month, mention.day) !== mention.weekday) continue;
        const day = isoDay(mention.year, mention.month, mention.day);
        return inferred(day, `${mention.text} (the lead's event: weekday and full date)`);
      }
      const guess = inferYear(mention);
      if (guess === null) continue;
      return inferred(
        isoDay(guess.year, mention.month, mention.day),
        `${mention.text} (day from the lead's event; year ${guess.year}: ${guess.reason})`,
      );
    }
  }
  return kickerToday(source);
}

/** "Satakuntaliiton maakuntahallituksen kokous 26.3.2018" above a lead saying "käsitteli tänään". */
function kickerToday(source: CleanedSource): DateFinding | null {
  const kicker = source.preamble.find((line) => MEETING_KICKER.test(line));
  if (!kicker) return null;
  const lead = source.paragraphs.slice(0, LEAD_PARAGRAPHS).join(' ');
  if (!TODAY.test(lead)) return null;
  const mention = findDateMentions(kicker).at(-1);
  if (!mention || mention.year === null) return null;
  return inferred(
    isoDay(mention.year, mention.month, mention.day),
    `${kicker} (the kicker's meeting day; the lead says "tänään")`,
  );
}
