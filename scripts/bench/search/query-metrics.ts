// Recall, precision@10 and MRR of any search engine over the journalist query set, overall and per
// category. Precision counts judged results only: among the first ten hits, those the query expects
// against those it lists as must-not-be-in-the-top-10 (hits nobody judged are left out), over the
// queries that return a judged hit. Order: the share of queries whose `rankedFirst` releases lead the list.
import { QUERY_CATEGORIES, type JournalistQuery, type QueryCategory } from './query-set.ts';

export interface Scores {
  queries: number;
  recall: number;
  precisionAt10: number;
  mrr: number;
  /** Share of the queries with `rankedFirst` whose named releases come before every other result. */
  order: number;
}

export interface QueryOutcome {
  query: JournalistQuery;
  /** Expected releases not found at all. */
  missing: string[];
  /** Must-not releases among the first ten. */
  intruders: string[];
  /** Rank (1-based) of the first expected release, 0 when none was found. */
  firstRank: number;
  /** False when a `rankedFirst` release is not among the first rankedFirst.length results. */
  inOrder: boolean;
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
      inOrder: rankedFirstHolds(query.rankedFirst ?? [], hits),
    };
  });
  const byCategory = Object.fromEntries(
    QUERY_CATEGORIES.map((category) => [category, scoresOf(outcomes.filter((o) => o.query.category === category), search)]),
  ) as Record<QueryCategory, Scores>;
  return { overall: scoresOf(outcomes, search), byCategory, outcomes };
}

/** Whether `first` are exactly the first first.length hits (in any order among themselves). */
export function rankedFirstHolds(first: readonly string[], hits: readonly string[]): boolean {
  const top = new Set(hits.slice(0, first.length));
  return first.every((id) => top.has(id));
}

function scoresOf(outcomes: QueryOutcome[], search: (query: string) => string[]): Scores {
  let expected = 0;
  let found = 0;
  let precisionSum = 0;
  let precisionQueries = 0;
  let rankSum = 0;
  let rankQueries = 0;
  let ordered = 0;
  let orderQueries = 0;
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
    if (o.query.rankedFirst) {
      orderQueries++;
      if (o.inOrder) ordered++;
    }
  }
  return {
    queries: outcomes.length,
    recall: expected === 0 ? 1 : found / expected,
    precisionAt10: precisionQueries === 0 ? 1 : precisionSum / precisionQueries,
    mrr: rankQueries === 0 ? 1 : rankSum / rankQueries,
    order: orderQueries === 0 ? 1 : ordered / orderQueries,
  };
}
