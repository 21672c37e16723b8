// The shipped parts are still a Lunr index: merged and loaded with lunr.Index.load, lunr ranks
// exact-form queries as the page's engine does (same clauses, same scores), on the query corpus; the
// lead is a lunr field of its own, and lunr finds in it what the engine counts as lead hits.
import { describe, expect, it } from 'vitest';
import { loadQueryCorpus } from '../../scripts/bench/search/query-corpus.ts';
import { buildSearchPayload } from '../../scripts/search/build-index.ts';
import { normalizeWord } from '../../scripts/search/engine.ts';
import { lunr } from '../../scripts/search/finnish-lunr.ts';
import { createLoadedEngine } from '../../scripts/search/loaded-engine.ts';
import { toLunrJson } from '../../scripts/search/lunr-merge.ts';
import { createHeuristicMorphology } from '../../scripts/search/heuristic-forms.ts';

const releases = loadQueryCorpus();
const built = buildSearchPayload(releases, { kind: 'heuristic', morphology: createHeuristicMorphology([]) });
const engine = createLoadedEngine(built);
const index = lunr.Index.load(toLunrJson(built.payload, built.keyShards, built.shards, lunr.version) as unknown as object);

// Words as they stand in the releases (exact forms), common and rare, Finnish and Swedish.
const QUERIES = [
  'maakunta',
  'valinnanvapaus',
  'kasvupalvelut',
  'Pirkanmaa',
  'henkilöstö',
  'ohjausryhmä',
  'landskapet',
  'kommunerna',
  'pilotti',
  'Lappi',
  'hyvinvointikertomus',
  'palveluseteli',
];

describe('the sharded index as a Lunr index', () => {
  it('loads in lunr, which finds a common term', () => {
    const term = normalizeWord('maakunta')!;
    expect(index.query((q) => q.term(term, { usePipeline: false })).length).toBeGreaterThan(10);
  });

  it('has the fields title, body, tags and lead', () => {
    expect((index as unknown as { fields: string[] }).fields).toEqual(['t', 'b', 'g', 'l']);
  });

  it.each(['hyvinvointikertomus', 'maakunta', 'valinnanvapaus', 'Pirkanmaa'])('lunr finds %s in the leads the engine counts', (text) => {
    // Every term the engine's clause has (stem, base forms, completions), searched in the lead only.
    const terms = Object.keys(engine.explain(text)[0]!.boosts);
    const inLead = index
      .query((q) => {
        for (const term of terms) q.term(term, { usePipeline: false, fields: ['l'], wildcard: lunr.Query.wildcard.NONE });
      })
      .map((r) => r.ref);
    const ours = engine.search(text).hits.filter((h) => h.leadHits > 0).map((h) => String(h.doc.n));
    expect(inLead.length).toBeGreaterThan(0);
    expect(ours.sort()).toEqual(inLead.sort());
  });

  it.each(QUERIES)('lunr ranks %s as the engine does', (text) => {
    const clauses = engine.explain(text);
    expect(clauses.length).toBe(1);
    const boosts = clauses[0]!.boosts;
    const expected = index.query((q) => {
      for (const [term, boost] of Object.entries(boosts)) q.term(term, { usePipeline: false, boost, wildcard: lunr.Query.wildcard.NONE });
    });
    const ours = new Map(engine.search(text).hits.map((h) => [String(h.doc.n), h.score]));
    expect(expected.length).toBeGreaterThan(0);
    expect([...ours.keys()].sort()).toEqual(expected.map((r) => r.ref).sort());
    for (const r of expected) expect(ours.get(r.ref)).toBeCloseTo(r.score, 9);
  });
});
