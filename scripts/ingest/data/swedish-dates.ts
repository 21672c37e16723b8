// Swedish month and weekday words as Swedish-language releases write dates: "13 mars 2018",
// "tisdag 13 mars 2018", "onsdag, 26 september, 2018", "den 14 mars 2018", "må 12.3.2018".
// Swedish puts no period after the day and may put a comma before the year. Month names take no case
// endings; "mars" and "maj" are the full names; abbreviations as newspapers use them. Weekdays also
// appear in the definite form ("på tisdagen"). Values: months 1–12, ISO weekdays (1 = Monday), as in
// finnish-months.ts and finnish-weekdays.ts, so the date rules (date-mentions.ts, owned by the date
// work) can read both languages' tables the same way.
// The two-letter weekday "on" (onsdag) is left out: in Finnish text "on" is the verb "is"
// ("Kokous on 12.3.") and would be read as a Wednesday.
export const SWEDISH_MONTH_FORMS: ReadonlyMap<string, number> = new Map([
  ['januari', 1], ['jan', 1],
  ['februari', 2], ['feb', 2], ['febr', 2],
  ['mars', 3],
  ['april', 4], ['apr', 4],
  ['maj', 5],
  ['juni', 6],
  ['juli', 7],
  ['augusti', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['oktober', 10], ['okt', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

export const SWEDISH_WEEKDAY_FORMS: ReadonlyMap<string, number> = new Map([
  ['måndag', 1], ['måndagen', 1], ['må', 1], ['mån', 1],
  ['tisdag', 2], ['tisdagen', 2], ['ti', 2], ['tis', 2],
  ['onsdag', 3], ['onsdagen', 3], ['ons', 3],
  ['torsdag', 4], ['torsdagen', 4], ['to', 4], ['tors', 4],
  ['fredag', 5], ['fredagen', 5], ['fr', 5], ['fre', 5],
  ['lördag', 6], ['lördagen', 6], ['lö', 6], ['lör', 6],
  ['söndag', 7], ['söndagen', 7], ['sö', 7], ['sön', 7],
]);

/**
 * A written Swedish date: day, month word, optional comma, optional year. Groups d, m, y. Example
 * (sv-jakobstad-weekday-month-valfrihet): "13 mars 2018"; (sv-alandsradio-glued-weekday-stamps):
 * "26 september, 2018".
 */
export const SWEDISH_WRITTEN_DATE = new RegExp(
  `(?<![\\d.,])(?<d>\\d{1,2})\\.?\\s+(?<m>${[...SWEDISH_MONTH_FORMS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?(?!\\p{L})(?:,?\\s+(?<y>(?:19|20)\\d{2})(?!\\d))?`,
  'giu',
);
