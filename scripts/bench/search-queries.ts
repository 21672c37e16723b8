// `npm run bench:search-queries [-- --no-pagefind] [--work DIR]`: the journalist query set
// (scripts/bench/search/query-set.ts) through our engine (with and without Voikko), MiniSearch
// (prefix + fuzzy 0.2), plain lunr + lunr-languages fi and Pagefind (fi), on the same corpus; prints
// recall, precision@10 and MRR overall and per category, and how many ranking queries put their
// rankedFirst releases first (a benchmark: the floors are a test).
import { parseArgs } from 'node:util';
import { ourSearch } from './search/measure-journalist.ts';
import { miniSearch, plainLunr, type Searcher } from './search/other-engines.ts';
import { pagefindResults } from './search/pagefind-queries.ts';
import { loadQueryCorpus } from './search/query-corpus.ts';
import { measureQueries, type QueryReport } from './search/query-metrics.ts';
import { JOURNALIST_QUERIES, QUERY_CATEGORIES } from './search/query-set.ts';

const { values } = parseArgs({
  options: {
    'no-pagefind': { type: 'boolean', default: false },
    work: { type: 'string', default: 'bench-results/search-queries' },
  },
});

function withoutVoikko<T>(fn: () => T): T {
  const saved = process.env.SEARCH_NO_VOIKKO;
  process.env.SEARCH_NO_VOIKKO = '1';
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.SEARCH_NO_VOIKKO;
    else process.env.SEARCH_NO_VOIKKO = saved;
  }
}

const releases = loadQueryCorpus();
const engines: [string, Searcher][] = [
  ['ours (Voikko)', ourSearch(releases).search],
  ['ours (fallback)', withoutVoikko(() => ourSearch(releases).search)],
  ['MiniSearch 7 (prefix, fuzzy 0.2)', miniSearch(releases)],
  ['lunr 2 + lunr-languages fi', plainLunr(releases)],
];
if (!values['no-pagefind']) {
  engines.push(['Pagefind 1 (fi)', await pagefindResults(JOURNALIST_QUERIES.map((q) => q.query), values.work)]);
}

const reports: [string, QueryReport][] = engines.map(([name, search]) => [name, measureQueries(JOURNALIST_QUERIES, search)]);
const f = (n: number) => n.toFixed(2);
console.log(`${JOURNALIST_QUERIES.length} queries over ${releases.length} releases: recall / precision@10 / MRR\n`);
console.log(`| category | queries | ${reports.map(([name]) => name).join(' | ')} |`);
console.log(`| --- | --- |${reports.map(() => ' --- |').join('')}`);
const cell = (s: { recall: number; precisionAt10: number; mrr: number }) => `${f(s.recall)} / ${f(s.precisionAt10)} / ${f(s.mrr)}`;
for (const category of QUERY_CATEGORIES) {
  const n = JOURNALIST_QUERIES.filter((q) => q.category === category).length;
  console.log(`| ${category} | ${n} | ${reports.map(([, r]) => cell(r.byCategory[category])).join(' | ')} |`);
}
console.log(`| **all** | ${JOURNALIST_QUERIES.length} | ${reports.map(([, r]) => `**${cell(r.overall)}**`).join(' | ')} |`);
const ordered = JOURNALIST_QUERIES.filter((q) => q.rankedFirst).length;
console.log(`\nOrder (the ranking queries whose rankedFirst releases lead the list, of ${ordered}): ${reports.map(([name, r]) => `${name} ${Math.round(r.overall.order * ordered)}`).join(', ')}`);
