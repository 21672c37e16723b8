// Recall of the search engine on the built-in corpus with the query set, for a chosen morphology.
import { buildSearchPayload } from '../../search/build-index.ts';
import { loadBuiltInCorpus } from './corpus.ts';
import { splitWords } from '../../search/engine.ts';
import { createLoadedEngine } from '../../search/loaded-engine.ts';
import { chooseMorphology } from '../../search/morphology.ts';
import { recallOf } from './recall-queries.ts';

export interface RecallReport {
  morphology: 'voikko' | 'heuristic';
  recall: number;
  queries: number;
  misses: { query: string; missing: string[] }[];
  corpus: 'releases' | 'sources';
}

export function measureRecall(options: { noVoikko?: boolean; root?: string } = {}): RecallReport {
  const corpus = loadBuiltInCorpus(options.root);
  const saved = process.env.SEARCH_NO_VOIKKO;
  if (options.noVoikko) process.env.SEARCH_NO_VOIKKO = '1';
  try {
    const vocabulary = () => corpus.releases.flatMap((r) => splitWords(`${r.title} ${r.text}`.toLowerCase()));
    const choice = chooseMorphology(vocabulary, () => {});
    const built = buildSearchPayload(corpus.releases, choice);
    choice.close();
    const engine = createLoadedEngine(built);
    const { recall, misses } = recallOf((q) => engine.search(q).hits.map((h) => h.doc.id), corpus.idOfSource);
    return { morphology: choice.kind, recall, queries: 0, misses, corpus: corpus.origin };
  } finally {
    if (saved === undefined) delete process.env.SEARCH_NO_VOIKKO;
    else process.env.SEARCH_NO_VOIKKO = saved;
  }
}
