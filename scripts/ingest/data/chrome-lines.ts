// Whole lines that are web chrome wherever they stand: comment forms, share and print links,
// breadcrumb trails, back links, cookie notices. Each rule names the kind of line it targets.
// Patterns are tested against one whitespace-normalised line and must match all of it.
export interface ChromeLineRule {
  name: string;
  pattern: RegExp;
  example: string;
}

const SHARE_WORD =
  '(?:jaa|jaa sivu|jaa artikkeli|jaa uutinen|jaa some(?:ssa)?|jaa facebookissa|jaa twitterissä|jaa linkedinissä|tulosta|tulosta sivu|facebook|twitter|linkedin|whatsapp|instagram|youtube|sähköposti|lähetä sähköpostilla|lähetä linkki|tweet|twiittaa|suosittele|tykkää|pinterest|reddit|jaa:|share)';

export const CHROME_LINE_RULES: readonly ChromeLineRule[] = [
  { name: 'comment reply link', pattern: /^vastaa$/i, example: 'Vastaa' },
  {
    name: 'comment form notice',
    pattern: /^sähköpostiosoitettasi ei julkaista\.?( pakolliset kentät on merkitty \*\.?)?$/i,
    example: 'Sähköpostiosoitettasi ei julkaista.',
  },
  { name: 'required fields notice', pattern: /^pakolliset kentät on merkitty \*\.?$/i, example: 'Pakolliset kentät on merkitty *' },
  { name: 'comment link', pattern: /^(kommentoi|kommentoi artikkelia|lähetä kommentti|jätä kommentti|kommentit( \(\d+\))?|ei kommentteja|\d+ kommenttia?)$/i, example: 'Lähetä kommentti' },
  { name: 'comment form field', pattern: /^(nimi|sähköposti|kotisivu|verkkosivusto|kommentti|viesti) ?\*$/i, example: 'Nimi *' },
  {
    name: 'back link',
    pattern: /^(?:[«‹<←]+ ?)?(takaisin|palaa|palaa takaisin|takaisin edelliselle sivulle|palaa edelliselle sivulle|takaisin uutisiin|takaisin uutislistaukseen|takaisin ajankohtaisiin|palaa uutislistaukseen)(?: ?[«‹<←])?$/i,
    example: '« Takaisin',
  },
  {
    name: 'share and print links',
    pattern: new RegExp(`^${SHARE_WORD}(?:[ |·/,:]+${SHARE_WORD})*$`, 'i'),
    example: 'Jaa Facebook Twitter LinkedIn',
  },
  { name: 'breadcrumb trail', pattern: /^(etusivu|koti|home)\s*[>»›/|].*$/i, example: 'Etusivu > Ajankohtaista > Uutiset' },
  { name: 'breadcrumb lead', pattern: /^olet tässä:.*$/i, example: 'Olet tässä: Etusivu / Uutiset' },
  {
    name: 'cookie notice',
    pattern: /^(?=.*\beväste).*(käyttää|käytämme|hyväksy|hyväksyn|lue lisää|asetukset|sallitaan|sallin).*$/i,
    example: 'Tämä sivusto käyttää evästeitä. Hyväksy evästeet',
  },
  { name: 'cookie button', pattern: /^(hyväksy|hyväksyn|ok|sulje|hylkää|hyväksy kaikki|vain välttämättömät)$/i, example: 'Hyväksy' },
  { name: 'skip link', pattern: /^(siirry sisältöön|hyppää sisältöön|siirry pääsisältöön|hoppa till innehåll|hoppa till huvudinnehåll|gå till innehållet|skip to content|skip to main content)$/i, example: 'Siirry sisältöön' },
  { name: 'back to top', pattern: /^(↑ ?)?(sivun alkuun|takaisin ylös|alkuun|ylös)$/i, example: 'Sivun alkuun' },
  {
    name: 'previous/next article',
    pattern: /^([«‹<←] ?)?(edellinen|seuraava)( uutinen| artikkeli| tiedote| kirjoitus)?( ?[»›>→])?$/i,
    example: '« Edellinen uutinen',
  },
  {
    name: 'tag and category list',
    pattern: /^(tagit|tägit|avainsanat|asiasanat|kategoriat|kategoria|luokat|luokka|avainsana|tunnisteet):( .*)?$/i,
    example: 'Avainsanat: sote, maakuntauudistus',
  },
  { name: 'site navigation', pattern: /^(valikko|menu|sulje valikko|avaa valikko|hae|haku|hae sivustolta|tilaa uutiskirje|anna palautetta|kirjaudu sisään)$/i, example: 'Valikko' },
  { name: 'footer links', pattern: /^(saavutettavuusseloste|tietosuoja|tietosuojaseloste|evästeasetukset|evästeet|sivukartta)( [|·] .*)?$/i, example: 'Saavutettavuusseloste | Tietosuoja' },
  { name: 'copyright line', pattern: /^(©|\(c\)|copyright\b).*$/i, example: '© Pirkanmaan liitto 2018' },
  {
    name: 'language chooser',
    pattern: /^(valitse kieli|tai valitse kieli|choose language|or choose language|välj språk|eller välj språk)\s*:?$|^(?=.{0,120}»$).*\b(go to the .* site|gå till den .* versionen( av sidan)?|siirry .*sivustoon)\s*»$|^(fi|sv|en|se|ru)( (fi|sv|en|se|ru)){1,4}$/i,
    example: 'This page is in Finnish. Go to the English site »',
  },
  {
    name: 'search widget labels',
    pattern: /^(generic selectors|generic filters|exact matches only|search in title|search in content|search in excerpt|post type selectors|search in posts|search in pages)$/i,
    example: 'Search in title',
  },
  {
    name: 'government site header',
    pattern: /^(valtioneuvosto ja ministeriöt|statsrådet och ministerierna|finnish government and ministries)( media)?$/i,
    example: 'Valtioneuvosto ja ministeriöt Media',
  },
  { name: 'home link', pattern: /^[\p{L} -]{1,40} etusivu$/iu, example: 'Valtioneuvosto etusivu' },
  { name: 'subscribe link', pattern: /^(tilaa|tilaa rss|rss)$/i, example: 'Tilaa' },
  { name: 'back to list', pattern: /^([«‹<←] ?)?(palaa listaukseen|takaisin listaukseen|takaisin uutislistaan|palaa uutisiin)$/i, example: 'Palaa listaukseen' },
  { name: 'comments closed', pattern: /^kommentointi (on )?(suljettu|pois päältä)\.?$|^kommentit (ovat )?suljettu\.?$/i, example: 'Kommentointi on suljettu.' },
];

/**
 * A crawler's date prefix on the first line of a scrape: " date 2017-04 Väliaikaishallinnot on…".
 * The crawler's guess, sometimes contradicted by the page itself: never a publication date.
 */
export const CRAWLER_DATE_PREFIX = /^date \d{4}-\d{2}(?:-\d{2})?(?:\s+|$)/u;

/** A teaser's link to the full story at the end of a line: "… Kallio sanoo. Lue koko uutinen:". */
export const TRAILING_READ_MORE = /\s*\b(lue koko (uutinen|juttu|artikkeli)|lue lisää)\s*:?\s*(https?:\/\/\S+)?$/iu;
