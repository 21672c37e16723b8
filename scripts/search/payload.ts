// The search data shipped to the browser, and its encoding as classic scripts that assign globals
// (no fetch, no modules: works from file://).
import type { CompactIndex } from './compact-index.ts';
import { CODEC } from './client-bundle.ts';
import type { MorphologyKind } from './word-forms.ts';

/** What ranking and facets need of every release: [date ("" when undated), region index (-1 none), topic indexes]. */
export type DocRow = [string, number, number[]];
/** What a shown result needs, loaded in chunks: [id, title, plain text for the snippet]. */
export type TextRow = [string, string, string];

export interface SearchPayload {
  version: 1;
  morphology: MorphologyKind;
  /** The Lunr index in compact form (compact-index.ts). */
  index: CompactIndex;
  docs: DocRow[];
  regions: { name: string; slug: string }[];
  topics: { name: string; slug: string; label: string }[];
  inflections: Record<string, string[]>;
  /** Ids, titles and texts are in haku/tekstit/<n>.js, this many releases per file. */
  chunkSize: number;
}

export const SHARDS_GLOBAL = CODEC.GLOBALS.shards;

export function shardScript(shard: number, postings: string[]): string {
  return `(window.${SHARDS_GLOBAL}=window.${SHARDS_GLOBAL}||{})[${shard}]=${JSON.stringify(postings)};\n`;
}

export const INDEX_GLOBAL = CODEC.GLOBALS.index;
export const TEXTS_GLOBAL = CODEC.GLOBALS.texts;

export function payloadScript(payload: SearchPayload): string {
  return `window.${INDEX_GLOBAL}=${JSON.stringify(payload)};\n`;
}

export function textChunkScript(chunk: number, texts: TextRow[]): string {
  return `(window.${TEXTS_GLOBAL}=window.${TEXTS_GLOBAL}||{})[${chunk}]=${JSON.stringify(texts)};\n`;
}

/** Splits release texts into the chunks named by SearchPayload.chunkSize. */
export function textChunks<T>(texts: T[], chunkSize: number): T[][] {
  const chunks: T[][] = [];
  for (let at = 0; at < texts.length; at += chunkSize) chunks.push(texts.slice(at, at + chunkSize));
  return chunks;
}
