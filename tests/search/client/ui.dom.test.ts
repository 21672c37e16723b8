// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"enableJavaScriptEvaluation": true, "suppressInsecureJavaScriptEnvironmentWarning": true}}
// The search page's modules as the browser runs them (the UI bundle loaded as a classic <script> in a
// DOM): URL state, result tools, CSV, and the DOM the render module builds.
import { describe, expect, it } from 'vitest';
import type { EngineDoc } from '../../../scripts/search/engine.ts';
import { uiBundleSource } from '../../../scripts/search/ui-bundle.ts';
import { NATIONAL_GROUP } from '../../../scripts/site/areas.ts';

interface State {
  q: string;
  filters: { region: string[]; topic: string[]; year: string[] };
  from: string;
  to: string;
  sort: string;
}
/** A release as the engine hands it to the page. */
type Doc = EngineDoc;
interface Hit {
  doc: Doc;
  score: number;
  titleHits: number;
}
interface Chip {
  facet: string;
  value: string;
  label: string;
}
interface Ui {
  strings: { t(key: string, vars?: object): string };
  urlState: {
    parse(search: string): State;
    serialize(state: State): string;
    toggle(state: State, facet: string, value: string, on: boolean): State;
    hasFilters(state: State): boolean;
    isIsoDay(text: string): boolean;
    emptyState(): State;
    NATIONAL_AREA: string;
  };
  resultTools: {
    apply(hits: Hit[], state: State, hasQuery: boolean, presorted?: boolean): { hits: Hit[]; facets: Record<string, Record<string, number>> };
    orderOf(state: State, hasQuery: boolean): string | null;
    sortHits(hits: Hit[], sort: string | null): Hit[];
    activeFilters(state: State, names: object, t: (k: string, v?: object) => string): Chip[];
  };
  csv: {
    neutralise(value: unknown): string;
    toCsv(rows: unknown[][]): string;
    resultRows(hits: Hit[], names: object, urlOf: (doc: Doc) => string): string[][];
    fileName(q: string): string;
  };
  render: {
    markWhole(text: string, isMatch: (w: string) => boolean): { text: string; mark: boolean }[];
    tagOnlyMatches(doc: Doc, text: string, ctx: object): string[];
    renderChips(box: HTMLElement, chips: Chip[], onRemove: (c: Chip) => void, onClear: () => void): void;
    resultItem(hit: Hit, ctx: object): HTMLElement;
  };
}

function loadUi(): Ui {
  const win = window as unknown as Record<string, unknown>;
  if (!win.UudistusHakuUi) {
    const script = document.createElement('script');
    script.textContent = uiBundleSource();
    document.head.appendChild(script);
  }
  return win.UudistusHakuUi as Ui;
}
const ui = loadUi();

function doc(n: number, date: string, region: string, topics: string[], title = `Tiedote ${n}`, more: Partial<Doc> = {}): Doc {
  const scope = region ? 'regional' : '';
  return { n, id: `id-${n}`, title, date, region, scope, lang: 'fi', topics, day: date ? Number(date.replace(/-/g, '')) : 0, ...more };
}
const hit = (d: Doc, score = 1): Hit => ({ doc: d, score, titleHits: 0 });
const DOCS = [
  doc(0, '2016-03-01', 'lappi', ['ict']),
  doc(1, '2016-09-15', 'kainuu', ['ict', 'kasvupalvelut']),
  doc(2, '', 'lappi', []),
  doc(3, '2018-01-02', 'pirkanmaa', ['kasvupalvelut']),
  doc(4, '2015-05-05', '', ['ict']),
];
const state = (search: string): State => ui.urlState.parse(search);
const NAMES = { region: { lappi: 'Lappi', kainuu: 'Kainuu', pirkanmaa: 'Pirkanmaa' }, topic: { ict: 'ICT ja tietojärjestelmät', kasvupalvelut: 'Kasvupalvelut' } };

