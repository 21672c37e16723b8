// Finnish weekday words as they stand before a date: the nominative ("tiistai 12.3."), the essive
// ("maanantaina 3.7.", the usual form in running text) and the two-letter abbreviations of datelines
// ("Ti 12.3.2019"). Values are ISO weekdays, as luxon numbers them (1 = Monday).
export const WEEKDAY_FORMS: ReadonlyMap<string, number> = new Map([
  ['maanantai', 1],
  ['maanantaina', 1],
  ['ma', 1],
  ['tiistai', 2],
  ['tiistaina', 2],
  ['ti', 2],
  ['keskiviikko', 3],
  ['keskiviikkona', 3],
  ['ke', 3],
  ['torstai', 4],
  ['torstaina', 4],
  ['to', 4],
  ['perjantai', 5],
  ['perjantaina', 5],
  ['pe', 5],
  ['lauantai', 6],
  ['lauantaina', 6],
  ['la', 6],
  ['sunnuntai', 7],
  ['sunnuntaina', 7],
  ['su', 7],
]);
