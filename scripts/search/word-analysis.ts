// One morphological reading of a word, as Voikko gives it.
export interface WordAnalysis {
  /** BASEFORM, e.g. "kasvupalvelupilotti" for "kasvupalvelupilotit". */
  baseForm: string;
  /** STRUCTURE: "=" starts a compound part, one letter per character, e.g. "=ppppp=ppppppp=ppppppp". */
  structure: string;
  /** CLASS, e.g. "nimisana", "paikannimi". */
  wordClass: string;
}