describe('the UI bundle in a DOM', () => {
  it('defines one global and starts nothing on a page without the search', () => {
    expect(Object.keys(ui).sort()).toEqual(['csv', 'render', 'resultTools', 'start', 'strings', 'urlState']);
    expect((window as unknown as Record<string, unknown>).ui).toBeUndefined();
  });
});

describe('urlState', () => {
  it.each([
    ['', { q: '', filters: { region: [], topic: [], year: [] }, from: '', to: '', sort: 'osuvuus' }],
    [
      '?q=pilotti&alue=lappi&alue=kainuu&alue=lappi&aihe=ict&vuosi=2016&alkaen=2016-01-01&asti=2016-06-30&jarjestys=uusin',
      { q: 'pilotti', filters: { region: ['lappi', 'kainuu'], topic: ['ict'], year: ['2016'] }, from: '2016-01-01', to: '2016-06-30', sort: 'uusin' },
    ],
    // Malformed values are dropped: a 30 February, a non-year, an unknown order.
    ['?alkaen=2016-02-30&asti=1.1.2016&vuosi=16&jarjestys=paras', { q: '', filters: { region: [], topic: [], year: [] }, from: '', to: '', sort: 'osuvuus' }],
  ])('parses %s', (search, expected) => expect(state(search)).toEqual(expected));

  it.each([
    '?q=pilotti&alue=lappi&alue=kainuu&aihe=ict&vuosi=2016&alkaen=2016-01-01&asti=2016-06-30&jarjestys=vanhin',
    '?q=henkil%C3%B6kohtainen+budjetti',
    '?alue=pirkanmaa',
    '',
  ])('writes back what it read: %s', (search) => expect(ui.urlState.serialize(state(search))).toBe(search));

  it('leaves out the default order, and toggles one facet value without touching the old state', () => {
    expect(ui.urlState.serialize(state('?q=a&jarjestys=osuvuus'))).toBe('?q=a');
    const before = state('?alue=lappi');
    const after = ui.urlState.toggle(before, 'region', 'kainuu', true);
    expect(after.filters.region).toEqual(['lappi', 'kainuu']);
    expect(before.filters.region).toEqual(['lappi']);
    expect(ui.urlState.toggle(after, 'region', 'lappi', false).filters.region).toEqual(['kainuu']);
  });

  it.each([
    ['2016-02-29', true],
    ['2015-02-29', false],
    ['2016-13-01', false],
    ['2016-1-1', false],
  ])('isIsoDay(%s) → %s', (text, expected) => expect(ui.urlState.isIsoDay(text)).toBe(expected));
});

