// Phrases and the order of hits: the words of a query side by side in one field rank first, then
// words in the title, then in the lead, then lunr's score. Table-driven over a small corpus with a stub
// morphology (no Voikko needed).
import { describe, expect, it } from 'vitest';
import { buildSearchPayload, leadOf } from '../../scripts/search/build-index.ts';
import { loadEngineBundle } from '../../scripts/search/client-bundle.ts';
import { parseQuery } from '../../scripts/search/engine.ts';
import { createLoadedEngine } from '../../scripts/search/loaded-engine.ts';
import type { SearchableRelease } from '../../scripts/search/searchable-release.ts';
import type { WordForms } from '../../scripts/search/word-forms.ts';

const phrases = (loadEngineBundle() as unknown as { phrases: { phraseGroups(text: string, starts: number[]): number[][] } }).phrases;

function release(id: string, title: string, text: string, lead?: string): SearchableRelease {
  return { id, title, date: '2018-01-01', region: null, topics: [], text, ...(lead ? { lead } : {}) };
}

const RELEASES: SearchableRelease[] = [
  release('adjacent', 'Uutinen yksi', 'Kunnat tarjoavat kotihoidon palveluseteliä ensi vuonna.'),
  release('apart', 'Uutinen kaksi', 'Palveluseteli laajenee. Palveluseteli on tuttu. Kotihoidon väki kasvaa, kotihoidon työ jatkuu.'),
  release('reversed', 'Uutinen kolme', 'Palveluseteli kotihoidon asiakkaille ei vielä käy.'),
  release('stop-word-between', 'Uutinen neljä', 'Maakunta ja sote valmistelevat yhdessä.'),
  release('hyphen-group', 'Uutinen viisi', 'Sote-uudistus etenee maakunnissa.'),
  release('across-fields', 'Tiedote kotihoidon', 'Palveluseteli otetaan käyttöön.'),
  release('in-lead', 'Uutinen kuusi', 'Pitkä teksti alkaa tästä. Hyvinvointikertomus mainitaan vasta lopussa monen sanan jälkeen.', 'Hyvinvointikertomus valmistui.'),
  release('in-body', 'Uutinen seitsemän', 'Hyvinvointikertomus laaditaan. Hyvinvointikertomus kootaan.', 'Kunnat sopivat.'),
  release('in-title', 'Hyvinvointikertomus julki', 'Kertomus on valmis.', 'Kunnat sopivat.'),
];

// Base forms as Voikko would give them, for the words the table needs.
const STUB: Record<string, WordForms> = {
  palveluseteliä: { bases: ['palveluseteli'], parts: [] },
  maakunnissa: { bases: ['maakunta'], parts: [] },
};
const morphology = { kind: 'heuristic' as const, morphology: (w: string) => STUB[w.toLowerCase()] ?? { bases: [], parts: [] } };
const engine = createLoadedEngine(buildSearchPayload(RELEASES, morphology));

function search(query: string): { id: string; phrase: boolean; titleHits: number; leadHits: number }[] {
  return engine.search(query).hits.map((h) => ({ id: h.doc.id, phrase: h.phrase, titleHits: h.titleHits, leadHits: h.leadHits }));
}

describe('phrase groups of a query', () => {
  it.each([
    ['kotihoidon palveluseteli', [[0, 1]]],
    ['pilotti', []],
    ['"kotihoidon palveluseteli" Keski-Suomi', [[0, 1]]],
    ['Lappi "kotihoidon palveluseteli"', [[1, 2]]],
    ['”sote keskus” ja ”maakunta uudistus”', [[0, 1], [2, 3]]],
    ['"pilotti" Lappi', []],
  ])('%s → %j', (query, expected) => {
    expect(phrases.phraseGroups(query, parseQuery(query).map((w) => w.start))).toEqual(expected);
  });

  it.each([
    // query, each word's position as the index counts words (stop words and hyphen parts count)
    ['kotihoidon palveluseteli', [0, 1]],
    ['maakunta ja sote', [0, 2]],
    ['sote-uudistus etenee', [1, 2]],
  ])('positions of %s', (query, expected) => {
    expect(parseQuery(query).map((w) => w.at)).toEqual(expected);
  });
});

describe('phrases in releases', () => {
  it.each([
    // query, releases that have it as a phrase, releases found without it
    ['kotihoidon palveluseteli', ['adjacent'], ['apart', 'reversed', 'across-fields']],
    ['palveluseteli kotihoidon', ['reversed'], ['adjacent', 'apart', 'across-fields']],
    ['"kotihoidon palveluseteli"', ['adjacent'], ['apart', 'reversed', 'across-fields']],
    ['maakunta ja sote', ['stop-word-between'], ['hyphen-group']],
    ['sote uudistus etenee', ['hyphen-group'], []],
    ['sote-uudistus etenee', ['hyphen-group'], []],
  ])('%s', (query, withPhrase, without) => {
    const hits = search(query);
    expect(hits.filter((h) => h.phrase).map((h) => h.id).sort()).toEqual([...withPhrase].sort());
    expect(hits.filter((h) => !h.phrase).map((h) => h.id).sort()).toEqual([...without].sort());
    // A phrase ranks before every release without it.
    expect(hits.slice(0, withPhrase.length).every((h) => h.phrase)).toBe(true);
  });
});

describe('order of hits', () => {
  it('puts a title match first, then a lead match, then a body match', () => {
    expect(search('hyvinvointikertomus').map((h) => h.id)).toEqual(['in-title', 'in-lead', 'in-body']);
  });

  it('counts the words found in the title and the lead', () => {
    const byId = Object.fromEntries(search('hyvinvointikertomus').map((h) => [h.id, [h.titleHits, h.leadHits]]));
    expect(byId).toEqual({ 'in-title': [1, 0], 'in-lead': [0, 1], 'in-body': [0, 0] });
  });

  it.each([
    ['the summary', release('a', 'T', 'Eka kappale.\n\nToka kappale.', 'Tiivistelmä.'), 'Tiivistelmä.'],
    ['else the first paragraph', release('b', 'T', 'Eka kappale.\n\nToka kappale.'), 'Eka kappale.'],
  ])('takes the lead from %s', (_name, r, expected) => {
    expect(leadOf(r)).toBe(expected);
  });
});
