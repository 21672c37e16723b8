// Publication dates and the ways the corpus writes them. Each style is one that ingest must read
// (issue 3): a dateline in the preamble ("23.02.2018", "TIEDOTE 12.3.2019", "Julkaistu 5.10.2018
// klo 14.22", "15. toukokuuta 2018", "2018-05-15", "Seinäjoki 20.4.2018"), or a day and month in the
// text whose year must be inferred (from the weekday, or from a full date elsewhere in the text).
import type { Rng } from './prng.ts';

/** A calendar day; month 1–12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export const DATE_STYLES = [
  'dotted-padded',
  'tiedote',
  'julkaistu',
  'month-name',
  'iso',
  'place-dateline',
  'weekday',
  'day-month-context',
  'undated',
] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** How often each style occurs; "undated" is ~10 % as issue 6 asks. */
export const DATE_STYLE_WEIGHTS: readonly (readonly [DateStyle, number])[] = [
  ['dotted-padded', 14],
  ['tiedote', 10],
  ['julkaistu', 12],
  ['month-name', 10],
  ['iso', 8],
  ['place-dateline', 10],
  ['weekday', 13],
  ['day-month-context', 13],
  ['undated', 10],
];

/** The reform's activity grew towards 2018 and ended in spring 2019. */
const YEAR_WEIGHTS: readonly (readonly [number, number])[] = [
  [2015, 6],
  [2016, 14],
  [2017, 26],
  [2018, 36],
  [2019, 18],
];

const MONTH_PARTITIVES = [
  'tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta',
  'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta',
];

/** Essive weekday names, Monday first: "maanantaina 3.7.". */
const WEEKDAY_ESSIVES = [
  'maanantaina', 'tiistaina', 'keskiviikkona', 'torstaina', 'perjantaina', 'lauantaina', 'sunnuntaina',
];

function toUtc(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * 86_400_000);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(day: Day): number {
  return (new Date(toUtc(day)).getUTCDay() + 6) % 7;
}

export function isoDay(day: Day): string {
  return `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

/** "23.2.2018", or "23.02.2018" when padded. */
export function dottedDay(day: Day, padded = false): string {
  const pad = (n: number): string => (padded ? String(n).padStart(2, '0') : String(n));
  return `${pad(day.d)}.${pad(day.m)}.${day.y}`;
}

/** "14.9." */
export function dayMonth(day: Day): string {
  return `${day.d}.${day.m}.`;
}

export function monthNameDay(day: Day): string {
  return `${day.d}. ${MONTH_PARTITIVES[day.m - 1]} ${day.y}`;
}

export function weekdayEssive(day: Day): string {
  return WEEKDAY_ESSIVES[weekdayIndex(day)] as string;
}

/**
 * A working day in 2015–2019. With `sameYearRoom` the day leaves that many days before the year
 * ends, so that a later date in the same text can carry the year as context.
 */
export function pickWorkingDay(rng: Rng, sameYearRoom = 0): Day {
  const y = rng.weighted(YEAR_WEIGHTS);
  const daysInYear = (toUtc({ y: y + 1, m: 1, d: 1 }) - toUtc({ y, m: 1, d: 1 })) / 86_400_000;
  // 2019's releases end with the reform in spring; leave room for a later date in the same year.
  const lastOffset = (y === 2019 ? 150 : daysInYear - 1) - sameYearRoom;
  let day = addDays({ y, m: 1, d: 1 }, rng.int(0, lastOffset));
  while (weekdayIndex(day) > 4) day = addDays(day, -1);
  if (day.y !== y) day = { y, m: 1, d: 2 };
  return day;
}

/** "14.22": office hours. */
export function clockTime(rng: Rng): string {
  return `${rng.int(8, 16)}.${String(rng.int(0, 59)).padStart(2, '0')}`;
}
