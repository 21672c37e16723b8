// Lines that stand above a headline on a news page but are not the headline.

/** Section labels of news listings, matched against a whole line. Example: "Ajankohtaista". */
export const SECTION_LABEL =
  /^(ajankohtaista|uutiset|uutinen|tiedotteet|tiedote|lehdistötiedote|lehdistötiedotteet|mediatiedote|mediatiedotteet|blogi|artikkelit|uutiset ja tiedotteet|ajankohtaiset|ajankohtaista ja tiedotteet|tiedotteet ja uutiset|news|press release)( ?[/|>»] ?[\p{L} ]+)*:?$/iu;

/** A release-kind prefix on a headline, removed. Example: "TIEDOTE: Maakunta- ja sote-…". */
export const HEADLINE_PREFIX =
  /^(tiedote|lehdistötiedote|mediatiedote|uutinen|julkaisuvapaa tiedote|tiedotusvälineille|lehdistölle)( \d{1,2}\.\d{1,2}\.(\d{4})?)?\s*[:–—|-]\s+/iu;

/** A headline longer than this is a paragraph, not a headline. */
export const MAX_HEADLINE_LENGTH = 200;
