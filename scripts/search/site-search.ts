// The search data for one site build, computed once per archive: the payload script and the text
// chunk scripts that the plugin's templates print.
import type { Archive, Release } from '../site/types.ts';
import { searchPayloadOf } from './build-index.ts';
import { splitWords } from './engine.ts';
import { createTermExpander, type TermExpander } from './index-terms.ts';
import { chooseMorphology } from './morphology.ts';
import { expandRelease, type ReleaseTerms } from './release-terms.ts';
import { staleTest } from './stale-terms.ts';
import { emptyTermCache, loadTerms, storedWords, storeTerms, tableIndex, termsKey, type TermCache } from './term-cache.ts';
import { keyShardScript, payloadScript, positionShardScript, shardScript, textChunkScript, textChunks, titleChunks, titleChunkScript } from './payload.ts';
import type { SearchableRelease } from './searchable-release.ts';

export interface SiteSearch {
  indexScript: string;
  chunkScripts: string[];
  titleScripts: string[];
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

/** The archive's vocabulary as the fallback morphology reads it: distinct lower-cased words of titles and texts. */
export function vocabularyOf(searchable: readonly SearchableRelease[]): Set<string> {
  const words = new Set<string>();
  for (const r of searchable) for (const word of splitWords(`${r.title}\n${r.text}`.toLowerCase())) words.add(word);
  return words;
}

/** Terms kept from earlier builds (term-cache.ts), and how many of this build's releases used them. */
export interface TermReuse {
  /** What this build's cache holds: every release's terms, kept or expanded now. */
  cache: TermCache;
  kept: number;
  expanded: number;
}

/**
 * The search data of releases as the index reads them (toSearchable): what a worker thread is given.
 * With `kept` (an earlier build's term cache), a release whose terms it holds and that a change of
 * the vocabulary cannot have touched (stale-terms.ts) is not expanded again; the bytes are the same.
 */
export function buildSearchData(searchable: readonly SearchableRelease[], kept: TermCache | null = null): SiteSearch & { terms: TermReuse } {
  const started = performance.now();
  const vocabulary = vocabularyOf(searchable);
  const choice = chooseMorphology(() => vocabulary);
  try {
    const stale = kept ? staleTest(kept.vocabulary, vocabulary, kept.words) : null;
    // The tables grow from the kept ones, so kept entries are carried over as they are.
    const cache: TermCache = { ...emptyTermCache([...vocabulary]), terms: kept ? [...kept.terms] : [], words: kept ? [...kept.words] : [] };
    const terms: TermReuse = { cache, kept: 0, expanded: 0 };
    let expander: TermExpander | undefined;
    let termNumber: ((term: string) => number) | undefined;
    let wordNumber: ((word: string) => number) | undefined;
    const termsOf = (release: SearchableRelease): ReleaseTerms => {
      const key = termsKey(release);
      const stored = kept?.entries.get(key);
      if (stored && !stale!(storedWords(stored))) {
        cache.entries.set(key, stored);
        terms.kept++;
        return loadTerms(stored, cache);
      }
      expander ??= createTermExpander(choice.morphology);
      termNumber ??= tableIndex(cache.terms);
      wordNumber ??= tableIndex(cache.words);
      const made = expandRelease(expander, release);
      cache.entries.set(key, storeTerms(made, termNumber, wordNumber));
      terms.expanded++;
      return made;
    };
    const { payload, shards, positionShards, keyShards, texts } = searchPayloadOf(searchable, termsOf, choice.kind);
    return {
      terms,
      indexScript: payloadScript(payload),
      chunkScripts: textChunks(texts, payload.chunkSize).map((chunk, n) => textChunkScript(n, chunk)),
      titleScripts: titleChunks(texts, payload.titleChunkSize).map((chunk, n) => titleChunkScript(n, chunk)),
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
