// The search data of one site build, with the index terms of unchanged releases taken from the
// previous build's term cache (term-cache.ts) and this build's cache saved for the next. Only a build
// started by the site build CLI (a build session with a previous build to take over from: not the
// first, not --full) reads the cache; every session build writes it. Elsewhere (tests, Eleventy's
// own CLI) everything is expanded, as before.
import path from 'node:path';
import { outDirOfStaging } from '../lib/atomic-dir.ts';
import { currentBuildSession } from '../site/build-session.ts';
import { writeReleaseCache } from '../site/release-cache.ts';
import type { Archive } from '../site/types.ts';
import { morphologyStamp } from './morphology-stamp.ts';
import { buildSearchData, siteSearchFor, toSearchable, type SiteSearch } from './site-search.ts';
import { readTermCache, termCachePath, termCacheBytes, type TermCache } from './term-cache.ts';

function sameEntries(a: TermCache, b: TermCache): boolean {
  if (a.entries.size !== b.entries.size) return false;
  for (const key of a.entries.keys()) if (!b.entries.has(key)) return false;
  return true;
}

export async function searchForBuild(archive: Archive): Promise<SiteSearch & { reuse?: string }> {
  const session = currentBuildSession();
  const outDir = session ? outDirOfStaging(session.writer.outDir) : null;
  if (!session || !outDir) return siteSearchFor(archive);
  const started = performance.now();
  const key = `${session.code}\n${morphologyStamp()}`;
  const file = termCachePath(outDir);
  const kept = session.writer.previous ? await readTermCache(file, key) : null;
  const search = buildSearchData(archive.releases.map(toSearchable), kept);
  const { cache, expanded } = search.terms;
  if (!kept || !sameEntries(cache, kept)) {
    // The temp file sits in the staging folder, which a killed build's successor deletes.
    await writeReleaseCache(file, path.join(session.writer.outDir, '.search-cache.tmp'), termCacheBytes(key, cache)).catch((error: Error) => {
      console.warn(`[search] the term cache was not saved (${error.message}); the next build expands every release again`);
    });
  }
  // Reading and writing the cache are part of what the index costs this build.
  return { ...search, seconds: (performance.now() - started) / 1000, reuse: `terms of ${search.terms.kept} releases kept, ${expanded} expanded` };
}