describe('resultTools.apply', () => {
  const hits = DOCS.map((d) => hit(d));
  const ids = (search: string, hasQuery = true): number[] => ui.resultTools.apply(hits, state(search), hasQuery).hits.map((h) => h.doc.n);

  it.each([
    ['', [0, 1, 2, 3, 4]],
    ['?alue=lappi', [0, 2]],
    ['?alue=lappi&alue=kainuu', [0, 1, 2]], // values of a facet are ORed
    ['?alue=lappi&aihe=ict', [0]], // facets are ANDed
    ['?aihe=ict&aihe=kasvupalvelut', [0, 1, 3, 4]],
    ['?vuosi=2016', [0, 1]],
    ['?alkaen=2016-03-01&asti=2016-09-15', [0, 1]], // both ends included, the undated left out
    ['?alkaen=2016-03-02', [1, 3]],
    ['?asti=2016-01-01', [4]],
    ['?alue=pirkanmaa&vuosi=2016', []],
  ])('filters %s', (search, expected) => expect(ids(search)).toEqual(expected));

  it.each([
    ['?jarjestys=osuvuus', true, [0, 1, 2, 3, 4]], // the engine's order stands
    ['?jarjestys=osuvuus', false, [3, 1, 0, 4, 2]], // no query: newest first
    ['?jarjestys=uusin', true, [3, 1, 0, 4, 2]], // undated last
    ['?jarjestys=vanhin', true, [4, 0, 1, 3, 2]], // undated last here too
  ])('orders %s (query: %s)', (search, hasQuery, expected) => expect(ids(search, hasQuery)).toEqual(expected));

  it.each([
    ['', true, null],
    ['', false, 'uusin'], // browsing: newest first
    ['?jarjestys=vanhin', true, 'vanhin'],
    ['?jarjestys=uusin', false, 'uusin'],
  ])('orderOf(%s, query: %s) → %s', (search, hasQuery, expected) => expect(ui.resultTools.orderOf(state(search), hasQuery)).toBe(expected));

  it('filters hits already in order without sorting them again (the page sorts the archive once for browsing)', () => {
    const sorted = ui.resultTools.sortHits(hits, 'uusin');
    expect(sorted.map((h) => h.doc.n)).toEqual([3, 1, 0, 4, 2]);
    expect(hits.map((h) => h.doc.n)).toEqual([0, 1, 2, 3, 4]); // a new array: the input stays
    const listed = ui.resultTools.apply(sorted, state('?alue=lappi&alue=kainuu'), false, true);
    expect(listed.hits.map((h) => h.doc.n)).toEqual([1, 0, 2]);
    // Not presorted: the same list from the engine's order.
    expect(ui.resultTools.apply(hits, state('?alue=lappi&alue=kainuu'), false).hits.map((h) => h.doc.n)).toEqual([1, 0, 2]);
  });

  it('counts each facet without its own choice, so other values stay choosable', () => {
    const { facets } = ui.resultTools.apply(hits, state('?alue=lappi&vuosi=2016'), true);
    expect(facets.region).toEqual({ lappi: 1, kainuu: 1 }); // year 2016 applies, region does not
    expect(facets.year).toEqual({ '2016': 1 }); // region lappi applies: the undated one has no year
    expect(facets.topic).toEqual({ ict: 1 });
  });

  it('counts with a date range: it applies to every facet', () => {
    const { facets, hits: kept } = ui.resultTools.apply(hits, state('?alkaen=2016-01-01&aihe=ict'), true);
    expect(kept.map((h) => h.doc.n)).toEqual([0, 1]);
    expect(facets.topic).toEqual({ ict: 2, kasvupalvelut: 2 }); // the 2015 and the undated ones are out
    expect(facets.region).toEqual({ lappi: 1, kainuu: 1 });
    expect(facets.year).toEqual({ '2016': 2 });
  });
});

describe('national releases as an area of the region facet', () => {
  const national = (n: number, date: string, topics: string[] = []): Doc => doc(n, date, '', topics, `Tiedote ${n}`, { scope: 'national' });
  const hits = [...DOCS, national(5, '2017-05-05', ['ict']), national(6, '2018-06-06')].map((d) => hit(d));
  const ids = (search: string): number[] => ui.resultTools.apply(hits, state(search), true).hits.map((h) => h.doc.n);

  it('uses the regions page slug, so ?alue=valtakunnalliset reads like alueet/valtakunnalliset/', () => {
    expect(ui.urlState.NATIONAL_AREA).toBe(NATIONAL_GROUP.slug);
  });

  it.each([
    ['?alue=valtakunnalliset', [5, 6]],
    ['?alue=lappi&alue=valtakunnalliset', [0, 2, 5, 6]], // ORed with the regions: Lapland's and the national ones
    ['?alue=valtakunnalliset&aihe=ict', [5]],
    ['?alue=valtakunnalliset&vuosi=2016', []],
  ])('filters %s', (search, expected) => expect(ids(search)).toEqual(expected));

  it('keeps the filter in the URL as a repeatable region value', () => {
    const next = ui.urlState.toggle(state('?alue=lappi'), 'region', 'valtakunnalliset', true);
    expect(ui.urlState.serialize(next)).toBe('?alue=lappi&alue=valtakunnalliset');
    expect(state('?alue=valtakunnalliset&alue=kainuu').filters.region).toEqual(['valtakunnalliset', 'kainuu']);
  });

  it('counts national releases in the region facet; a release of unknown area in none', () => {
    const { facets } = ui.resultTools.apply(hits, state('?aihe=ict'), true);
    expect(facets.region).toEqual({ lappi: 1, kainuu: 1, valtakunnalliset: 1 }); // doc 4 has neither
  });

  it('names the filter in the chips and the status', () => {
    const names = { ...NAMES, region: { ...NAMES.region, valtakunnalliset: ui.strings.t('nationalArea') } };
    const chips = ui.resultTools.activeFilters(state('?alue=valtakunnalliset'), names, ui.strings.t);
    expect(chips).toEqual([{ facet: 'region', value: 'valtakunnalliset', label: 'Valtakunnalliset' }]);
    expect(ui.strings.t('foundFiltered', { n: 2, filters: chips[0]!.label })).toBe('Rajauksella Valtakunnalliset löytyi 2 tiedotetta.');
  });
});

