// Labels before a web address that, at the top or bottom of a scraped text, name the page the text
// was taken from. Example lines: "Lähde: https://www.example.fi/uutiset/123", "Lue koko uutinen:
// https://…", "Läs hela nyheten: https://…". A bare address alone on the first or last line counts too.
// Counter-example: "Lisätietoa hankkeesta: https://…" (a link in the release, not its own address).
export const OWN_ADDRESS_LABEL =
  /^(lähde|lue koko (uutinen|tiedote|juttu|artikkeli)|alkuperäinen (uutinen|tiedote|julkaisu|osoite)|julkaistu alun perin|url|osoite|källa|läs hela (nyheten|pressmeddelandet|artikeln)|ursprunglig adress|source)\s*:?\s*/iu;

/** How many non-empty lines at either end of a text an own-address line may stand in. */
export const ADDRESS_EDGE_LINES = 3;
