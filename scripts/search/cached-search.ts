// One build's search data with the term cache (term-cache.ts): read the previous build's cache, build
// (expanding only what it does not hold), save this build's cache. Given plain data only, so that it
// runs the same on a worker thread (search-thread.ts) as in the build's own thread.
import { writeReleaseCache } from '../site/release-cache.ts';
import { buildSearchData, type SiteSearch } from './site-search.ts';
import type { SearchableRelease } from './searchable-release.ts';
import { readTermCache, termCacheBytes, type TermCache } from './term-cache.ts';

export interface CachedSearchJob {
  searchable: readonly SearchableRelease[];
  /** The cache file beside the out folder (termCachePath). */
  cacheFile: string;
  /** Where the new cache is written first: in the staging folder, which a killed build's successor deletes. */
  cacheTemp: string;
  /** The cache is valid only under this key (code digest and morphology stamp). */
  key: string;
  /** Whether there is a previous build to take over from (not the first build, not --full). */
  readKept: boolean;
}

export type CachedSearch = SiteSearch & { reuse: string; warnings: string[] };

function sameEntries(a: TermCache, b: TermCache): boolean {
  if (a.entries.size !== b.entries.size) return false;
  for (const key of a.entries.keys()) if (!b.entries.has(key)) return false;
  return true;
}

export async function cachedSearch(job: CachedSearchJob): Promise<CachedSearch> {
  const started = performance.now();
  const warnings: string[] = [];
  const kept = job.readKept ? await readTermCache(job.cacheFile, job.key) : null;
  const { terms, ...search } = buildSearchData(job.searchable, kept);
  if (!kept || !sameEntries(terms.cache, kept)) {
    await writeReleaseCache(job.cacheFile, job.cacheTemp, termCacheBytes(job.key, terms.cache)).catch((error: Error) => {
      warnings.push(`[search] the term cache was not saved (${error.message}); the next build expands every release again`);
    });
  }
  // Reading and writing the cache are part of what the index costs this build.
  const seconds = (performance.now() - started) / 1000;
  return { ...search, seconds, reuse: `terms of ${terms.kept} releases kept, ${terms.expanded} expanded`, warnings };
}