describe('resultTools.activeFilters', () => {
  it('labels every active filter in URL order', () => {
    const chips = ui.resultTools.activeFilters(state('?vuosi=2016&alue=lappi&aihe=ict&alkaen=2016-03-01&asti=2016-12-31'), NAMES, ui.strings.t);
    expect(chips.map((c) => c.label)).toEqual(['Lappi', 'ICT ja tietojärjestelmät', '2016', 'alkaen 1.3.2016', 'asti 31.12.2016']);
    expect(chips[0]).toEqual({ facet: 'region', value: 'lappi', label: 'Lappi' });
  });
});

describe('csv', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+358 40', `'+358 40`],
    ['-1', `'-1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
    ['Lappi', 'Lappi'],
    ['a=b', 'a=b'],
    [null, ''],
  ])('neutralises %j', (value, expected) => expect(ui.csv.neutralise(value)).toBe(expected));

  it('quotes as RFC 4180 asks, with CRLF line ends', () => {
    expect(ui.csv.toCsv([['a', 'b,c', 'say "hi"', 'two\nlines'], ['=1+1', '', 'x', 'y']])).toBe(
      'a,"b,c","say ""hi""","two\nlines"\r\n\'=1+1,,x,y\r\n',
    );
  });

  it('writes a header and one row per hit with names, not slugs', () => {
    const rows = ui.csv.resultRows(
      [
        hit(doc(1, '2016-09-15', 'kainuu', ['ict', 'kasvupalvelut'], '=Otsikko')),
        hit(doc(2, '', '', [])),
        hit(doc(3, '2018-04-20', '', ['ict'], 'Ohjausryhmä', { scope: 'national' })),
        hit(doc(4, '2018-06-05', 'pohjanmaa', [], 'Beredningen', { lang: 'sv' })),
      ],
      NAMES,
      (d) => `https://x/${d.id}`,
    );
    expect(rows).toEqual([
      ['otsikko', 'päivämäärä', 'alue', 'laajuus', 'aiheet', 'kieli', 'osoite'],
      ['=Otsikko', '2016-09-15', 'Kainuu', 'alueellinen', 'ICT ja tietojärjestelmät; Kasvupalvelut', 'fi', 'https://x/id-1'],
      ['Tiedote 2', '', '', '', '', 'fi', 'https://x/id-2'],
      ['Ohjausryhmä', '2018-04-20', '', 'valtakunnallinen', 'ICT ja tietojärjestelmät', 'fi', 'https://x/id-3'],
      ['Beredningen', '2018-06-05', 'pohjanmaa', 'alueellinen', '', 'sv', 'https://x/id-4'],
    ]);
    expect(ui.csv.toCsv(rows).split('\r\n')[1]).toMatch(/^'=Otsikko,/);
  });

  it.each([
    ['henkilökohtainen budjetti', 'hakutulokset-henkilökohtainen-budjetti.csv'],
    ['  ', 'hakutulokset.csv'],
    ['../x"y', 'hakutulokset-x-y.csv'],
  ])('names the file for %j', (q, expected) => expect(ui.csv.fileName(q)).toBe(expected));
});

