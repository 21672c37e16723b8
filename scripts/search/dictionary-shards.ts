// The term dictionary cut into shards the page loads on demand. Keys, in lunr's term order, are every
// indexed term plus every diacritic-folded form of a term ("valiaikain" for "väliaikain"). An entry
// says whether the key is a term (then its postings are the next in postings order), the base-form
// terms of an inflected term (so "pilotin" typed finds "pilotti" text) and the terms a folded key
// stands for. The head file carries only each shard's first key and term count, so opening the page
// does no work per term; a query loads the shards its words, prefixes and typo candidates fall in.
import { loadEngineBundle } from './client-bundle.ts';

/** [key, isTerm, base-form terms or 0, terms this folded key stands for]; trailing empties dropped. */
export type DictionaryEntry = [string, 0 | 1] | [string, 0 | 1, string[] | 0] | [string, 0 | 1, string[] | 0, string[]];

export interface DictionaryShards {
  /** Per shard: its first key and the number of terms in the shards before it. */
  heads: [string, number][];
  shards: DictionaryEntry[][];
}

/** Characters of keys per shard: small, since a query's words usually fall in different shards. */
export const KEY_SHARD_TARGET_CHARS = 12_000;

const words = loadEngineBundle().words as { fold(text: string): string; hasFoldable(text: string): boolean };

function lunrOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * terms: every indexed term in lunr's (sorted) order; inflections: inflected term → base terms.
 */
export function buildDictionaryShards(
  terms: readonly string[],
  inflections: ReadonlyMap<string, ReadonlySet<string>>,
  target = KEY_SHARD_TARGET_CHARS,
): DictionaryShards {
  const isTerm = new Set(terms);
  const folds = new Map<string, string[]>();
  for (const term of terms) {
    if (!words.hasFoldable(term)) continue;
    const key = words.fold(term);
    let list = folds.get(key);
    if (!list) folds.set(key, (list = []));
    list.push(term);
  }
  const keys = [...new Set([...terms, ...folds.keys()])].sort(lunrOrder);
  const heads: [string, number][] = [];
  const shards: DictionaryEntry[][] = [];
  let size = Infinity;
  let termsBefore = 0;
  for (const key of keys) {
    if (size > target) {
      heads.push([key, termsBefore]);
      shards.push([]);
      size = 0;
    }
    const bases = inflections.get(key);
    const foldTerms = folds.get(key);
    const entry: DictionaryEntry = foldTerms
      ? [key, isTerm.has(key) ? 1 : 0, bases ? [...bases].sort() : 0, foldTerms]
      : bases
        ? [key, isTerm.has(key) ? 1 : 0, [...bases].sort()]
        : [key, isTerm.has(key) ? 1 : 0];
    shards[shards.length - 1]!.push(entry);
    size += key.length + 6 + (bases ? [...bases].join('').length : 0) + (foldTerms ? foldTerms.join('').length : 0);
    if (isTerm.has(key)) termsBefore++;
  }
  if (shards.length === 0) return { heads: [['', 0]], shards: [[]] };
  heads[0]![0] = '';
  return { heads, shards };
}
