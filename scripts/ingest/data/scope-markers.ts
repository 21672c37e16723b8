// What makes a release national (about the whole country, published by a national body) rather than
// about one region. Used by scope.ts; every rule has an example from the real-shape fixtures
// (tests/fixtures/real-shapes/<case>), which tests/ingest/scope.test.ts checks.

export interface ScopeRule {
  name: string;
  pattern: RegExp;
  /**
   * Where a content rule reads: the headline, or the headline and the lead (first two paragraphs of
   * running text), or those only when the release names no region at all. Bylines ignore it.
   */
  where?: 'title' | 'lead' | 'lead-without-region';
  /** A line or sentence from the named fixture that the rule matches. */
  example: string;
  /** A line or sentence from a fixture that it must not match. */
  counterexample: string;
}

/** National bodies of the reform years, Finnish and Swedish names (nominative, as a byline gives them). */
const NATIONAL_BODY =
  '(?:sosiaali- ja terveysministeriö|valtiovarainministeriö|oikeusministeriö|työ- ja elinkeinoministeriö|' +
  'maa- ja metsätalousministeriö|sisäministeriö|ympäristöministeriö|valtioneuvosto(?:n kanslia)?|' +
  'social- och hälsovårdsministeriet|finansministeriet|justitieministeriet|arbets- och näringsministeriet|' +
  'jord- och skogsbruksministeriet|inrikesministeriet|miljöministeriet|statsrådet(?:s kansli)?|' +
  '(?:suomen )?kuntaliitto|(?:finlands )?kommunförbund(?:et)?|' +
  'terveyden ja hyvinvoinnin laitos|thl|institutet för hälsa och välfärd|kela|fpa)';

/**
 * The publisher's byline: a short line naming a national body, alone or with a date, a time and a
 * kind of item ("Finansministeriet", "Valtiovarainministeriö 5.10.2018 14.22", "Suomen Kuntaliitto /
 * Finlands Kommunförbund", "Kuntaliitto ja sairaanhoitopiirit tiedottavat"), or a government site's
 * section header. Looked for in the preamble and in the short lines above the lead.
 */
export const PUBLISHER_RULES: readonly ScopeRule[] = [
  {
    name: 'national body as byline',
    pattern: new RegExp(
      `^${NATIONAL_BODY}(?:\\s*/\\s*${NATIONAL_BODY})?(?:\\s+(?:ja|och)\\s+[\\p{L} -]+?)?(?:\\s+(?:tiedottaa|tiedottavat|informerar))?(?:\\s+\\d{1,2}\\.\\d{1,2}\\.\\d{4})?(?:\\s+(?:klo\\s+)?\\d{1,2}[.:]\\d{2})?(?:\\s+(?:tiedote|uutinen|nyhet|pressmeddelande))?\\s*$`,
      'iu',
    ),
    example: 'Justitieministeriet 26.9.2018 11.20',
    counterexample: 'Österbottens förbund',
  },
  {
    name: 'government site header',
    pattern: /^(?:valtioneuvosto ja ministeriöt|statsrådet och ministerierna)(?:\s+(?:media|medier))?$/iu,
    example: 'Statsrådet och ministerierna Media',
    counterexample: 'Nyheter och pressmeddelanden',
  },
];

/**
 * The text is about the whole country (title or lead): all regions, the government's policy, a
 * ministry or the prime minister as the actor, or regions in the plural in the headline.
 */
export const NATIONAL_CONTENT_RULES: readonly ScopeRule[] = [
  {
    name: 'all regions',
    pattern:
      /(?<!\p{L})(?:kaikki(?:en|in|ssa|lla|lle)? maakun\p{L}*|18 (?:uut\p{L}* )?maakun\p{L}*|koko maa(?:ssa|n|han)?|alla (?:de (?:nya )?)?landskap\p{L}*|(?:de )?arton (?:nya )?landskap\p{L}*|hela landet)(?!\p{L})/iu,
    where: 'lead',
    example: 'Ministeri kiertää kaikki maakunnat syksyn aikana',
    counterexample: 'De förtroendevalda i Österbottens femton kommuner vill att landskapet får ordna sin social- och hälsovård på egen hand.',
  },
  {
    name: 'regional elections everywhere',
    pattern: /(?<!\p{L})(?:maakuntavaal\p{L}*|landskapsval\p{L}*)(?!\p{L})/iu,
    where: 'lead',
    example: 'Röstningen i det första landskapsvalet ordnas enligt den nya indelningen',
    counterexample: 'Strategin för Mellersta Österbotten går ut på remiss i början av nästa år.',
  },
  {
    name: 'national actors',
    pattern: /(?<!\p{L})(?:valtakunnallis\p{L}*|riksomfattande)(?!\p{L})/iu,
    where: 'lead',
    example: 'Kahdeksan valtakunnallista järjestöä jätti yhteisen lausunnon maakuntalain luonnoksesta.',
    counterexample: 'Landskapsberedningen i Österbotten ansöker om statsunderstöd för att pröva personlig budget.',
  },
  {
    name: 'government or ministry as actor',
    pattern:
      /(?<!\p{L})(?:hallitus|hallituksen|pääministeri\p{L}*|\p{L}*ministeriö\p{L}*|regeringen|regeringens|statsminister\p{L}*|\p{L}*ministeriet)(?!\p{L})/iu,
    where: 'lead',
    example: 'Regeringen återkommer till valfrihet i nästan varje uttalande om vårdreformen.',
    counterexample: 'Förbundets landskapsstyrelse godkände utnämningen vid sitt möte på måndagen.',
  },
  {
    name: 'regions in the plural',
    pattern:
      /(?<!\p{L})(?:maakunnat|maakuntien|maakuntia|maakunnissa|maakunnille|maakuntiin|maakunnilta|landskapen|landskapens)(?!\p{L})/iu,
    where: 'lead-without-region',
    example: 'Maakuntien valmistelu etenee eri tahtiin – osa odottaa lakeja, osa rakentaa jo',
    counterexample: 'Kommunerna i Österbotten vill bilda ett eget vårdområde',
  },
];

/** Naming this many regions, none with evidence, is a release about many regions: national. */
export const MANY_REGIONS = 3;

/**
 * A release naming exactly one region, plainly, that keeps speaking of "the region" in the singular
 * is that region's own (a regional project's review: "Lappi nosti esiin omia painotuksiaan", "maakunnan
 * neuvottelupäivässä", "maakunnan hallintosääntö"). At least OWN_REGION_MIN such words.
 */
export const OWN_REGION_WORDS =
  /(?<!\p{L})(?:maakunta|maakunnan|maakuntaan|maakunnassa|maakunnalle|maakunnalla|landskapet|landskapets)(?!\p{L})/giu;
export const OWN_REGION_MIN = 2;
