// Web chrome of the content-management systems the releases were scraped from: what stands around
// a release on the page it was published on. Each style mirrors a seed (named) or a common Finnish
// public-sector CMS layout. {m} is the publishing municipality, {slug} its mail/URL form, {pl}
// a PO box number and {zip} a postcode, {area} an area code.
export interface ChromeStyle {
  name: string;
  /** Lines before the headline (section labels, breadcrumbs). */
  before: readonly string[];
  /** Lines after the release's own text (comment forms, back links, address blocks). */
  after: readonly string[];
  /** Prefix glued to the headline, as in "TIEDOTE: …" (seed 004). */
  titlePrefix: string;
  /** Whether the headline is repeated after the dateline, as in seed 004. */
  repeatsTitle: boolean;
}

export const CHROME_STYLES: readonly ChromeStyle[] = [
  // seed 000: the text alone
  { name: 'bare', before: [], after: [], titlePrefix: '', repeatsTitle: false },
  // seed 001: a section label above the dateline
  { name: 'section-label', before: ['Ajankohtaista'], after: [], titlePrefix: '', repeatsTitle: false },
  // seed 002: a WordPress blog with "related posts" and a comment form
  {
    name: 'wordpress',
    before: [],
    after: [
      'Sinua voi ehkä kiinnostaa nämäkin...',
      'Vastaa',
      'Sähköpostiosoitettasi ei julkaista.',
    ],
    titlePrefix: '',
    repeatsTitle: false,
  },
  // seed 003: a city site with a back link and the city's own address block
  {
    name: 'city-site',
    before: [],
    after: ['« Takaisin', 'Yhteystiedot', 'Kirjaamo', 'PL {pl}, {zip} {m}\nPuh. ({area}) {phone}\nkirjaamo@{slug}.fi'],
    titlePrefix: '',
    repeatsTitle: false,
  },
  // seed 004: "TIEDOTE:" before the headline, which is repeated under the dateline
  { name: 'tiedote', before: [], after: [], titlePrefix: 'TIEDOTE: ', repeatsTitle: true },
  // a municipal CMS with a breadcrumb trail, share and print links
  {
    name: 'breadcrumb-share',
    before: ['Etusivu › Ajankohtaista › Tiedotteet'],
    after: ['Jaa: Facebook Twitter LinkedIn Sähköposti', 'Tulosta'],
    titlePrefix: '',
    repeatsTitle: false,
  },
  // a regional council's news list page
  {
    name: 'news-list',
    before: ['Uutiset'],
    after: ['Jaa sivu', 'Tulosta sivu', '« Takaisin uutislistaukseen'],
    titlePrefix: '',
    repeatsTitle: false,
  },
];
