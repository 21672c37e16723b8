// The shipped index is a Lunr 2 index cut into parts: this puts the parts back together as the JSON
// that lunr.Index.load reads (inverted index and field vectors, weights as the page decodes them),
// so lunr itself can check what the page's engine does with them.
import { loadEngineBundle } from './client-bundle.ts';
import type { DictionaryEntry } from './dictionary-shards.ts';
import type { SearchPayload } from './payload.ts';

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

/** Every term (in term order) with its postings string, from the dictionary and postings shards. */
export function mergedTerms(
  payload: SearchPayload,
  keyShards: readonly DictionaryEntry[][],
  postingsShards: readonly string[][],
): [string, string][] {
  const terms = keyShards.flat().filter((entry) => entry[1] === 1).map((entry) => entry[0]);
  const postings = postingsShards.flat();
  if (terms.length !== postings.length) throw new Error(`${terms.length} terms but ${postings.length} postings`);
  if (payload.postingsStarts.some((start, k) => start !== postingsShards.slice(0, k).flat().length)) {
    throw new Error('postings shard starts do not match the shards');
  }
  return terms.map((term, i) => [term, postings[i]!]);
}

export function toLunrJson(
  payload: SearchPayload,
  keyShards: readonly DictionaryEntry[][],
  postingsShards: readonly string[][],
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
