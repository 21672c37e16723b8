// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"enableJavaScriptEvaluation": true, "suppressInsecureJavaScriptEnvironmentWarning": true}}
// The engine bundle as the browser runs it: classic scripts in a DOM, one global, and each module's
// job through the facade (words, query, postings, ranking, snippets).
import { describe, expect, it } from 'vitest';
import { buildSearchPayload } from '../../../scripts/search/build-index.ts';
import { textChunks, titleChunks } from '../../../scripts/search/payload.ts';
import type { SearchableRelease } from '../../../scripts/search/searchable-release.ts';
import { loadEngineInDom } from './load-in-dom.ts';

const { lunr, engineApi } = loadEngineInDom();

interface Api {
  splitWords(text: string): string[];
  normalizeWord(l: unknown, word: string): string | null;
  guessBaseForms(word: string): string[];
  parseQuery(l: unknown, text: string, inflections: Record<string, string[]>): { stem: string; prefix: boolean }[];
  createEngine(l: unknown, payload: unknown, loaded?: unknown): {
    search(q: string, f?: object): {
      hits: { doc: { id: string; title: string } }[];
      facets: Record<string, Record<string, number>>;
      suggestion: string | null;
    };
    prepare(q: string, load: (kind: string, n: number) => Promise<unknown>): Promise<void>;
    prepareTexts(hits: unknown[], load: (kind: string, n: number) => Promise<unknown>): Promise<void>;
    prepareTitles(load: (kind: string, n: number) => Promise<unknown>): Promise<void>;
    titled(hits: unknown[]): boolean;
    textOf(doc: unknown): string | null;
  };
  snippet(text: string, isMatch: (w: string) => boolean, size?: number): { text: string; mark: boolean }[];
}
const api = engineApi as unknown as Api;

const RELEASES: SearchableRelease[] = [
  {
    id: 'a',
    title: 'Pirkanmaa valmistelee hakemusta',
    date: '2017-07-04',
    region: 'Pirkanmaa',
    topics: [],
    text: 'Ohjausryhmä päätti hakemuksesta. <script>alert(1)</script> kunnissa',
  },
  { id: 'b', title: 'Kuntien talous', date: '2018-01-02', region: 'Keski-Suomi', topics: [], text: 'Kunta ja maakunta.' },
];

describe('the bundle in a DOM', () => {
  it('defines one global, the engine facade, and no module leaks', () => {
    expect(typeof api.createEngine).toBe('function');
    expect((window as unknown as Record<string, unknown>).haku).toBeUndefined();
  });
});

describe('words', () => {
  it.each([
    ['ICT-valmistelu: +kunta ^2 "sote', ['ICT', 'valmistelu', 'kunta', 'sote']],
    ['Päijät-Häme 2018', ['Päijät', 'Häme', '2018']],
  ])('splits %s', (text, expected) => {
    expect(api.splitWords(text)).toEqual(expected);
  });
  it('normalises case and drops stop words', () => {
    expect(api.normalizeWord(lunr, 'Pirkanmaalla')).toBe(api.normalizeWord(lunr, 'pirkanmaa'));
    expect(api.normalizeWord(lunr, 'ja')).toBeNull();
  });
  it.each([
    ['uudistuksen', ['uudistus']],
    ['henkilökohtaisen', ['henkilökohtainen']],
    ['kunnissa', ['kunta']],
    ['pilotti', []],
  ])('guesses the base of %s', (word, expected) => {
    expect(api.guessBaseForms(word)).toEqual(expected);
  });
});

describe('query', () => {
  it('makes the last word a prefix, and a lone stop word a prefix only', () => {
    expect(api.parseQuery(lunr, 'kunta pilot', {}).map((w) => w.prefix)).toEqual([false, true]);
    expect(api.parseQuery(lunr, 'kun', {})).toMatchObject([{ word: 'kun', stem: 'kun', alternatives: [], prefixes: ['kun'] }]);
  });
  it('reads a hyphen group as one word and keeps a capitalised stop word', () => {
    expect(api.parseQuery(lunr, 'TE-toimisto', {}).map((w) => w.stem)).toEqual([api.normalizeWord(lunr, 'tetoimisto')]);
    expect(api.normalizeWord(lunr, 'TE')).toBe('te');
    expect(api.normalizeWord(lunr, 'te')).toBeNull();
  });
});

