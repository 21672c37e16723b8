// Builds the search payload from the published releases: postings as a Lunr 2 index over title, body
// and tags (region, topics, year) would weight them (bm25-postings.ts), with pre-normalised terms,
// plus the compact document table for facets.
import { REGIONS } from '../data/regions.ts';
import { TOPICS } from '../data/topics.ts';
import { createPostingsBuilder } from './bm25-postings.ts';
import { buildDictionaryShards, type DictionaryEntry } from './dictionary-shards.ts';
import { createTermExpander } from './index-terms.ts';
import type { MorphologyChoice } from './morphology.ts';
import { docFlags, docRow, type DocRow, type SearchPayload, type TextRow } from './payload.ts';
import type { SearchableRelease } from './searchable-release.ts';

// Small chunks: a page of results spans many chunks, and every byte of them is downloaded.
export const TEXT_CHUNK_SIZE = 10;
// Snippets only need the text where the words are; very long releases are cut.
const MAX_SNIPPET_TEXT = 20_000;
const TITLE_BOOST = 10;
const TAGS_BOOST = 2;

export interface BuiltSearch {
  payload: SearchPayload;
  /** Postings shards (payload.postingsStarts). */
  shards: string[][];
  /** Dictionary shards (payload.keyShards). */
  keyShards: DictionaryEntry[][];
  /** Id, title and plain text per release, in payload.docs order, for the text chunks. */
  texts: TextRow[];
}

export function tagText(release: SearchableRelease): string {
  return [release.region ?? '', ...release.topics, release.date?.slice(0, 4) ?? ''].join(' ');
}

export function buildSearchPayload(
  releases: readonly SearchableRelease[],
  morphology: Pick<MorphologyChoice, 'morphology' | 'kind'>,
): BuiltSearch {
  const expander = createTermExpander(morphology.morphology);
  // Field names and boosts as the lunr index had them; the postings carry lunr's BM25 weights.
  const postings = createPostingsBuilder([{ name: 't', boost: TITLE_BOOST }, { name: 'b' }, { name: 'g', boost: TAGS_BOOST }]);
  const docs: DocRow[] = [];
  const texts: TextRow[] = [];
  releases.forEach((release) => {
    const lang = release.lang ?? 'fi';
    postings.add([expander.termsOf(release.title, lang), expander.termsOf(release.text, lang), expander.termsOf(tagText(release))]);
    docs.push(
      docRow(
        release.date ?? '',
        release.region ? REGIONS.findIndex((r) => r.name === release.region) : -1,
        release.topics.map((t) => TOPICS.findIndex((topic) => topic.name === t)),
        docFlags(release),
      ),
    );
    texts.push([release.id, release.title, release.text.slice(0, MAX_SNIPPET_TEXT)]);
  });
  const compact = postings.build();
  const dictionary = buildDictionaryShards(compact.index.terms, expander.inflections());
  const payload: SearchPayload = {
    version: 2,
    morphology: morphology.kind,
    fields: compact.index.fields,
    keyShards: dictionary.heads,
    postingsStarts: compact.index.shardStarts,
    docs,
    regions: REGIONS.map((r) => ({ name: r.name, slug: r.slug })),
    topics: TOPICS.map((t) => ({ name: t.name, slug: t.slug, label: t.label })),
    chunkSize: TEXT_CHUNK_SIZE,
  };
  return { payload, shards: compact.shards, keyShards: dictionary.shards, texts };
}
