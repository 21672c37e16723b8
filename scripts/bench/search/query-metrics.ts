// Recall, precision@10 and MRR of any search engine over the journalist query set, overall and per
// category. Precision counts judged results only: among the first ten hits, those the query expects
// against those it lists as must-not-be-in-the-top-10 (hits nobody judged are left out), over the
// queries that return a judged hit.
import { QUERY_CATEGORIES, type JournalistQuery, type QueryCategory } from './query-set.ts';

export interface Scores {
  queries: number;
  recall: number;
  precisionAt10: number;
  mrr: number;
}

export interface QueryOutcome {
  query: JournalistQuery;
  /** Expected releases not found at all. */
  missing: string[];
  /** Must-not releases among the first ten. */
  intruders: string[];
  /** Rank (1-based) of the first expected release, 0 when none was found. */
  firstRank: number;
}

export interface QueryReport {
  overall: Scores;
  byCategory: Record<QueryCategory, Scores>;
  outcomes: QueryOutcome[];
}

/** search: query text → release ids, best first. */
export function measureQueries(queries: readonly JournalistQuery[], search: (query: string) => string[]): QueryReport {
  const outcomes = queries.map((query): QueryOutcome => {
    const hits = search(query.query);
    const found = new Set(hits);
    const top = hits.slice(0, 10);
    const firstIndex = hits.findIndex((id) => query.expected.includes(id));
    return {
      query,
      missing: query.expected.filter((id) => !found.has(id)),
      intruders: top.filter((id) => query.notInTop10.includes(id)),
      firstRank: firstIndex + 1,
    };
  });
  const byCategory = Object.fromEntries(
    QUERY_CATEGORIES.map((category) => [category, scoresOf(outcomes.filter((o) => o.query.category === category), search)]),
  ) as Record<QueryCategory, Scores>;
  return { overall: scoresOf(outcomes, search), byCategory, outcomes };
}

function scoresOf(outcomes: QueryOutcome[], search: (query: string) => string[]): Scores {
  let expected = 0;
  let found = 0;
  let precisionSum = 0;
  let precisionQueries = 0;
  let rankSum = 0;
  let rankQueries = 0;
  for (const o of outcomes) {
    expected += o.query.expected.length;
    found += o.query.expected.length - o.missing.length;
    const top = search(o.query.query).slice(0, 10);
    const good = top.filter((id) => o.query.expected.includes(id)).length;
    const judged = good + o.intruders.length;
    if (judged > 0) {
      precisionSum += good / judged;
      precisionQueries++;
    }
    if (o.query.expected.length > 0) {
      rankSum += o.firstRank > 0 ? 1 / o.firstRank : 0;
      rankQueries++;
    }
  }
  return {
    queries: outcomes.length,
    recall: expected === 0 ? 1 : found / expected,
    precisionAt10: precisionQueries === 0 ? 1 : precisionSum / precisionQueries,
    mrr: rankQueries === 0 ? 1 : rankSum / rankQueries,
  };
}
