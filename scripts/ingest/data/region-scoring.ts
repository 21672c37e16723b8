// How mentions of places add up to the one region a release is about (used by region.ts). Each rule
// has an example from the fixtures; tests/ingest/region.test.ts reads them.

/** Weight of a mention by where it stands: the headline and the lead say what a release is about. */
export const MENTION_WEIGHT = { title: 3, preamble: 2, lead: 2, body: 1 } as const;

/**
 * Where a mention is evidence of what the release is about (not merely a place it names): the
 * headline, a dateline or section label before it, and the lead. A region named only further down
 * (a quote, a venue, an example) is never chosen, however often.
 * Example (sv-aboland-quotes-two-regions): Pargas and Kimitoön (Varsinais-Suomi) twice against
 * Raseborg (Uusimaa) once, all in quotes → no region.
 */
export const EVIDENCE_PLACES = ['title', 'preamble', 'lead'] as const;

/**
 * Words that mark a mention as made in passing: a partner, a comparison, an example
 * ("Yhteistyötä tehdään myös Satakunnan kanssa", "kuten Uudellamaalla", "esimerkiksi Lapissa",
 * "till exempel i Birkaland"). A mention in a sentence with one of them weighs PASSING_FACTOR of its
 * weight and is no evidence.
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
  // Swedish
  'till exempel',
  't.ex.',
  'exempelvis',
  'såsom',
  'jämfört med',
  'grannlandskap',
] as const;
export const PASSING_FACTOR = 0.5;

/**
 * A paragraph that is a quote ("– Vi är överens …, säger X", "”…”, sanoo Y") speaks for its speaker:
 * places in it are in passing. Example (national-newspaper-regions-compared): "– Emme voi odottaa
 * lakia …, sanoo Pirkanmaan muutosjohtaja …".
 */
export const QUOTE_PARAGRAPH = /^\s*[–—-]\s|^\s*["”»]/u;

/** The best region needs at least this score (one evidence mention in the lead) … */
export const MIN_SCORE = 2;
/** … and this many times the runner-up's score, or the release is about no single region. */
export const DOMINANCE = 2;
