// The postings shards carry the dictionary entries of their key range: cut at each shard's first term,
// a folded-only key with the terms before it, every entry exactly once.
import { describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../../scripts/search/dictionary-shards.ts';
import { buildTermShards } from '../../scripts/search/term-shards.ts';

describe('buildTermShards', () => {
  it.each([
    [
      'one shard: every entry',
      [[['a', 1], ['b', 0, 0, ['bä']], ['bä', 1]]] as DictionaryEntry[][],
      [0],
      [['A', 'B']],
      { firstKeys: [''], entries: [['a', 'b', 'bä']] },
    ],
    [
      'cut at the second shard\'s first term; the folded "b" stays before it',
      [[['a', 1], ['b', 0, 0, ['bä']]], [['bä', 1], ['c', 1, ['a']]]] as DictionaryEntry[][],
      [0, 1],
      [['A'], ['B', 'C']],
      { firstKeys: ['', 'bä'], entries: [['a', 'b'], ['bä', 'c']] },
    ],
    [
      'dictionary and postings shards cut elsewhere',
      [[['a', 1], ['b', 1], ['c', 1]], [['d', 1]]] as DictionaryEntry[][],
      [0, 2],
      [['A', 'B'], ['C', 'D']],
      { firstKeys: ['', 'c'], entries: [['a', 'b'], ['c', 'd']] },
    ],
  ])('%s', (_name, keyShards, starts, postings, expected) => {
    const built = buildTermShards(keyShards, starts, postings);
    expect(built.firstKeys).toEqual(expected.firstKeys);
    expect(built.shards.map((s) => s[0].map((e) => e[0]))).toEqual(expected.entries);
    expect(built.shards.map((s) => s[1])).toEqual(postings);
    expect(built.shards.flatMap((s) => s[0])).toEqual(keyShards.flat());
  });

  it('refuses a dictionary whose terms are not the postings', () => {
    expect(() => buildTermShards([[['a', 1]]], [0], [['A', 'B']])).toThrow(/1 terms in the dictionary but 2 postings/);
  });
});
