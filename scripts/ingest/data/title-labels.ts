// Lines that stand above or below a headline on a news page but are not the headline, and the marks
// a headline carries. Each pattern is tested against one whitespace-normalised line; each has an
// example from a real page shape (tests/fixtures/real-shapes/).

/** Section labels of news listings, matched against a whole line. Example: "Ajankohtaista", "Blogit / Kolumnit". */
export const SECTION_LABEL =
  /^(ajankohtaista|uutiset|uutinen|tiedotteet|tiedote|lehdistötiedote|lehdistötiedotteet|mediatiedote|mediatiedotteet|blogi|blogit|kolumni|kolumnit|artikkelit|uutiset ja tiedotteet|ajankohtaiset|ajankohtaiset tiedotteet|ajankohtaista ja tiedotteet|tiedotteet ja uutiset|paikallisuutiset|kotimaa|kannanotto|kannanotot|mielipide|perustelut|uutisiamme|media|news|press release|nyheter|aktuellt|pressmeddelanden|pressmeddelande|nyheter och pressmeddelanden|aktuellt och nyheter)( ?[/|>»] ?[\p{L} ]+)*:?$/iu;

/**
 * A release-kind or column prefix on a headline, removed (a date in it goes to the preamble).
 * Examples: "TIEDOTE: Maakunta- ja sote-…", "Lehdistötiedote 12.3.2019: …", "Kolumni : Maakuntien
 * rahoitus…", "Marko Lindholmin kolumni: Pohjois-Savon maakunta…".
 */
export const HEADLINE_PREFIX =
  /^(tiedote|lehdistötiedote|mediatiedote|uutinen|julkaisuvapaa tiedote|tiedotusvälineille|lehdistölle|kolumni|blogi|pääkirjoitus|vieraskynä|(?:\p{Lu}\p{L}+ ){1,2}\p{L}+n (?:kolumni|blogi))( \d{1,2}\.\d{1,2}\.(\d{4})?(,? (klo|kello) \d{1,2}([.:]\d{2})?)?)?\s*[:–—|-]\s+/iu;

/**
 * A newspaper's name before a teaser whose headline runs on into the lead on one line. Example:
 * "Kymen Sanomat: Kotka ja Kouvola sopivat päivystyksen työnjaosta Kymenlaakson kaksi suurinta…".
 */
export const NEWSPAPER_PREFIX =
  /^((?:\p{Lu}[\p{L}-]* )?(?:sanomat|lehti|uutiset|kansa|sanomat|kaleva|aamulehti|karjalainen|keskipohjanmaa|keskisuomalainen|savon sanomat|ilkka-pohjalainen|pohjalainen|lapin kansa|kainuun sanomat|länsi-savo|etelä-saimaa|maaseudun tulevaisuus|uusi suomi|yle uutiset|yle|hs|stt|verkkouutiset|uutissuomalainen)):\s+/iu;

/** A headline longer than this is a paragraph, not a headline. */
export const MAX_HEADLINE_LENGTH = 200;

/**
 * A byline, caption credit or attribution near the headline, never the headline. Examples: "Teksti
 * ja kuva: Anna Virtanen", "Kirjoittaja: Satakuntaliitto", "| Pirkanmaan liitto, Päätöksenteko",
 * "(Lapin liiton tiedote)".
 */
export const BYLINE =
  /^(kirjoittaja|kirjoittanut|teksti|teksti ja kuva|teksti ja kuvat|kuva|kuvat|kuvaaja|kuvateksti|toimittaja|lähde|author|text|foto|bild)\s*:|^\|\s|^\([^()]+\)$/iu;

/**
 * A date label whose date the scrape lost or wrote in a form no dateline rule reads, or a release
 * number: "Julkaistu", "Päivitetty:", "Publicerad tisdag 13 mars 2018", "Publicerad: onsdag, 26
 * september, 2018 - 16:12Uppdaterad: …", "Tiedote 158/2018". Never a headline.
 */
export const BARE_DATE_LABEL =
  /^((julkaistu|julkaisuajankohta|julkaisupäivä|päivitetty|muokattu|publicerad|uppdaterad|uppdaterat|published|updated)(\s*:?|[\s:][^.!?]{1,160})|(tiedote|lehdistötiedote|mediatiedote|pressmeddelande) \d+\/\d{4})$/iu;

/**
 * The first lines of a numbered breadcrumb trail: "1. yle.fi", "2. Uutiset", "3. Siun sote". A
 * numbered line counts only in a run that starts with "1." at the top of the page.
 */
export const NUMBERED_CRUMB = /^\d\.\s+\S/u;

/**
 * A kicker naming the meeting a listed release reports: "Satakuntaliiton maakuntahallituksen kokous
 * 26.3.2018". Its day, with "tänään" in the lead, dates the release (see date.ts).
 */
export const MEETING_KICKER =
  /^[\p{L} -]{0,80}\b(kokous|kokoontuminen|istunto|seminaari|kokouksen päätökset)\s+\d{1,2}\.\d{1,2}\.\d{4}$/iu;

/**
 * A link to something else, standing at the top of a page: "Tiedote 30.5.2017 ja esitys - käy
 * tutustumassa!", "Esivalmistelun kuulumiset ja muuta ajankohtaista: Lue uutiskirje".
 */
export const LINK_LINE =
  /\b(käy tutustumassa|käy katsomassa|kannattaa käydä|lue uutiskirje|lue koko uutinen|lue lisää|katso tallenne|katso video|tilaa uutiskirje)\b/iu;

/**
 * The last word of a publisher's or site's name, which stands above or under a headline:
 * "Sosiaali- ja terveysministeriö", "Pohjanmaan liitto – Österbottens förbund", "Pohjois-Savon
 * ELY-keskus", "Keski-Suomen maakunta- ja soteuudistus", "valtiovarainministeriö", "Ålands
 * landskapsregering".
 */
export const PUBLISHER_LAST_WORD =
  /(ministeriö|ministeriöt|liitto|förbund|keskus|centralen|regering|landskapsregering|ministeriet|kommun|stad|samkommun|kaupunki|kunta|kuntayhtymä|sairaanhoitopiiri|virasto|valtioneuvosto|uudistus|valmistelu|hanke|sote|toimisto|laitos|yhtymä|yhdistys|ry|oy|2019|2020|2021|\.fi)$/iu;

/**
 * A line ending like a sentence with at least this many words is running text, not a headline:
 * "Pohjanmaan maakuntavalmistelun ohjausryhmä esitteli Vaasassa palvelulupausluonnoksen." Headlines
 * rarely end in a period and are shorter.
 */
export const PROSE_MIN_WORDS = 8;

/**
 * A line of at most this many words may be the site's or section's name ("Pohjanmaan liitto –
 * Österbottens förbund"), when its last word names a publisher or it is a single word.
 */
export const SITE_NAME_MAX_WORDS = 6;

/** A derived title (no headline line) keeps a whole first sentence up to this length. */
export const DERIVED_TITLE_MAX_LENGTH = 150;

/**
 * An all-caps kicker inside a one-line scrape, between the headline and the lead: "Ministeri kiitti
 * Etelä-Karjalan sote-mallia SOTE JA MAKU Kunta- ja uudistusministeri kiitteli…". Two or more words.
 */
export const CAPS_KICKER = /\s((?:[\p{Lu}\d-]{2,}\s+(?:JA\s+|&\s+)?){1,4}[\p{Lu}\d-]{2,})\s(?=\p{Lu})/u;
