// Index terms kept across site builds, so that a rebuild after one edit expands one release, not
// 10,000 (the Voikko and compound work of release-terms.ts). An entry is found by a digest of what the
// release's terms are made from (title, text, lead, language, tags); the whole cache is valid only
// under the same key (the site's code digest, which covers scripts/search, and the morphology stamp).
// A term also depends on the archive's vocabulary (the fallback splits compounds by the archive's own
// words): the cache records the vocabulary it was made with, and an entry whose words could be read
// otherwise under the new one (stale-terms.ts) is expanded again. Kept beside the out folder, never
// in it (".dist-search-cache.bin" for dist/), written atomically; missing, unreadable or of another
// format or key, it is ignored. Stored with node:v8's serializer, terms and words as numbers into
// tables: a JSON file of the strings was ~60 MB at 10,000 releases and took seconds to parse.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PositionedTerms } from './index-terms.ts';
import { leadOf, tagText, type ReleaseTerms } from './release-terms.ts';
import type { SearchableRelease } from './searchable-release.ts';

const FORMAT = 2;

/**
 * One release's terms as stored: counts [title, body, tags, lead, links, words], then the term
 * numbers of title, body, tags and lead, the position steps (from the previous position) of title,
 * body and lead, the term numbers of the links' pairs, and the word numbers.
 */
export type StoredTerms = Int32Array;

const COUNTS = 6;

export interface TermCache {
  /** The archive's vocabulary (distinct lower-cased words of titles and texts) the entries were made with. */
  vocabulary: string[];
  /** Terms by number; only grows while the cache is kept (a term no entry uses any more stays). */
  terms: string[];
  /** Words given to the morphology, by number; grows the same way. */
  words: string[];
  /** Release digest (termsKey) → its terms. */
  entries: Map<string, StoredTerms>;
}

export function emptyTermCache(vocabulary: string[]): TermCache {
  return { vocabulary, terms: [], words: [], entries: new Map() };
}