describe('engine', () => {
  const built = buildSearchPayload(RELEASES, { kind: 'heuristic', morphology: () => ({ bases: [], parts: [] }) });
  const parts = {
    keys: built.keyShards,
    shards: built.shards,
    texts: textChunks(built.texts, built.payload.chunkSize),
  } as Record<string, unknown[]>;
  // Loads parts asynchronously, as the page does, and records what was asked for.
  const asked: string[] = [];
  const load = (kind: string, n: number) => {
    asked.push(`${kind}/${n}`);
    return Promise.resolve(JSON.parse(JSON.stringify(parts[kind]![n])));
  };
  const engine = api.createEngine(lunr, JSON.parse(JSON.stringify(built.payload)));
  const ready = (q: string, f?: object) =>
    engine.prepare(q, load).then(() => {
      const result = engine.search(q, f);
      return engine.prepareTexts(result.hits, load).then(() => result);
    });

  it('finds nothing before its parts are loaded, then loads only dictionary, postings and texts', async () => {
    expect(engine.search('kunta').hits).toEqual([]);
    // "kunnissa" meets "kunta" through the nt:nn suffix rule; the title match ranks first.
    const result = await ready('kunta');
    expect(result.hits.map((h) => h.doc.id)).toEqual(['b', 'a']);
    expect(result.facets.region).toEqual({ 'keski-suomi': 1, pirkanmaa: 1 });
    expect(new Set(asked.map((a) => a.split('/')[0]))).toEqual(new Set(['keys', 'shards', 'texts']));
  });
  it('filters by region', async () => {
    expect((await ready('kunta', { region: 'keski-suomi' })).hits.map((h) => h.doc.id)).toEqual(['b']);
    expect((await ready('maakunta', { region: 'pirkanmaa' })).hits).toEqual([]);
  });
  it('finds words typed without diacritics, and mistyped ones with a suggestion', async () => {
    expect((await ready('paatti')).hits.map((h) => h.doc.id)).toEqual(['a']);
    const typo = await ready('valmistele');
    expect(typo.hits.map((h) => h.doc.id)).toEqual(['a']);
    const mistyped = await ready('hakemsta');
    expect(mistyped.hits.map((h) => h.doc.id)).toEqual(['a']);
    expect(mistyped.suggestion).toBe('hakemusta');
  });
});

describe('titles', () => {
  it('knows every hit\'s id and title from the title parts, without loading a text', async () => {
    const built = buildSearchPayload(RELEASES, { kind: 'heuristic', morphology: () => ({ bases: [], parts: [] }) });
    // One release a part, so that the second part's rows must land on the second release.
    const payload = { ...built.payload, titleChunkSize: 1 };
    const parts = { keys: built.keyShards, shards: built.shards, titles: titleChunks(built.texts, 1) } as Record<string, unknown[]>;
    const asked: string[] = [];
    const load = (kind: string, n: number) => {
      asked.push(`${kind}/${n}`);
      return Promise.resolve(JSON.parse(JSON.stringify(parts[kind]![n])));
    };
    const engine = api.createEngine(lunr, JSON.parse(JSON.stringify(payload)));
    await engine.prepare('kunta', load);
    const { hits } = engine.search('kunta');
    expect(hits).toHaveLength(2);
    expect(engine.titled(hits)).toBe(false);
    await engine.prepareTitles(load);
    expect(engine.titled(hits)).toBe(true);
    expect(hits.map((h) => [h.doc.id, h.doc.title])).toEqual([
      ['b', 'Kuntien talous'],
      ['a', 'Pirkanmaa valmistelee hakemusta'],
    ]);
    expect(asked.filter((a) => a.startsWith('titles/')).sort()).toEqual(['titles/0', 'titles/1']);
    expect(asked.some((a) => a.startsWith('texts/'))).toBe(false);
    expect(hits.map((h) => engine.textOf(h.doc))).toEqual([null, null]);
    // Asked again, nothing is loaded again.
    await engine.prepareTitles(load);
    expect(asked.filter((a) => a.startsWith('titles/'))).toHaveLength(2);
  });
});

describe('snippets', () => {
  it('marks matching words and keeps markup as text', () => {
    const isMatch = (w: string) => w === 'alert';
    const segments = api.snippet('Ohjausryhmä päätti. <script>alert(1)</script>', isMatch, 30);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['alert']);
    expect(segments.map((s) => s.text).join('')).toContain('<script>');
  });
});

// Every rule table's examples hold (the rules are data; their examples are their tests).
describe('rule tables', () => {
  const words = (window as unknown as { UudistusHakuEngine: { guessBaseForms(w: string): string[]; fold(w: string): string } }).UudistusHakuEngine;
  const tables = engineApi as unknown as { SUFFIX_RULES: [RegExp, string, string][]; FOLDING: [string, string, string][] };
  it.each(tables.SUFFIX_RULES.flatMap(([, , example]) => example.split(', ')))('suffix rule example %s', (example) => {
    const [from, to] = example.split(' → ') as [string, string];
    expect(words.guessBaseForms(from.toLowerCase())).toEqual([to]);
  });
  it.each(tables.FOLDING)('folds %s to %s (%s)', (letter, folded, example) => {
    expect(words.fold(letter)).toBe(folded);
    const [from, to] = example.split(' → ') as [string, string];
    expect(words.fold(from.toLowerCase())).toBe(to.toLowerCase());
  });
});
