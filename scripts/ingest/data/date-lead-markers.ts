// Words that tell whether a date in a release's lead is what happened (the event the release
// reports, which dates it) or something planned, due or referred to (a mentioned date only).
// Matched against the sentence that holds the date, lower-cased.

/**
 * The date is a plan, deadline, period or the next meeting. Examples: "on määrä asettaa 1.
 * heinäkuuta", "viimeistään 27. heinäkuuta", "ilmoittautuminen 8.11. mennessä", "12.12.
 * kokoontuvalle valtuustolle", "Tilaisuus pidetään tiistaina 14.11.2017", "nähtäville ajalle 14.3.–13.4.2018".
 */
export const PLAN_MARKERS =
  /(?<!\p{L})(on määrä|on tarkoitus|oli tarkoitus|tarkoitus on|on tarkoituksena|viimeistään|mennessä|saakka|asti|alkaen|lähtien|ensi|seuraava\p{L}*|tuleva\p{L}*|pidetään|järjestetään|kokoontuu|kokoontuva\p{L}*|pidettävä\p{L}*|järjestettävä\p{L}*|alkaa|alkavat|päättyy|avautuu|aikoo|aiotaan|olisi|olisivat|voidaan|takaraja|määräaika|aikaisintaan|ajalle|ajaksi)(?!\p{L})/u;

/**
 * The sentence reports something done: a past-tense verb or a past participle. Examples:
 * "kokoontui maanantaina 3.7.", "kävi 14.9. pidetyssä kokouksessaan", "hyväksyi maanantaina 11.6.".
 */
export const PAST_MARKERS =
  /(?<!\p{L})(oli|olivat|kokoontui|kokoontuivat|kävi|kävivät|piti|pitivät|päätti|päättivät|hyväksyi|hyväksyivät|käsitteli|käsittelivät|kuuli|valitsi|asetti|esitteli|keskusteli|sopi|sopivat|vieraili|järjesti|allekirjoitti|antoi|julkisti|\p{L}+(?:ttiin|tiin|tyssä|ttyssä|dyssä|neessa|neessaan|nneessa))(?!\p{L})/u;

/** "Tänään" in the lead: the release came out on the day of the meeting its kicker names. */
export const TODAY = /(?<!\p{L})tänään(?!\p{L})/iu;

/**
 * A site's "today" widget: the day the page was viewed, a lower-case weekday and a date alone on
 * the first line. Example: "sunnuntai 27.5.2018". A dateline writes it capitalised or abbreviated
 * ("Keskiviikko 3. lokakuuta 2018", "Ti 12.3.2019").
 */
export const TODAY_WIDGET =
  /^(maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai) \d{1,2}\.\d{1,2}\.\d{4}$/u;
