// The postings shards as the page loads them: each also carries the dictionary entries of its key range
// (the keys from its first term up to the next shard's), so that a word's own shard answers both
// whether the word is in the archive (with its base forms and folded readings) and its postings in one
// load; a query of known words needs one round of index loads instead of two (dictionary, then
// postings). The dictionary shards stay for what scans a range of keys (a prefix's completions, typo
// neighbours, diacritic-folded prefixes), where loading every posting of the range would cost far more.
import type { DictionaryEntry } from './dictionary-shards.ts';

/** One postings shard as shipped: the dictionary entries of its key range, and its terms' postings in term order. */
export type TermShard = [entries: DictionaryEntry[], postings: string[]];

export interface TermShards {
  /** Per shard, its first key ('' for the first): the page finds a key's shard by these. */
  firstKeys: string[];
  shards: TermShard[];
}

/**
 * Cuts the dictionary (all keys in lunr's order, as the dictionary shards hold them) at the postings
 * shards' first terms. A key that is no term (a folded form) goes with the terms before it. Example:
 * keys [a, b*, c] (b* folded only) and shard starts [0, 2] over terms [a, c] → [[a, b*], [c]].
 */
export function buildTermShards(
  keyShards: readonly (readonly DictionaryEntry[])[],
  shardStarts: readonly number[],
  postings: readonly (readonly string[])[],
): TermShards {
  const shards: TermShard[] = postings.map((list) => [[], [...list]]);
  const firstKeys = shards.map(() => '');
  let shard = 0;
  let termNumber = 0;
  for (const entry of keyShards.flat()) {
    if (entry[1] === 1) {
      while (shard + 1 < shardStarts.length && termNumber >= shardStarts[shard + 1]!) {
        shard++;
        firstKeys[shard] = entry[0];
      }
      termNumber++;
    }
    shards[shard]![0].push(entry);
  }
  const postingsCount = postings.reduce((sum, list) => sum + list.length, 0);
  if (termNumber !== postingsCount) throw new Error(`${termNumber} terms in the dictionary but ${postingsCount} postings`);
  return { firstKeys, shards };
}
