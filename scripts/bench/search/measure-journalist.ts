// The journalist query set run through our engine (the same code the page runs) over the query corpus.
import { buildSearchPayload } from '../../search/build-index.ts';
import { splitWords } from '../../search/engine.ts';
import { createLoadedEngine } from '../../search/loaded-engine.ts';
import { chooseMorphology } from '../../search/morphology.ts';
import type { SearchableRelease } from '../../search/searchable-release.ts';
import { loadQueryCorpus, type QueryCorpusOptions } from './query-corpus.ts';
import { measureQueries, type QueryReport } from './query-metrics.ts';
import { JOURNALIST_QUERIES } from './query-set.ts';

/** Our engine over releases: query → ids, best first. */
export function ourSearch(releases: SearchableRelease[]): { search: (q: string) => string[]; kind: string } {
  const vocabulary = () => releases.flatMap((r) => splitWords(`${r.title} ${r.text}`.toLowerCase()));
  const choice = chooseMorphology(vocabulary, () => {});
  const built = buildSearchPayload(releases, choice);
  choice.close();
  const engine = createLoadedEngine(built);
  const memo = new Map<string, string[]>();
  return {
    kind: choice.kind,
    search(q) {
      let ids = memo.get(q);
      if (!ids) memo.set(q, (ids = engine.search(q).hits.map((h) => h.doc.id)));
      return ids;
    },
  };
}

export function measureJournalistQueries(options: QueryCorpusOptions = {}): QueryReport & { morphology: string } {
  const releases = loadQueryCorpus(options);
  const ours = ourSearch(releases);
  return { ...measureQueries(JOURNALIST_QUERIES, ours.search), morphology: ours.kind };
}
