// Words that label a date in a dateline. A publication label beats a bare date. An update label
// ("Päivitetty") tells when the page last changed, not when the release came out: never the
// publication date, only a mentioned date.
export const PUBLISHED_LABELS = [
  'julkaistu',
  'julkaisupäivä',
  'julkaisupäivämäärä',
  'julkaisuaika',
  'julkaisuajankohta',
  // An embargo: the release may be published from then on ("Julkaisuvapaa 12.3.2019 klo 12.00").
  'julkaisuvapaa',
  'tiedote',
  'lehdistötiedote',
  'mediatiedote',
  'uutinen',
  'pvm',
  'päiväys',
  'published',
  'publicerad',
] as const;

export const UPDATED_LABELS = [
  'päivitetty',
  'viimeksi päivitetty',
  'muokattu',
  'updated',
  'uppdaterad',
  'uppdaterat',
] as const;
