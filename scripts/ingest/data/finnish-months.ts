// Finnish month names and the case forms a date can be written with: "15. toukokuuta 2018" (partitive,
// the standard form), "15. toukokuu 2018" (nominative), "15. toukokuussa" (inessive) and
// "15. toukokuun" (genitive, as in "15. toukokuun kokous").
export const MONTH_STEMS = [
  'tammikuu',
  'helmikuu',
  'maaliskuu',
  'huhtikuu',
  'toukokuu',
  'kesäkuu',
  'heinäkuu',
  'elokuu',
  'syyskuu',
  'lokakuu',
  'marraskuu',
  'joulukuu',
] as const;

export const MONTH_ENDINGS = ['', 'ta', 'ssa', 'n'] as const;

/** Every written form of a month mapped to its number (1–12). */
export const MONTH_FORMS: ReadonlyMap<string, number> = new Map(
  MONTH_STEMS.flatMap((stem, i) => MONTH_ENDINGS.map((ending) => [stem + ending, i + 1] as const)),
);
