// Finds calendar dates written in Finnish text: "23.02.2018", "14.9.", "15. toukokuuta 2018",
// "2018-05-15", each with a weekday word directly before it ("maanantaina 3.7.", "Ti 12.3.2019").
// Shared by dateline.ts, date.ts and mentioned-dates.ts. Impossible dates (31.2.2018) are skipped.
import { DateTime } from 'luxon';
import { MONTH_FORMS } from './data/finnish-months.ts';
import { SWEDISH_MONTH_FORMS, SWEDISH_WEEKDAY_FORMS } from './data/swedish-dates.ts';
import { WEEKDAY_FORMS } from './data/finnish-weekdays.ts';

export interface DateMention {
  /** The text as written, including a weekday word before the date. */
  text: string;
  index: number;
  end: number;
  day: number;
  month: number;
  /** Null for a day and month without a year ("14.9."). */
  year: number | null;
  /** ISO weekday (1 = Monday) named before the date, if any. */
  weekday: number | null;
}

export const ZONE = 'Europe/Helsinki';

const alternatives = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).join('|');

// Finnish and Swedish weekdays in one table: where both languages share a short form ("ti", "to")
// it names the same day.
const WEEKDAYS: ReadonlyMap<string, number> = new Map([...SWEDISH_WEEKDAY_FORMS, ...WEEKDAY_FORMS]);
const WEEKDAY = `(?:(?<![\\p{L}])(?<weekday>${alternatives(WEEKDAYS.keys())})\\.?,?\\s+)?`;
const NUMERIC = `(?<![\\d.,])(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.(?:\\s?(?<y>(?:19|20)\\d{2})(?!\\d))?(?!\\d)`;
const WRITTEN = `(?<![\\d.,])(?<wd>\\d{1,2})\\.\\s*(?<wm>${alternatives(MONTH_FORMS.keys())})(?!\\p{L})(?:\\s+(?<wy>(?:19|20)\\d{2})(?!\\d))?`;
// Swedish writes "13 mars 2018", "26 september, 2018": no period after the day, a comma may stand before the year.
const SWEDISH = `(?<![\\d.,])(?<sd>\\d{1,2})\\.?\\s+(?<sm>${alternatives(SWEDISH_MONTH_FORMS.keys())})\\.?(?!\\p{L})(?:,?\\s+(?<sy>(?:19|20)\\d{2})(?!\\d))?`;
const ISO = `(?<![\\d-])(?<iy>(?:19|20)\\d{2})-(?<im>\\d{2})-(?<id>\\d{2})(?![\\d-])`;
const DATE_PATTERN = new RegExp(`${WEEKDAY}(?:${ISO}|${WRITTEN}|${SWEDISH}|${NUMERIC})`, 'giu');

/** True when day.month.year is a real calendar day (in a leap year when the year is unknown). */
export function isCalendarDay(day: number, month: number, year: number | null): boolean {
  return calendarDay(year ?? 2016, month, day).valid;
}

/** YYYY-MM-DD of a calendar day in Europe/Helsinki. */
export function isoDay(year: number, month: number, day: number): string {
  return calendarDay(year, month, day).iso;
}

/** ISO weekday (1 = Monday) of a calendar day in Europe/Helsinki. */
export function weekdayOf(year: number, month: number, day: number): number {
  return calendarDay(year, month, day).weekday;
}

// Building a zoned luxon DateTime costs a time-zone lookup (14 % of a 2,000-release ingest), and
// releases name the same few thousand days over and over: each day is computed once per process.
const DAYS = new Map<string, { valid: boolean; iso: string; weekday: number }>();

function calendarDay(year: number, month: number, day: number): { valid: boolean; iso: string; weekday: number } {
  const key = `${year}-${month}-${day}`;
  let known = DAYS.get(key);
  if (!known) {
    const date = DateTime.fromObject({ year, month, day }, { zone: ZONE });
    known = { valid: date.isValid, iso: date.toISODate() ?? '', weekday: date.weekday };
    DAYS.set(key, known);
  }
  return known;
}

/** Every date written in `text`, in order. */
export function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    // "klo 9.10." is a time of day, not the ninth of October.
    // A bounded look back: testing the whole prefix for every match was quadratic on a long line.
    if (/(?:klo|kello)\.?\s*$/iu.test(text.slice(Math.max(0, match.index - 32), match.index))) continue;
    const g = match.groups ?? {};
    const day = Number(g.d ?? g.wd ?? g.sd ?? g.id);
    const month = g.m
      ? Number(g.m)
      : g.wm
        ? (MONTH_FORMS.get(g.wm.toLowerCase()) ?? 0)
        : g.sm
          ? (SWEDISH_MONTH_FORMS.get(g.sm.toLowerCase()) ?? 0)
          : Number(g.im);
    const yearText = g.y ?? g.wy ?? g.sy ?? g.iy;
    const year = yearText ? Number(yearText) : null;
    if (!isCalendarDay(day, month, year)) continue;
    const weekday = g.weekday ? (WEEKDAYS.get(g.weekday.toLowerCase()) ?? null) : null;
    mentions.push({
      text: match[0].trim(),
      index: match.index,
      end: match.index + match[0].length,
      day,
      month,
      year,
      weekday,
    });
  }
  return mentions;
}
