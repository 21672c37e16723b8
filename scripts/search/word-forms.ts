// What a word contributes to the index besides its own stem: its base forms (so a query in base form
// finds inflected text) and its compound parts (so "pilotti" finds "kasvupalvelupilotit").
export interface WordForms {
  /** Dictionary forms of the word, lower-cased: "pirkanmaalla" → ["pirkanmaa"]. */
  bases: string[];
  /** Compound parts and runs of parts, lower-cased, in base form where that is known. */
  parts: string[];
  /** The last compound part as written ("terveyspalvelut" → "palvelut"), where the word is a compound. */
  tail?: string;
  /** Every compound tail as written, longest first ("hälsovårdsdirektör" → "vårdsdirektör", "direktör"). */
  tails?: string[];
}

export type Morphology = (word: string) => WordForms;

export const NO_FORMS: WordForms = { bases: [], parts: [] };

/** Which morphology an index was built with: Voikko, or the suffix-rule fallback. */
export type MorphologyKind = 'voikko' | 'heuristic';
