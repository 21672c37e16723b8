// Finnish formatting of dates and counts for the UI. Dates are calendar days in Europe/Helsinki.

export const MONTHS = [
  'tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu',
  'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu',
] as const;

/** Three-letter labels for the axis, as Finnish calendars abbreviate them. */
export const MONTHS_SHORT = [
  'tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä',
  'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu',
] as const;

/** "2018-09-14" → "14.9.2018" (the Finnish way, no leading zeros). */
export function finnishDate(isoDay: string | null | undefined): string {
  if (!isoDay) return '';
  const [y, m, d] = isoDay.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** 9 → "syyskuu". */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

export function monthShort(month: number): string {
  return MONTHS_SHORT[month - 1] ?? '';
}

/** The UI's one word for a release is "tiedote": "1 tiedote", "3 tiedotetta", "0 tiedotetta". */
export function countReleases(n: number): string {
  return `${n.toLocaleString('fi-FI')} ${n === 1 ? 'tiedote' : 'tiedotetta'}`;
}

// Made once: constructing an Intl formatter costs far more than using it.
const HELSINKI_OFFSET = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Helsinki', timeZoneName: 'shortOffset' });

/** Offsets already computed: Intl's formatToParts is slow and a day recurs on many pages. */
const offsetHours = new Map<string, number>();

/** Helsinki's offset from UTC in whole hours at the day's first moment: 2 in winter, 3 in summer time. */
function helsinkiOffsetHours(isoDay: string): number {
  let hours = offsetHours.get(isoDay);
  if (hours === undefined) {
    hours = computeOffsetHours(isoDay);
    offsetHours.set(isoDay, hours);
  }
  return hours;
}

function computeOffsetHours(isoDay: string): number {
  // Intl tells which applied. 21:00 UTC the evening before is Helsinki's 23:00 or 00:00, before the
  // night's switch (at 03:00 or 04:00 local), so a switch day gets the offset its midnight had.
  const beforeMidnight = new Date(Date.parse(`${isoDay}T00:00:00Z`) - 3 * 3_600_000);
  const offset = HELSINKI_OFFSET.formatToParts(beforeMidnight)
    .find((p) => p.type === 'timeZoneName')!.value; // e.g. "GMT+3"
  return Number(offset.replace('GMT', '')) || 0;
}

/** A day as the instant it began in Helsinki. */
export function helsinkiMidnight(isoDay: string): Date {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) - helsinkiOffsetHours(isoDay) * 3_600_000);
}

/**
 * A day as Helsinki local midnight with its offset, "2018-09-14T00:00:00+03:00", for Atom's
 * date-time fields: the date part is the release's own day, whatever a reader does with the time.
 */
export function helsinkiDayStart(isoDay: string): string {
  const hours = helsinkiOffsetHours(isoDay);
  return `${isoDay}T00:00:00+${String(hours).padStart(2, '0')}:00`;
}

/** The build's note on retired releases: "1 release retired", "3 releases retired". */
export function retiredCount(n: number): string {
  return `${n} ${n === 1 ? 'release' : 'releases'} retired`;
}
