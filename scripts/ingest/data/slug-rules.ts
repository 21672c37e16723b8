// What a release id leaves out of its headline.

/** Reform boilerplate that most headlines share. Example: "Maakunta- ja sote-uudistuksen johtoryhmässä …" → "johtoryhmassa-…". */
export const SLUG_BOILERPLATE: readonly RegExp[] = [
  /\bmaakunta- ja sote-uudistu\p{L}*/giu,
  /\bsote- ja maakuntauudistu\p{L}*/giu,
  /\bmaakunta- ja soteuudistu\p{L}*/giu,
  /^tiedote:?\s*/iu,
];

/** Words a slug does not end with after being cut short. */
export const SLUG_TRAILING_STOPWORDS = new Set(['ja', 'sekä', 'tai', 'eli', 'on', 'ovat', 'kun', 'että', 'the', 'of']);

export const ID_MAX_LENGTH = 80;
