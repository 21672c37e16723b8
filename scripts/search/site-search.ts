// The search data for one site build, computed once per archive: the payload script and the text
// chunk scripts that the plugin's templates print.
import type { Archive, Release } from '../site/types.ts';
import { buildSearchPayload } from './build-index.ts';
import { splitWords } from './engine.ts';
import { chooseMorphology } from './morphology.ts';
import { keyShardScript, payloadScript, positionShardScript, shardScript, textChunkScript, textChunks } from './payload.ts';
import type { SearchableRelease } from './searchable-release.ts';

export interface SiteSearch {
  indexScript: string;
  chunkScripts: string[];
  shardScripts: string[];
  positionShardScripts: string[];
  keyShardScripts: string[];
  morphology: 'voikko' | 'heuristic';
  seconds: number;
}

export function toSearchable(release: Release): SearchableRelease {
  return {
    id: release.id,
    title: release.title,
    date: release.date,
    region: release.region,
    topics: release.topics,
    scope: release.scope,
    lang: release.lang,
    lead: release.summary,
    text: release.text,
  };
}

export function buildSiteSearch(releases: readonly Release[]): SiteSearch {
  return buildSearchData(releases.map(toSearchable));
}

/** The search data of releases as the index reads them (toSearchable): what a worker thread is given. */
export function buildSearchData(searchable: readonly SearchableRelease[]): SiteSearch {
  const started = performance.now();
  const choice = chooseMorphology(() => searchable.flatMap((r) => splitWords(`${r.title}\n${r.text}`.toLowerCase())));
  try {
    const { payload, shards, positionShards, keyShards, texts } = buildSearchPayload(searchable, choice);
    return {
      indexScript: payloadScript(payload),
      chunkScripts: textChunks(texts, payload.chunkSize).map((chunk, n) => textChunkScript(n, chunk)),
      shardScripts: shards.map((termShard, n) => shardScript(n, termShard)),
      positionShardScripts: positionShards.map((positions, n) => positionShardScript(n, positions)),
      keyShardScripts: keyShards.map((entries, n) => keyShardScript(n, entries)),
      morphology: choice.kind,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    choice.close();
  }
}

const cache = new WeakMap<Archive, SiteSearch>();

/** One build of the search data per archive object, however many templates ask for it. */
export function siteSearchFor(archive: Archive): SiteSearch {
  let search = cache.get(archive);
  if (!search) {
    search = buildSiteSearch(archive.releases);
    cache.set(archive, search);
  }
  return search;
}
