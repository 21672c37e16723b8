// What a query loads and expands, round by round, over tiny dictionary and postings shards: a word's
// postings shard answers its dictionary entry too (one load); a typo is looked for only once the
// word's own shards are in and none of its readings is in the archive; with Voikko a word the archive
// has is not completed to its compounds; a prefix completes to at most 100 terms.
import { describe, expect, it } from 'vitest';
import { buildSearchPayload } from '../../scripts/search/build-index.ts';
import { shardPostings } from '../../scripts/search/compact-index.ts';
import { buildDictionaryShards } from '../../scripts/search/dictionary-shards.ts';
import { loadEngineBundle } from '../../scripts/search/client-bundle.ts';
import { createEngine, type Engine } from '../../scripts/search/engine.ts';
import type { SearchableRelease } from '../../scripts/search/searchable-release.ts';
import { buildTermShards } from '../../scripts/search/term-shards.ts';
import type { MorphologyKind } from '../../scripts/search/word-forms.ts';

const words = ['valinnanvapaus', 'valinta', 'vapaus', 'pilotti', 'pilottihanke', 'pilottialue', 'maakunta', 'kunta'];
// 150 words starting "kas" of growing length, for the completion cap.
const kasWords = Array.from({ length: 150 }, (_, i) => `kas${'a'.repeat(1 + (i % 30))}${String.fromCharCode(98 + Math.floor(i / 30))}`);
const RELEASES: SearchableRelease[] = [...words, ...kasWords].map((word, i) => ({
  id: `r${i}`,
  title: `Tiedote ${i}`,
  date: '2018-01-01',
  region: null,
  topics: [],
  text: word,
}));

/** An engine with nothing loaded, over dictionary and postings shards of a few keys each, for a morphology kind. */
function lazyEngine(kind: MorphologyKind) {
  const built = buildSearchPayload(RELEASES, { kind: 'heuristic', morphology: () => ({ bases: [], parts: [] }) });
  const keys = buildDictionaryShards(
    built.keyShards.flat().filter((e) => e[1] === 1).map((e) => e[0]),
    new Map(),
    20,
  );
  const postings = shardPostings(built.shards.flatMap((shard) => shard[1]), 20);
  const terms = buildTermShards(keys.shards, postings.starts, postings.shards);
  const payload = { ...built.payload, morphology: kind, keyShards: keys.heads, postingsStarts: postings.starts, postingsKeys: terms.firstKeys };
  const engine = createEngine(payload);
  /** Loads what `text` asks for until it asks for nothing; the dictionary and postings shards asked per round. */
  const prepare = (text: string): { keys: number[]; shards: number[] }[] => {
    const rounds: { keys: number[]; shards: number[] }[] = [];
    for (let round = 0; round < 8; round++) {
      const missing = engine.missingFor(text);
      if (missing.keys.length + missing.shards.length + missing.positions.length === 0) break;
      rounds.push({ keys: missing.keys, shards: missing.shards });
      for (const k of missing.keys) engine.addKeyShard(k, keys.shards[k]!);
      for (const k of missing.shards) engine.addShard(k, terms.shards[k]!);
      // (Positions are asked for only by queries of several words: none here.)
    }
    return rounds;
  };
  return { engine, prepare, shardCount: keys.shards.length, postingsShardCount: terms.shards.length };
}

function terms(engine: Engine, text: string): string[] {
  return Object.keys(engine.explain(text)[0]!.boosts).sort();
}

describe('loading a query', () => {
  it('asks first for the postings shard of the word alone, and for a typo range only when nothing matched', () => {
    const { engine, prepare, shardCount, postingsShardCount } = lazyEngine('voikko');
    const rounds = prepare('valinanvapaus');
    expect(shardCount).toBeGreaterThan(10);
    expect(postingsShardCount).toBeGreaterThan(5);
    expect(rounds[0]).toEqual({ keys: [], shards: [expect.any(Number)] });
    // Then the dictionary shards of the typo neighbours sharing "va" (several), then their postings.
    expect(rounds[1]!.keys.length).toBeGreaterThan(1);
    expect(engine.search('valinanvapaus').suggestion).toBe('valinnanvapaus');
  });

  it('loads one shard for a word it has: its postings shard, with its dictionary entry', () => {
    const { engine, prepare } = lazyEngine('voikko');
    expect(prepare('valinnanvapaus')).toEqual([{ keys: [], shards: [expect.any(Number)] }]);
    expect(engine.search('valinnanvapaus').hits).toHaveLength(1);
  });
});

describe('completing the last word', () => {
  it.each([
    // kind, query, terms it runs with
    ['voikko', 'pilotti', ['pilot']],
    ['heuristic', 'pilotti', ['pilot', 'pilottialue', 'pilottihank']],
    ['voikko', 'pilo', ['pilot', 'pilottialue', 'pilottihank']],
    ['voikko', 'maakunta', ['maakun']],
  ] as const)('with %s, %s → %j', (kind, query, expected) => {
    const { engine, prepare } = lazyEngine(kind);
    prepare(query);
    expect(terms(engine, query)).toEqual(expected);
  });

  it('completes to the 100 shortest terms at most', () => {
    const { engine, prepare } = lazyEngine('voikko');
    prepare('kas');
    const found = terms(engine, 'kas');
    expect(found).toHaveLength(100);
    // Every term shorter than the longest taken is taken.
    const longest = Math.max(...found.map((t) => t.length));
    const shorter = kasWords.filter((w) => w.length < longest);
    expect(shorter.every((w) => found.includes(w))).toBe(true);
  });
});

const dictionaryModule = (loadEngineBundle() as unknown as { dictionary: { TYPO_STARTS: [string, (w: string) => string, string][] } }).dictionary;

describe('typos in the first letters', () => {
  it.each(dictionaryModule.TYPO_STARTS)('%s: %s', (_name, edit, example) => {
    const [typed, start] = example.split(' → ') as [string, string];
    expect(edit(typed).slice(0, 2)).toBe(start.replace('…', ''));
  });

  it.each(['vlainnanvapaus', 'vvalinnanvapaus', 'avlinnanvapaus'])('reads %s as valinnanvapaus', (typed) => {
    const { engine, prepare } = lazyEngine('voikko');
    prepare(typed);
    expect(engine.search(typed).suggestion).toBe('valinnanvapaus');
  });
});
