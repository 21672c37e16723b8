import { describe, expect, it } from 'vitest';
import {
  compactIndex,
  encodeVarint,
  shardPostings,
  quantizeWeight,
  weightOf,
} from '../../scripts/search/compact-index.ts';
import { buildDictionaryShards } from '../../scripts/search/dictionary-shards.ts';
import { createEngine } from '../../scripts/search/engine.ts';
import { lunr } from '../../scripts/search/finnish-lunr.ts';
import type { SearchPayload } from '../../scripts/search/payload.ts';
import { buildTermShards } from '../../scripts/search/term-shards.ts';

describe('encodeVarint', () => {
  it.each([
    [0, 'a'],
    [31, '/'],
    [32, 'Ab'],
    [1000, 'I/'],
  ])('%d → %s', (value, text) => {
    expect(encodeVarint(value)).toBe(text);
  });
});

describe('shardPostings', () => {
  it('cuts postings in order at the target size', () => {
    expect(shardPostings(['aaaa', 'bb', 'cccc', 'd'], 5)).toEqual({ starts: [0, 1, 2], shards: [['aaaa'], ['bb'], ['cccc', 'd']] });
    expect(shardPostings([], 5)).toEqual({ starts: [0], shards: [[]] });
  });
});

describe('quantizeWeight', () => {
  it('keeps a weight within the scale step', () => {
    for (const w of [0.05, 0.4, 1, 2.5, 7]) {
      expect(Math.abs(weightOf(quantizeWeight(w)) - w) / w).toBeLessThan(0.06);
    }
  });
});

// The compact index must rank as the lunr index it was made from.
describe('compact index', () => {
  const texts = [
    'kunta pilotti pilotti budjetti',
    'kunta maakunta uudistus',
    'pilotti uudistus uudistus uudistus',
    'budjetti kunta',
  ];
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.ref('i');
  builder.field('t', { boost: 10 });
  builder.field('b');
  builder.field('g');
  texts.forEach((text, i) => builder.add({ i: String(i), t: i === 3 ? ['pilotti'] : [], b: text.split(' '), g: [] }));
  const original = builder.build();
  // A tiny shard size, so that the terms spread over several shards.
  const compact = compactIndex(original.toJSON() as unknown as Parameters<typeof compactIndex>[0], 10);
  // Tiny dictionary shards too.
  const dictionary = buildDictionaryShards(compact.index.terms, new Map(), 10);
  const termShards = buildTermShards(dictionary.shards, compact.index.shardStarts, compact.shards);
  const payload: SearchPayload = {
    version: 3,
    morphology: 'heuristic',
    fields: compact.index.fields,
    keyShards: dictionary.heads,
    postingsStarts: compact.index.shardStarts,
    postingsKeys: termShards.firstKeys,
    docs: texts.map(() => ['', -1, []]),
    regions: [],
    topics: [],
    chunkSize: 100,
    titleChunkSize: 100,
  };
  const engine = createEngine(payload, {
    keyShards: { ...dictionary.shards },
    shards: { ...termShards.shards },
    chunks: { 0: texts.map((text, i) => [String(i), `t${i}`, text] as [string, string, string]) },
  });

  it('spreads terms over shards, and a whole word needs only its postings shard, which has its dictionary entry', () => {
    expect(compact.shards.length).toBeGreaterThan(1);
    expect(dictionary.shards.length).toBeGreaterThan(1);
    // With Voikko's morphology a word the archive has is not completed as a prefix.
    const lazy = createEngine({ ...payload, morphology: 'voikko' });
    const first = lazy.missingFor('uudistus');
    expect(first.keys).toEqual([]);
    expect(first.shards).toHaveLength(1);
    lazy.addShard(first.shards[0]!, termShards.shards[first.shards[0]!]!);
    expect(lazy.missingFor('uudistus')).toEqual({ keys: [], shards: [], positions: [] });
    expect(lazy.search('uudistus').hits.map((h) => h.doc.n).sort()).toEqual([1, 2]);
    expect(lazy.missingFor('ja')).toEqual({ keys: [], shards: [], positions: [] });
  });

  it('asks for dictionary shards to complete a prefix', () => {
    const lazy = createEngine(payload);
    lazy.missingFor('uudis');
    for (const k of lazy.missingFor('uudis').shards) lazy.addShard(k, termShards.shards[k]!);
    expect(lazy.missingFor('uudis').keys.length).toBeGreaterThanOrEqual(1);
  });

  it.each(['pilotti', 'kunta', 'uudistus', 'budjetti'])('ranks %s like lunr', (term) => {
    const expected = original.query((q) => q.term(term, { usePipeline: false }));
    const got = engine.search(`${term} `).hits;
    expect(got.map((h) => h.doc.id)).toEqual(expected.map((r) => r.ref));
  });
});
