// Other engines over the same releases, for the query-set comparison (a benchmark, not a test):
// MiniSearch 7 as its documentation suggests for search-as-you-type (prefix + fuzzy 0.2), and plain
// lunr with lunr-languages' Finnish pipeline. Each returns query → release ids, best first.
import MiniSearch from 'minisearch';
import { lunr } from '../../search/finnish-lunr.ts';
import type { SearchableRelease } from '../../search/searchable-release.ts';

export type Searcher = (query: string) => string[];

export function miniSearch(releases: readonly SearchableRelease[]): Searcher {
  const index = new MiniSearch<SearchableRelease>({
    fields: ['title', 'text'],
    storeFields: ['id'],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 2 }, combineWith: 'AND' },
  });
  index.addAll(releases.map((r) => ({ ...r })));
  return (query) => index.search(query).map((r) => String(r.id));
}

export function plainLunr(releases: readonly SearchableRelease[]): Searcher {
  const index = lunr(function () {
    this.use((lunr as unknown as { fi: lunr.Builder.Plugin }).fi);
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('text');
    for (const r of releases) this.add({ id: r.id, title: r.title, text: r.text });
  });
  return (query) => {
    const words = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    try {
      return index
        .query((q) => {
          for (const w of words) q.term(w.toLowerCase(), { presence: lunr.Query.presence.REQUIRED });
        })
        .map((r) => r.ref);
    } catch {
      return [];
    }
  };
}
