import { describe, expect, it } from 'vitest';
import { buildSearchPayload } from '../../scripts/search/build-index.ts';
import { normalizeWord, parseQuery, snippet, splitWords } from '../../scripts/search/engine.ts';
import { createLoadedEngine } from '../../scripts/search/loaded-engine.ts';
import type { SearchableRelease } from '../../scripts/search/searchable-release.ts';
import type { WordForms } from '../../scripts/search/word-forms.ts';

// Sentences from the built-in releases; the morphology is a stub so this test needs no Voikko.
const RELEASES: SearchableRelease[] = [
  {
    id: 'vanha-budjetti',
    title: 'Pirkanmaa valmistelee hakemusta henkilökohtaisen budjetin pilottiin',
    date: '2017-07-04',
    region: 'Pirkanmaa',
    topics: ['henkilökohtainen budjetti'],
    text: 'Ohjausryhmä päätti, että Pirkanmaan alkaa valmistella hakemusta henkilökohtaisen budjetin pilottiin.',
  },
  {
    id: 'uusi-budjetti',
    title: 'Maakunta- ja sote-uudistuksen johtoryhmässä keskustelua',
    date: '2018-02-23',
    region: 'Pohjois-Pohjanmaa',
    topics: ['valinnanvapaus'],
    text: 'Pilotissa kehitetään henkilökohtaisen budjettiin ja asiakasseteliin liittyvien toimien lisäksi budjetti budjetti.',
  },
  {
    id: 'ict',
    title: 'ICT-valmistelussa edetään vaiheittain',
    date: '2019-03-12',
    region: 'Keski-Suomi',
    topics: ['ICT'],
    text: 'Maakunnassa on kuntien ja kuntayhtymien käytössä tällä hetkellä noin 850 tietojärjestelmää.',
  },
  {
    id: 'ict-undated',
    title: 'ICT-valmistelussa edetään vaiheittain',
    date: null,
    region: null,
    topics: [],
    text: 'Maakunnassa on kuntien ja kuntayhtymien käytössä tällä hetkellä noin 850 tietojärjestelmää.',
  },
];

const STUB: Record<string, WordForms> = {
  budjetin: { bases: ['budjetti'], parts: [] },
  budjettiin: { bases: ['budjetti'], parts: [] },
  henkilökohtaisen: { bases: ['henkilökohtainen'], parts: [] },
};
const morphology = { kind: 'heuristic' as const, morphology: (w: string) => STUB[w] ?? { bases: [], parts: [] } };
const engine = createLoadedEngine(buildSearchPayload(RELEASES, morphology));
const ids = (q: string, filters = {}) => engine.search(q, filters).hits.map((h) => h.doc.id);

describe('splitWords and normalizeWord', () => {
  it('splits on hyphens, punctuation and Lunr operators', () => {
    expect(splitWords('ICT-valmistelu: +kunta ^2 ~1 "sote')).toEqual(['ICT', 'valmistelu', 'kunta', 'sote']);
  });
  it('lower-cases before the Finnish stemmer and drops stop words', () => {
    expect(normalizeWord('Pirkanmaalla')).toBe(normalizeWord('pirkanmaa'));
    expect(normalizeWord('ja')).toBeNull();
  });
});

describe('parseQuery', () => {
  it.each(['a:b', 'kunta^', '~', '+', '-', '*', 'kunta*', '"henkilökohtainen budjetti', ':^~+-*"', ''])(
    'never throws on %j',
    (q) => {
      expect(() => engine.search(q)).not.toThrow();
      expect(() => parseQuery(q)).not.toThrow();
    },
  );
  it('lets only the last word match as a prefix', () => {
    const words = parseQuery('henkilökohtainen budj');
    expect(words.map((w) => w.prefix)).toEqual([false, true]);
  });
});

describe('search', () => {
  it('needs every word (AND)', () => {
    expect(ids('henkilökohtainen budjetti').sort()).toEqual(['uusi-budjetti', 'vanha-budjetti']);
    expect(ids('henkilökohtainen tietojärjestelmä')).toEqual([]);
  });
  it('ranks a title match first even against a higher body score', () => {
    expect(ids('budjetti')[0]).toBe('vanha-budjetti');
  });
  it('puts the newer release first on a tie and undated last', () => {
    expect(ids('tietojärjestelmä')).toEqual(['ict', 'ict-undated']);
  });
  it('finds a partly typed last word', () => {
    expect(ids('tietojärj')).toContain('ict');
  });
  it('finds nothing for stop words only', () => {
    expect(ids('ja tai')).toEqual([]);
  });
  it('reads a lone stop word as the start of a word being typed', () => {
    expect(ids('kun').sort()).toEqual(['ict', 'ict-undated']);
    expect(ids('kun ')).toEqual(ids('kun'));
  });
  it('counts facets and narrows by them', () => {
    const all = engine.search('henkilökohtainen budjetti');
    expect(all.facets.region).toEqual({ pirkanmaa: 1, 'pohjois-pohjanmaa': 1 });
    expect(all.facets.year).toEqual({ '2017': 1, '2018': 1 });
    expect(ids('henkilökohtainen budjetti', { region: 'pirkanmaa' })).toEqual(['vanha-budjetti']);
    expect(ids('henkilökohtainen budjetti', { year: '2018' })).toEqual(['uusi-budjetti']);
    expect(ids('henkilökohtainen budjetti', { topic: 'ict' })).toEqual([]);
    // Counts of a facet ignore its own selection, so the other choices stay visible.
    expect(engine.search('henkilökohtainen budjetti', { region: 'pirkanmaa' }).facets.region).toEqual({
      pirkanmaa: 1,
      'pohjois-pohjanmaa': 1,
    });
  });
  it('lists a facet alone newest first', () => {
    expect(ids('', { topic: 'ict' })).toEqual(['ict']);
  });
});

describe('snippet', () => {
  it('marks the matched words and keeps the text between them as plain text', () => {
    const result = engine.search('budjetti');
    const segments = snippet(RELEASES[0]!.text, engine.highlighter(result.words), 8);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['budjetin']);
    expect(segments.map((s) => s.text).join('')).toContain('henkilökohtaisen budjetin pilottiin');
  });
  it('highlights compound parts', () => {
    const words = parseQuery('pilotti');
    const isMatch = engine.highlighter(words);
    expect(isMatch('kasvupalvelupilotit')).toBe(true);
    expect(isMatch('kunta')).toBe(false);
  });
  it('marks every word whose stem is a query term, whatever its case or first letter (the stemming shortcut drops none)', () => {
    const text = `${RELEASES.map((r) => `${r.title} ${r.text}`).join(' ')} PIRKANMAALLA Äänestyksen äänestys Éclair ÅBO Åbo 2018`;
    const textWords = splitWords(text);
    for (const q of ['pirkanmaa', 'budjetti', 'äänestys', 'åbo', 'éclair', '2018', 'tietojärjestelmä']) {
      const words = parseQuery(q);
      const wanted = new Set(words.flatMap((w) => w.alternatives));
      const isMatch = engine.highlighter(words);
      const stemMatches = textWords.filter((w) => wanted.has(normalizeWord(w, true) ?? ''));
      expect(stemMatches.length, q).toBeGreaterThan(0);
      for (const w of stemMatches) expect(isMatch(w), `${q}: ${w}`).toBe(true);
    }
  });
  it('returns text unchanged, markup included, for the caller to render as text', () => {
    const segments = snippet('<script>alert(1)</script> budjetti', () => false, 10);
    expect(segments.map((s) => s.text).join('')).toContain('<script>');
  });
});
