// Lines that stand above a headline on a news page but are not the headline.

/** Section labels of news listings, matched against a whole line. Example: "Ajankohtaista". */
export const SECTION_LABEL =
  /^(ajankohtaista|uutiset|uutinen|tiedotteet|tiedote|lehdistötiedote|lehdistötiedotteet|mediatiedote|mediatiedotteet|blogi|artikkelit|uutiset ja tiedotteet|ajankohtaiset|ajankohtaista ja tiedotteet|tiedotteet ja uutiset|news|press release)( ?[/|>»] ?[\p{L} ]+)*:?$/iu;

/**
 * A release-kind prefix on a headline, removed (a date in it goes to the preamble). Examples:
 * "TIEDOTE: Maakunta- ja sote-…", "Lehdistötiedote 12.3.2019: …", "TIEDOTE 12.3.2019 klo 10.00: …".
 */
export const HEADLINE_PREFIX =
  /^(tiedote|lehdistötiedote|mediatiedote|uutinen|julkaisuvapaa tiedote|tiedotusvälineille|lehdistölle)( \d{1,2}\.\d{1,2}\.(\d{4})?(,? (klo|kello) \d{1,2}([.:]\d{2})?)?)?\s*[:–—|-]\s+/iu;

/** A headline longer than this is a paragraph, not a headline. */
export const MAX_HEADLINE_LENGTH = 200;

/**
 * A byline or caption credit near the headline, never the headline. Example: "Teksti ja kuva: Anna
 * Virtanen", "Kirjoittaja: Satakuntaliitto".
 */
export const BYLINE =
  /^(kirjoittaja|kirjoittanut|teksti|teksti ja kuva|teksti ja kuvat|kuva|kuvat|kuvaaja|kuvateksti|toimittaja|lähde|author|text|foto|bild)\s*:/iu;

/**
 * A line ending like a sentence with at least this many words is running text, not a headline:
 * "Pohjanmaan maakuntavalmistelun ohjausryhmä esitteli Vaasassa palvelulupausluonnoksen." Headlines
 * rarely end in a period and are shorter.
 */
export const PROSE_MIN_WORDS = 8;

/**
 * A line above the headline of at most this many words may be the site's or section's name
 * ("Pohjanmaan liitto – Österbottens förbund"); a longer one is the headline itself, and a short
 * line under it a subheading.
 */
export const SITE_NAME_MAX_WORDS = 6;
