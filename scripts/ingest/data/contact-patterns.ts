// What introduces and makes up a contact block in a Finnish press release.

const FINNISH_HEADER = '(?:lisätiedot|lisätietoja|lisätietoa|yhteystiedot|tiedustelut|yhteyshenkilö(?:t)?)';
/**
 * Swedish headers, alone or beside the Finnish one (bilingual releases): "Ytterligare information:",
 * "Mer information:", "Mera information ger …", "Närmare upplysningar", "Kontaktuppgifter",
 * "Förfrågningar:", "Kontaktperson:", "Ytterligare information / Lisätietoja:".
 */
const SWEDISH_HEADER =
  '(?:ytterligare information|ytterligare upplysningar|mer information|mera information|närmare upplysningar|närmare information|kontaktuppgifter|förfrågningar|kontaktperson(?:er)?)';
const SWEDISH_GIVER = '(?:\\s+(?:ger|lämnar|ges av|lämnas av))?';

/**
 * A header line: "Lisätiedot:", "Lisätietoja:", "Lisätietoja antavat:", "Lisätietoja antaa …",
 * "Yhteystiedot", "Lisätietoa", "Tiedustelut:", "Yhteyshenkilö:", bilingual "Lisätietoja / Mer information:". Whatever follows on the same line
 * is the first contact ("Lisätietoja: muutosjohtaja Tapani Mattila, p. 040 595 00 11 tai …").
 */
export const CONTACT_HEADER = new RegExp(
  `^(?:${FINNISH_HEADER}(?:\\s+(?:antaa|antavat))?(?:\\s*/\\s*${SWEDISH_HEADER}${SWEDISH_GIVER})?|${SWEDISH_HEADER}${SWEDISH_GIVER}(?:\\s*/\\s*${FINNISH_HEADER})?)\\s*:?\\s*`,
  'iu',
);

/**
 * A phone number, with its optional label ("p.", "p. p." as typed in one seed, "puh.", "tel.", "gsm")
 * captured apart: "040 743 6356", "0400 389 152", "040 595 00 11", "(03) 569 1120", "+358 40 123 4567",
 * "+358 (0)40 123 4567"; Swedish "tfn 040 …", "telefon …".
 */
export const PHONE =
  /(?<label>(?:(?:p|puh|puhelin|tel|tfn|telefon|gsm|mob|mobil)\.?\s*:?\s*)+)?(?<number>(?:\+358(?:\s*\(0\))?|\(0\d{1,3}\)|0\d{1,3})(?:[\s\u00a0-]*\d){5,10})(?!\d)/giu;

export const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[a-z]{2,}/giu;

/** A local part standing for the person's own name, to be expanded: "etunimi.sukunimi@…". */
export const NAME_PLACEHOLDER = /^(?:etunimi\.sukunimi|firstname\.lastname|förnamn\.efternamn)@/iu;

/** Joins between two people on one line: "…, p. 040 595 00 11 tai palvelutuotannon …". */
export const PERSON_JOIN = /\s*;\s*|,?\s+(?:tai|ja|sekä|eller|och)\s+/giu;
