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

/** "1 julkaisu", "3 julkaisua", "0 julkaisua". */
export function countReleases(n: number): string {
  return `${n.toLocaleString('fi-FI')} ${n === 1 ? 'julkaisu' : 'julkaisua'}`;
}

// Made once: constructing an Intl formatter costs far more than using it.
const HELSINKI_OFFSET = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Helsinki', timeZoneName: 'shortOffset' });

/** A day as the instant it began in Helsinki, for Atom's date-time fields. */
/** Milliseconds per day already computed: Intl's formatToParts is slow and a day recurs on many pages. */
const midnightMs = new Map<string, number>();

export function helsinkiMidnight(isoDay: string): Date {
  let ms = midnightMs.get(isoDay);
  if (ms === undefined) {
    ms = computeHelsinkiMidnight(isoDay);
    midnightMs.set(isoDay, ms);
  }
  return new Date(ms);
}

function computeHelsinkiMidnight(isoDay: string): number {
  // Helsinki is UTC+2 in winter and UTC+3 in summer; Intl tells which applied that day.
  const noonUtc = new Date(`${isoDay}T12:00:00Z`);
  const offset = HELSINKI_OFFSET.formatToParts(noonUtc)
    .find((p) => p.type === 'timeZoneName')!.value; // e.g. "GMT+3"
  const hours = Number(offset.replace('GMT', '')) || 0;
  return Date.parse(`${isoDay}T00:00:00Z`) - hours * 3_600_000;
}

/** The build's note on retired releases: "1 release retired", "3 releases retired". */
export function retiredCount(n: number): string {
  return `${n} ${n === 1 ? 'release' : 'releases'} retired`;
}
