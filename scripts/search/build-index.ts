// Builds the search payload from the published releases: postings as a Lunr 2 index over title, body,
// tags (region, topics, year) and lead would weight them (bm25-postings.ts), with pre-normalised terms,
// word positions for title, lead and body (for phrases), plus the compact document table for facets.
import { REGIONS } from '../data/regions.ts';
import { TOPICS } from '../data/topics.ts';
import { createPostingsBuilder } from './bm25-postings.ts';
import { buildDictionaryShards, type DictionaryEntry } from './dictionary-shards.ts';
import { createTermExpander } from './index-terms.ts';
import type { MorphologyChoice } from './morphology.ts';
import { docFlags, docRow, type DocRow, type SearchPayload, type TextRow } from './payload.ts';
import { expandRelease, leadOf, tagText, type ReleaseTerms } from './release-terms.ts';
import type { SearchableRelease } from './searchable-release.ts';
import { buildTermShards, type TermShard } from './term-shards.ts';

// One release per chunk: the ten results shown are ten releases scattered over the archive, and every
// byte of their chunks is downloaded and parsed (at 10,000 releases, ten chunks of ten were ~265 KB
// of text per query for ten snippets; one each is ~30 KB).
export const TEXT_CHUNK_SIZE = 1;
// Ids and titles, many a part: with them in memory a result list is shown as soon as the search is
// done, each snippet filled in when its text arrives (ten text loads were most of a query's time).
// At 10,000 releases a part is ~140 KB raw, ~9 KB gzip; the page loads them all once it has shown
// its first results.
export const TITLE_CHUNK_SIZE = 1000;
// Snippets only need the text where the words are; very long releases are cut.
const MAX_SNIPPET_TEXT = 20_000;
// [field, name in the index, lunr field boost, positions kept, example]. The lead (the front matter
// summary, else the first paragraph) weighs between title and body; its words are in the body too.
export const SEARCH_FIELDS = [
  { name: 't', boost: 10, positions: true, example: 'title: "Pirkanmaa valmistelee hakemusta…"' },
  { name: 'b', boost: 1, positions: true, example: 'body: the plain text' },
  { name: 'g', boost: 2, positions: false, example: 'tags: "Pirkanmaa ICT 2017"' },
  { name: 'l', boost: 4, positions: true, example: 'lead: "Kainuun hyvinvointikertomus valmistui."' },
] as const;

export interface BuiltSearch {
  payload: SearchPayload;
  /** Postings shards with their dictionary entries (payload.postingsStarts, payload.postingsKeys). */
  shards: TermShard[];
  /** Positions shards: the same terms as the postings shards. */
  positionShards: string[][];
  /** Dictionary shards (payload.keyShards). */
  keyShards: DictionaryEntry[][];
  /** Id, title and plain text per release, in payload.docs order, for the text chunks. */
  texts: TextRow[];
}

export { leadOf, tagText };

export function buildSearchPayload(
  releases: readonly SearchableRelease[],
  morphology: Pick<MorphologyChoice, 'morphology' | 'kind'>,
): BuiltSearch {
  const expander = createTermExpander(morphology.morphology);
  return searchPayloadOf(releases, (release) => expandRelease(expander, release), morphology.kind);
}

/**
 * The payload from each release's terms (release-terms.ts), asked for one release at a time in
 * archive order, so that they can be dropped once counted; wherever they come from (expanded now or
 * kept from an earlier build), the same terms give the same bytes.
 */
export function searchPayloadOf(
  releases: readonly SearchableRelease[],
  termsOf: (release: SearchableRelease, index: number) => ReleaseTerms,
  kind: MorphologyChoice['kind'],
): BuiltSearch {
  // Field names and boosts as a lunr index has them; the postings carry lunr's BM25 weights.
  const postings = createPostingsBuilder(SEARCH_FIELDS);
  const inflections = new Map<string, Set<string>>();
  const docs: DocRow[] = [];
  const texts: TextRow[] = [];
  releases.forEach((release, index) => {
    const { title, body, tags, lead, links } = termsOf(release, index);
    postings.add([title.terms, body.terms, tags, lead.terms], [title.positions, body.positions, undefined, lead.positions]);
    for (const [own, base] of links) {
      let targets = inflections.get(own);
      if (!targets) inflections.set(own, (targets = new Set()));
      targets.add(base);
    }
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
  const dictionary = buildDictionaryShards(compact.index.terms, inflections);
  const termShards = buildTermShards(dictionary.shards, compact.index.shardStarts, compact.shards);
  const payload: SearchPayload = {
    version: 3,
    morphology: kind,
    fields: compact.index.fields,
    keyShards: dictionary.heads,
    postingsStarts: compact.index.shardStarts,
    postingsKeys: termShards.firstKeys,
    docs,
    regions: REGIONS.map((r) => ({ name: r.name, slug: r.slug })),
    topics: TOPICS.map((t) => ({ name: t.name, slug: t.slug, label: t.label })),
    chunkSize: TEXT_CHUNK_SIZE,
    titleChunkSize: TITLE_CHUNK_SIZE,
  };
  return { payload, shards: termShards.shards, positionShards: compact.positionShards, keyShards: dictionary.shards, texts };
}
