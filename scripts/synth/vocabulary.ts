// A realistic vocabulary for `synth --vocabulary realistic` (issue 11): word forms drawn with a
// Zipf-like frequency from a real Finnish word list, so a synthetic archive has as many distinct
// forms as a real one (~200,000 at 10,000 releases) and the search bench sees a real dictionary.
//
// Source of the words: the Finnish dictionary of CSpell, npm package `@cspell/dict-fi-fi`
// (LGPL-3.0; ~4.1 million entries including inflected forms, built from a Finnish hunspell list),
// read with its own reader `cspell-trie-lib`. Only lowercase words of four letters or more are kept
// (no proper nouns, abbreviations or hyphenated forms): ~2 million forms. Used by the bench only; nothing of
// it is shipped in the site.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';
import { rngFor } from './prng.ts';

/** Zipf exponent: with ~150 drawn words per release it gives ~200,000 distinct forms at 10,000. */
export const ZIPF_EXPONENT = 1.1;

/** Four letters or more: the list's two- and three-letter entries are mostly abbreviations ("kk", "atk"). */
const PLAIN_WORD = /^[a-zåäö]{4,}$/u;

function plainWordsOf(trieFile: string): string[] {
  let text: string;
  try {
    text = gunzipSync(readFileSync(trieFile)).toString('utf8');
  } catch (error) {
    throw new Error(`synth: cannot read the Finnish word list ${trieFile}: ${(error as Error).message}`, { cause: error });
  }
  const words: string[] = [];
  for (const word of iteratorTrieWords(importTrie(text.split('\n')))) {
    if (PLAIN_WORD.test(word)) words.push(word);
  }
  return words;
}

/**
 * Every plain lowercase word of the CSpell Finnish dictionary, in the dictionary's own order.
 * Unpacking the trie takes seconds, so the list is kept as plain text in node_modules/.cache,
 * one file per package version (written whole, then renamed, so a reader never sees half of it).
 */
export function readFinnishWordList(): string[] {
  const require = createRequire(import.meta.url);
  // The package exports only its CSpell settings file; the trie lies beside it.
  const packageDir = dirname(require.resolve('@cspell/dict-fi-fi/cspell-ext.json'));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const cacheDir = join(dirname(dirname(packageDir)), '.cache', 'uudistusarkisto');
  const cache = join(cacheDir, `fi-words-${version}.txt`);
  try {
    return readFileSync(cache, 'utf8').split('\n');
  } catch {
    const words = plainWordsOf(join(packageDir, 'dict/fi-fi.trie.gz'));
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${cache}.${process.pid}.tmp`;
    writeFileSync(partial, words.join('\n'));
    renameSync(partial, cache);
    return words;
  }
}

/** How far a word's rank bucket may lie past its length (see rankWords). */
const RANK_SPREAD = 10;

/**
 * The words in frequency-rank order for a seed: shorter forms tend to rank higher, as in real text
 * (Zipf's law of abbreviation). Each word falls into bucket length + a seeded 0..RANK_SPREAD-1, and
 * each bucket is shuffled, in linear time (a comparison sort of 2 million words took seconds).
 * Example: ['talo', 'auto', 'kunnissa', …] could come out as ['auto', 'kunnissa', 'talo', …].
 */
export function rankWords(words: readonly string[], seed: string): string[] {
  const rng = rngFor(`${seed}:vocabulary`);
  const buckets: string[][] = [];
  for (const word of words) {
    const key = word.length + Math.floor(rng.next() * RANK_SPREAD);
    (buckets[key] ??= []).push(word);
  }
  const ranked: string[] = [];
  for (const bucket of buckets) {
    if (!bucket) continue;
    for (let i = bucket.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [bucket[i], bucket[j]] = [bucket[j] as string, bucket[i] as string];
    }
    for (const word of bucket) ranked.push(word);
  }
  return ranked;
}

/** Draws ranks 0..size-1 with probability ∝ 1/(rank+1)^exponent, from a uniform number in [0, 1). */
export function zipfRanks(size: number, exponent = ZIPF_EXPONENT): (uniform: number) => number {
  if (size < 1) throw new Error('zipfRanks: an empty vocabulary');
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / Math.pow(rank + 1, exponent);
    cumulative[rank] = total;
  }
  return (uniform) => {
    const target = uniform * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) <= target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** A word source for one archive: draw(uniform) → a word; the same uniform gives the same word. */
export interface Vocabulary {
  draw(uniform: number): string;
  /** Where the words came from, for the synth summary. */
  source: string;
  size: number;
}

/**
 * A Zipf-distributed vocabulary over ranked words, skipping words `usable` rejects (a word that
 * would change what ingest reads: a place name, a topic word, a month). A rejected rank yields the
 * next usable word, so the mapping rank → word is fixed by the list and the seed alone.
 */
export function zipfVocabulary(ranked: readonly string[], usable: (word: string) => boolean, source: string): Vocabulary {
  const rankOf = zipfRanks(ranked.length);
  const resolved = new Map<number, string>();
  const wordAt = (rank: number): string => {
    const known = resolved.get(rank);
    if (known !== undefined) return known;
    for (let r = rank; r < rank + ranked.length; r++) {
      const word = ranked[r % ranked.length] as string;
      if (usable(word)) {
        resolved.set(rank, word);
        return word;
      }
    }
    throw new Error('synth: no usable word in the vocabulary');
  };
  return { draw: (uniform) => wordAt(rankOf(uniform)), source, size: ranked.length };
}
