// The search data shipped to the browser, and its encoding as classic scripts that assign globals
// (no fetch, no modules: works from file://).
import { CODEC } from './client-bundle.ts';
import type { DictionaryEntry } from './dictionary-shards.ts';
import type { SearchableRelease } from './searchable-release.ts';
import type { TermShard } from './term-shards.ts';
import type { MorphologyKind } from './word-forms.ts';

/**
 * What ranking, facets and the result list need of every release: [date ("" when undated), region
 * index (-1 none), topic indexes, flags]. Flags (CODEC.DOC_FLAGS: national, unknown scope, Swedish)
 * are left out when 0, so a regional Finnish release costs nothing more at 10,000 releases.
 * Example: ["2018-04-20", -1, [3], 1] is a national Finnish release.
 */
export type DocRow = [string, number, number[]] | [string, number, number[], number];
/** What a shown result needs, loaded in chunks: [id, title, plain text for the snippet]. */
export type TextRow = [string, string, string];
/** What a result item needs before its snippet, many releases a part: [id, title]. */
export type TitleRow = [string, string];

/** The head file (haku/hakuindeksi.js): everything the page needs before its first query, and no term. */
export interface SearchPayload {
  version: 3;
  morphology: MorphologyKind;
  /** Posting fields in run order (title, body, tags, lead). */
  fields: string[];
  /** Per dictionary shard (haku/sanasto/<n>.js): its first key and the number of terms before it. */
  keyShards: [string, number][];
  /** Per postings shard (haku/indeksi/<n>.js, positions haku/sijainnit/<n>.js): the number of its first term. */
  postingsStarts: number[];
  /** Per postings shard: its first key ('' for the first); the shard holds the dictionary entries from there (term-shards.ts). */
  postingsKeys: string[];
  docs: DocRow[];
  regions: { name: string; slug: string }[];
  topics: { name: string; slug: string; label: string }[];
  /** Ids, titles and texts are in haku/tekstit/<n>.js, this many releases per file. */
  chunkSize: number;
  /** Ids and titles alone are in haku/otsikot/<n>.js, this many releases per file. */
  titleChunkSize: number;
}

export const INDEX_GLOBAL = CODEC.GLOBALS.index;
export const SHARDS_GLOBAL = CODEC.GLOBALS.shards;
export const KEYS_GLOBAL = CODEC.GLOBALS.keys;
export const TEXTS_GLOBAL = CODEC.GLOBALS.texts;
export const POSITIONS_GLOBAL = CODEC.GLOBALS.positions;
export const TITLES_GLOBAL = CODEC.GLOBALS.titles;

function partScript(global: string, n: number, data: unknown): string {
  return `(window.${global}=window.${global}||{})[${n}]=${JSON.stringify(data)};\n`;
}

export function payloadScript(payload: SearchPayload): string {
  return `window.${INDEX_GLOBAL}=${JSON.stringify(payload)};\n`;
}

export function shardScript(shard: number, termShard: TermShard): string {
  return partScript(SHARDS_GLOBAL, shard, termShard);
}

export function positionShardScript(shard: number, positions: string[]): string {
  return partScript(POSITIONS_GLOBAL, shard, positions);
}

export function keyShardScript(shard: number, entries: DictionaryEntry[]): string {
  return partScript(KEYS_GLOBAL, shard, entries);
}

export function textChunkScript(chunk: number, texts: TextRow[]): string {
  return partScript(TEXTS_GLOBAL, chunk, texts);
}

export function titleChunkScript(chunk: number, titles: TitleRow[]): string {
  return partScript(TITLES_GLOBAL, chunk, titles);
}

/** The flags of a document row: 0 for a regional release in Finnish. */
export function docFlags(release: Pick<SearchableRelease, 'scope' | 'lang'>): number {
  const F = CODEC.DOC_FLAGS;
  const scope = release.scope === undefined ? 'regional' : release.scope;
  return (scope === 'national' ? F.national : scope === null ? F.scopeUnknown : 0) | (release.lang === 'sv' ? F.swedish : 0);
}

/** A document row, flags left out when 0. */
export function docRow(date: string, region: number, topics: number[], flags: number): DocRow {
  return flags === 0 ? [date, region, topics] : [date, region, topics, flags];
}

/** Splits release texts into the chunks named by SearchPayload.chunkSize. */
export function textChunks<T>(texts: T[], chunkSize: number): T[][] {
  const chunks: T[][] = [];
  for (let at = 0; at < texts.length; at += chunkSize) chunks.push(texts.slice(at, at + chunkSize));
  return chunks;
}

/** The title parts (haku/otsikot/<n>.js): each text row's id and title, `titleChunkSize` rows a part. */
export function titleChunks(texts: TextRow[], titleChunkSize: number): TitleRow[][] {
  return textChunks(
    texts.map(([id, title]): TitleRow => [id, title]),
    titleChunkSize,
  );
}