/** Where the cache of builds into `outDir` is kept: "/x/.dist-search-cache.bin" for "/x/dist". */
export function termCachePath(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}-search-cache.bin`);
}

/** Digest of everything release-terms.ts reads from a release. */
export function termsKey(release: SearchableRelease): string {
  const made = [release.lang ?? 'fi', release.title, release.text, leadOf(release), tagText(release)];
  return createHash('sha1').update(JSON.stringify(made)).digest('base64url');
}

/** The cache made under `key`, or null: missing, unreadable, damaged, another format or key. */
export async function readTermCache(file: string, key: string): Promise<TermCache | null> {
  try {
    return parseTermCache(await readFile(file), key);
  } catch {
    return null;
  }
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((w) => typeof w === 'string');

/** Whether every count and number of an entry fits the tables (a damaged file must not index garbage). */
function fits(stored: unknown, terms: number, words: number): stored is StoredTerms {
  if (!(stored instanceof Int32Array) || stored.length < COUNTS) return false;
  const [title, body, tags, lead, links, wordCount] = stored as unknown as number[];
  const termCount = title! + body! + tags! + lead!;
  if ([title, body, tags, lead, links, wordCount].some((n) => n! < 0)) return false;
  if (stored.length !== COUNTS + termCount + title! + body! + lead! + 2 * links! + wordCount!) return false;
  const stepsAt = COUNTS + termCount;
  const linksAt = stepsAt + title! + body! + lead!;
  const wordsAt = linksAt + 2 * links!;
  for (let n = COUNTS; n < stored.length; n++) {
    if (n === stepsAt) n = linksAt;
    if (n >= stored.length) break;
    const value = stored[n]!;
    if (value < 0 || value >= (n >= wordsAt ? words : terms)) return false;
  }
  return true;
}

export function parseTermCache(bytes: Uint8Array, key: string): TermCache | null {
  try {
    const value = deserialize(bytes) as { format?: unknown; key?: unknown; vocabulary?: unknown; terms?: unknown; words?: unknown; entries?: unknown };
    if (value.format !== FORMAT || value.key !== key) return null;
    if (!isStrings(value.vocabulary) || !isStrings(value.terms) || !isStrings(value.words) || !(value.entries instanceof Map)) return null;
    const { terms, words } = value;
    for (const [digest, stored] of value.entries) if (typeof digest !== 'string' || !fits(stored, terms.length, words.length)) return null;
    return { vocabulary: value.vocabulary, terms, words, entries: value.entries as Map<string, StoredTerms> };
  } catch {
    return null;
  }
}

export function termCacheBytes(key: string, cache: TermCache): Uint8Array {
  return serialize({ format: FORMAT, key, vocabulary: cache.vocabulary, terms: cache.terms, words: cache.words, entries: cache.entries });
}

/** Numbers strings into a table that only grows: the numbers of kept entries stay valid. */
export function tableIndex(table: string[]): (value: string) => number {
  const index = new Map<string, number>();
  table.forEach((value, n) => index.set(value, n));
  return (value) => {
    let n = index.get(value);
    if (n === undefined) {
      n = table.length;
      table.push(value);
      index.set(value, n);
    }
    return n;
  };
}

/** The stored form of a release's terms, numbered by `termNumber` and `wordNumber` (tableIndex). */
export function storeTerms(terms: ReleaseTerms, termNumber: (term: string) => number, wordNumber: (word: string) => number): StoredTerms {
  const fields = [terms.title, terms.body, terms.lead];
  const counts = [terms.title.terms.length, terms.body.terms.length, terms.tags.length, terms.lead.terms.length, terms.links.length, terms.words.length];
  const termCount = counts[0]! + counts[1]! + counts[2]! + counts[3]!;
  const out = new Int32Array(COUNTS + termCount + counts[0]! + counts[1]! + counts[3]! + 2 * counts[4]! + counts[5]!);
  out.set(counts);
  let at = COUNTS;
  for (const list of [terms.title.terms, terms.body.terms, terms.tags, terms.lead.terms]) for (const term of list) out[at++] = termNumber(term);
  for (const field of fields) field.positions.forEach((p, n) => (out[at++] = p - (n === 0 ? 0 : field.positions[n - 1]!)));
  for (const [own, base] of terms.links) {
    out[at++] = termNumber(own);
    out[at++] = termNumber(base);
  }
  for (const word of terms.words) out[at++] = wordNumber(word);
  return out;
}

/** The word numbers of a stored entry (for the vocabulary check). */
export function storedWords(stored: StoredTerms): Int32Array {
  return stored.subarray(stored.length - stored[5]!);
}

export function loadTerms(stored: StoredTerms, cache: Pick<TermCache, 'terms' | 'words'>): ReleaseTerms {
  const [title, body, tags, lead, links, words] = stored as unknown as [number, number, number, number, number, number];
  let at = COUNTS;
  const termsOf = (count: number): string[] => {
    const out = new Array<string>(count);
    for (let n = 0; n < count; n++) out[n] = cache.terms[stored[at++]!]!;
    return out;
  };
  const positionsOf = (count: number): number[] => {
    const out = new Array<number>(count);
    let position = 0;
    for (let n = 0; n < count; n++) out[n] = position += stored[at++]!;
    return out;
  };
  const titleTerms = termsOf(title);
  const bodyTerms = termsOf(body);
  const tagTerms = termsOf(tags);
  const leadTerms = termsOf(lead);
  const field = (list: string[], count: number): PositionedTerms => ({ terms: list, positions: positionsOf(count) });
  const titleField = field(titleTerms, title);
  const bodyField = field(bodyTerms, body);
  const leadField = field(leadTerms, lead);
  const pairs: [string, string][] = [];
  for (let n = 0; n < links; n++) {
    pairs.push([cache.terms[stored[at]!]!, cache.terms[stored[at + 1]!]!]);
    at += 2;
  }
  const wordList: string[] = [];
  for (let n = 0; n < words; n++) wordList.push(cache.words[stored[at++]!]!);
  return { title: titleField, body: bodyField, tags: tagTerms, lead: leadField, links: pairs, words: wordList };
}
