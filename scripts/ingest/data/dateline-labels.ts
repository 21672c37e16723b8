// Words that label a date in a dateline. A publication label beats a bare date, and a bare date beats
// an update label: "Päivitetty" tells when the page last changed, not when the release came out, so it
// is used only when a release states no other date of its own.
export const PUBLISHED_LABELS = [
  'julkaistu',
  'julkaisupäivä',
  'julkaisupäivämäärä',
  'julkaisuaika',
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
] as const;