describe('render', () => {
  const isMatch = (w: string): boolean => /^pilot/i.test(w);
  const ctx = { hasQuery: true, isMatch, regionName: NAMES.region, topicLabel: NAMES.topic, rootPrefix: '../', engineApi: { snippet: () => [] } };

  it('marks matches inside the whole title, never cutting it', () => {
    const title = 'Pirkanmaa valmistelee hakemusta henkilökohtaisen budjetin pilottiin, päätös hakeutumisesta syksyllä';
    const segments = ui.render.markWhole(title, isMatch);
    expect(segments.map((s) => s.text).join('')).toBe(title);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['pilottiin']);
    const item = ui.render.resultItem(hit(doc(7, '2017-07-03', 'pirkanmaa', [], title)), ctx);
    expect(item.querySelector('h2')!.textContent).toBe(title);
    expect(item.querySelector('h2 mark')!.textContent).toBe('pilottiin');
    expect(item.querySelector('a')!.getAttribute('href')).toBe('../tiedotteet/id-7/index.html');
  });

  it('marks a Swedish title and snippet lang="sv", and leaves the meta line Finnish', () => {
    const sv = ui.render.resultItem(hit(doc(10, '2018-06-05', 'lappi', [], 'Beredningen går vidare', { lang: 'sv' })), ctx);
    expect(sv.querySelector('h2')!.getAttribute('lang')).toBe('sv');
    expect(sv.querySelector('.ua-haku__snippet')!.getAttribute('lang')).toBe('sv');
    expect(sv.querySelector('.ua-haku__meta')!.closest('[lang]')).toBeNull();
    const fi = ui.render.resultItem(hit(doc(11, '2018-06-05', 'lappi', [])), ctx);
    expect(fi.querySelectorAll('[lang]')).toHaveLength(0);
  });

  it.each([
    [doc(12, '2018-04-20', '', [], 'x', { scope: 'national' }), '20.4.2018 · Valtakunnallinen'],
    [doc(13, '2018-04-20', '', []), '20.4.2018 · Alue ei tiedossa'],
    [doc(14, '2018-04-20', 'lappi', []), '20.4.2018 · Lappi'],
  ])('says where a release is from: %#', (d, meta) => {
    expect(ui.render.resultItem(hit(d), ctx).querySelector('.ua-haku__meta')!.textContent).toBe(meta);
  });

  it('keeps release markup as text in a title', () => {
    const item = ui.render.resultItem(hit(doc(8, '', '', [], '<img src=x onerror=alert(1)> pilotti')), ctx);
    expect(item.querySelector('img')).toBeNull();
    expect(item.querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)> pilotti');
  });

  it('says when a release matched only by its region or topic', () => {
    const byTopic = { ...ctx, isMatch: (w: string) => w.toLowerCase() === 'kasvupalvelut' };
    const d = doc(9, '2018-01-01', 'lappi', ['kasvupalvelut'], 'Maakunnan talous');
    expect(ui.render.tagOnlyMatches(d, 'Talousarvio hyväksyttiin.', byTopic)).toEqual(['Kasvupalvelut']);
    expect(ui.render.tagOnlyMatches(d, 'Kasvupalvelut siirtyvät.', byTopic)).toEqual([]);
    expect(ui.render.tagOnlyMatches(d, 'Talousarvio.', { ...byTopic, hasQuery: false })).toEqual([]);
  });

  it('renders removable chips, and one more button to remove them all', () => {
    const box = document.createElement('div');
    box.appendChild(document.createElement('ul'));
    const removed: string[] = [];
    let cleared = 0;
    const chips = ui.resultTools.activeFilters(state('?alue=lappi&vuosi=2016'), NAMES, ui.strings.t);
    ui.render.renderChips(box, chips, (c) => removed.push(c.value), () => cleared++);
    const buttons = [...box.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      'Poista rajaus Lappi',
      'Poista rajaus 2016',
      'Poista kaikki rajaukset',
    ]);
    buttons[1]!.click();
    buttons[2]!.click();
    expect(removed).toEqual(['2016']);
    expect(cleared).toBe(1);
    expect(box.hidden).toBe(false);
    ui.render.renderChips(box, [], () => {}, () => {});
    expect(box.hidden).toBe(true);
    expect(box.querySelectorAll('button')).toHaveLength(0);
  });
});
