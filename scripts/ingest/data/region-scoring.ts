// How mentions of places add up to the one region a release is about (used by region.ts).

/** Weight of a mention by where it stands: the headline and the lead say what a release is about. */
export const MENTION_WEIGHT = { title: 3, preamble: 2, lead: 2, body: 1 } as const;

/**
 * Words that mark a mention as made in passing: a partner, a comparison, an example
 * ("Yhteistyötä tehdään myös Satakunnan kanssa", "kuten Uudellamaalla", "esimerkiksi Lapissa").
 * A mention in a sentence with one of them weighs PASSING_FACTOR of its weight.
 */
export const PASSING_MARKERS = [
  'kanssa',
  'kuten',
  'esimerkiksi',
  'esim.',
  'naapuri',
  'verrattuna',
  'vertailu',
  'mallia',
  'muiden maakuntien',
] as const;
export const PASSING_FACTOR = 0.5;

/** The best region needs at least this score (one plain mention anywhere) … */
export const MIN_SCORE = 1;
/** … and this many times the runner-up's score, or the release is about no single region. */
export const DOMINANCE = 2;
