import { describe, expect, it } from 'vitest';
import { buildDictionaryShards } from '../../scripts/search/dictionary-shards.ts';

const TERMS = ['budjet', 'kunta', 'pilot', 'pilotin', 'väliaikain', 'työryhm', 'åland'].sort();
const INFLECTIONS = new Map([['pilotin', new Set(['pilot'])]]);

describe('buildDictionaryShards', () => {
  const { heads, shards } = buildDictionaryShards(TERMS, INFLECTIONS, 12);
  const entries = shards.flat();

  it('keeps every term in lunr order and adds a folded key for each term with diacritics', () => {
    expect(entries.filter((e) => e[1] === 1).map((e) => e[0])).toEqual(TERMS);
    expect(entries.filter((e) => e[1] === 0).map((e) => [e[0], e[3]])).toEqual([
      ['aland', ['åland']],
      ['tyoryhm', ['työryhm']],
      ['valiaikain', ['väliaikain']],
    ]);
    expect(entries.map((e) => e[0])).toEqual([...entries.map((e) => e[0])].sort());
  });

  it('records base forms with the inflected term', () => {
    expect(entries.find((e) => e[0] === 'pilotin')).toEqual(['pilotin', 1, ['pilot']]);
  });

  it('heads name each shard by its first key (the first as "") and the terms before it', () => {
    expect(shards.length).toBeGreaterThan(2);
    expect(heads[0]).toEqual(['', 0]);
    heads.slice(1).forEach(([first, before], k) => {
      expect(first).toBe(shards[k + 1]![0]![0]);
      expect(before).toBe(shards.slice(0, k + 1).flat().filter((e) => e[1] === 1).length);
    });
  });

  it('makes one empty shard of an empty index', () => {
    expect(buildDictionaryShards([], new Map())).toEqual({ heads: [['', 0]], shards: [[]] });
  });
});
