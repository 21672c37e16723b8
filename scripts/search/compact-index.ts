// A compact encoding of a Lunr 2 index for the browser. lunr's own JSON stores every posting twice
// (inverted index and field vectors) with float scores: ~20 bytes a posting. Here each posting is a
// doc-number delta (base-32 varint) and a one-character log-quantised weight, ~2 bytes; postings are
// cut into shards in term order, so a query downloads only the shards of its terms (a prefix's
// completions sit together), and the browser decodes a term when a query first touches it.
// The alphabets and the weight scale are the browser engine's own (client/engine/constants.js).
import { CODEC } from './client-bundle.ts';

export const { VARINT_MORE, VARINT_LAST, WEIGHT_DIGITS, WEIGHT_BASE, WEIGHT_RATIO, FIELD_SEPARATOR } = CODEC;

export interface CompactIndex {
  fields: string[];
  /** Every indexed term, sorted as lunr sorts them (the order TokenSet.fromArray needs). */
  terms: string[];
  /** Position in `terms` of the first term of each postings shard. */
  shardStarts: number[];
}

export interface CompactPostings {
  index: CompactIndex;
  /** Per shard, per term: one run of (doc delta, weight) per field, fields separated by ",". */
  shards: string[][];
}

/** Postings characters per shard: a query loads a few shards of about this size. */
export const SHARD_TARGET_CHARS = 24_000;

interface LunrIndexJson {
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, { _index: number }][];
}

export function encodeVarint(value: number): string {
  let out = '';
  let rest = Math.floor(value);
  while (rest >= 32) {
    out += VARINT_MORE.charAt(rest % 32);
    rest = Math.floor(rest / 32);
  }
  return out + VARINT_LAST.charAt(rest);
}

export function quantizeWeight(weight: number): number {
  const level = Math.round(Math.log(Math.max(weight, WEIGHT_BASE) / WEIGHT_BASE) / Math.log(WEIGHT_RATIO));
  return Math.min(WEIGHT_DIGITS.length - 1, Math.max(0, level));
}

export function weightOf(level: number): number {
  return WEIGHT_BASE * Math.pow(WEIGHT_RATIO, level);
}

/** A term's runs, one per field, as one string; empty runs at the end are left out (most terms are in the body only). */
export function joinRuns(runs: readonly string[]): string {
  let end = runs.length;
  while (end > 0 && runs[end - 1] === '') end--;
  return runs.slice(0, end).join(FIELD_SEPARATOR);
}

/** Cuts the postings (in term order) into shards of about `target` characters. */
export function shardPostings(postings: string[], target = SHARD_TARGET_CHARS): { starts: number[]; shards: string[][] } {
  const starts: number[] = [];
  const shards: string[][] = [];
  let size = Infinity;
  postings.forEach((posting, i) => {
    if (size + posting.length > target && size > 0) {
      starts.push(i);
      shards.push([]);
      size = 0;
    }
    shards[shards.length - 1]!.push(posting);
    size += posting.length;
  });
  if (shards.length === 0) return { starts: [0], shards: [[]] };
  return { starts, shards };
}

/**
 * Encodes lunr.Index#toJSON() output whose refs are the document numbers 0…n-1. The build makes the
 * same postings without lunr (bm25-postings.ts); this stays as the reference it is tested against.
 */
export function compactIndex(json: LunrIndexJson, target = SHARD_TARGET_CHARS): CompactPostings {
  const fields = json.fields;
  const termOfIndex = new Map<number, number>();
  json.invertedIndex.forEach(([, posting], position) => termOfIndex.set(posting._index, position));
  const runs: { doc: number; level: number }[][][] = json.invertedIndex.map(() => fields.map(() => []));
  for (const [fieldRef, vector] of json.fieldVectors) {
    const slash = fieldRef.indexOf('/');
    const field = fields.indexOf(fieldRef.slice(0, slash));
    const doc = Number(fieldRef.slice(slash + 1));
    for (let i = 0; i < vector.length; i += 2) {
      runs[termOfIndex.get(vector[i]!)!]![field]!.push({ doc, level: quantizeWeight(vector[i + 1]!) });
    }
  }
  const postings = runs.map((perField) =>
    joinRuns(
      perField.map((run) => {
        run.sort((a, b) => a.doc - b.doc);
        let previous = 0;
        let out = '';
        for (const { doc, level } of run) {
          out += encodeVarint(doc - previous) + WEIGHT_DIGITS.charAt(level);
          previous = doc;
        }
        return out;
      }),
    ),
  );
  const { starts, shards } = shardPostings(postings, target);
  return { index: { fields, terms: json.invertedIndex.map(([term]) => term), shardStarts: starts }, shards };
}
