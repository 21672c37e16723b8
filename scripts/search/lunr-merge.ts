// The shipped index is a Lunr 2 index cut into parts: this puts the parts back together as the JSON
// that lunr.Index.load reads (inverted index and field vectors, weights as the page decodes them),
// so lunr itself can check what the page's engine does with them.
import { loadEngineBundle } from './client-bundle.ts';
import type { DictionaryEntry } from './dictionary-shards.ts';
import type { SearchPayload } from './payload.ts';
import type { TermShard } from './term-shards.ts';

interface DecodedRun {
  docs: Int32Array;
  weights: Float64Array;
}

const postingsCodec = loadEngineBundle().postings as { decodeTerm(postings: string, fieldCount: number): DecodedRun[] };

export interface LunrIndexJson {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, number | Record<string, object>>][];
  pipeline: string[];
}

/**
 * Every term (in term order) with its postings string, from the dictionary and postings shards; the
 * dictionary entries the postings shards carry must be the dictionary shards' own, cut where the head says.
 */
export function mergedTerms(
  payload: SearchPayload,
  keyShards: readonly DictionaryEntry[][],
  postingsShards: readonly TermShard[],
): [string, string][] {
  const entries = keyShards.flat();
  const terms = entries.filter((entry) => entry[1] === 1).map((entry) => entry[0]);
  const postings = postingsShards.flatMap((shard) => shard[1]);
  if (terms.length !== postings.length) throw new Error(`${terms.length} terms but ${postings.length} postings`);
  if (payload.postingsStarts.some((start, k) => start !== postingsShards.slice(0, k).flatMap((shard) => shard[1]).length)) {
    throw new Error('postings shard starts do not match the shards');
  }
  if (JSON.stringify(postingsShards.flatMap((shard) => shard[0])) !== JSON.stringify(entries)) {
    throw new Error('the postings shards carry other dictionary entries than the dictionary shards');
  }
  if (payload.postingsKeys.some((key, k) => k > 0 && postingsShards[k]![0][0]?.[0] !== key)) {
    throw new Error("a postings shard's first key in the head is not its first entry");
  }
  return terms.map((term, i) => [term, postings[i]!]);
}

export function toLunrJson(
  payload: SearchPayload,
  keyShards: readonly DictionaryEntry[][],
  postingsShards: readonly TermShard[],
  lunrVersion: string,
): LunrIndexJson {
  const fields = payload.fields;
  const vectors = new Map<string, number[]>();
  const invertedIndex = mergedTerms(payload, keyShards, postingsShards).map(([term, postings], termIndex) => {
    const posting: Record<string, number | Record<string, object>> = { _index: termIndex };
    postingsCodec.decodeTerm(postings, fields.length).forEach((run, f) => {
      const byDoc: Record<string, object> = {};
      run.docs.forEach((doc, i) => {
        byDoc[String(doc)] = {};
        const key = `${fields[f]}/${doc}`;
        let vector = vectors.get(key);
        if (!vector) vectors.set(key, (vector = []));
        vector.push(termIndex, run.weights[i]!);
      });
      posting[fields[f]!] = byDoc;
    });
    return [term, posting] as [string, Record<string, number | Record<string, object>>];
  });
  return { version: lunrVersion, fields, fieldVectors: [...vectors], invertedIndex, pipeline: [] };
}
