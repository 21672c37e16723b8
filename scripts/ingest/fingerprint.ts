// Near-duplicate detection: the same release republished elsewhere with other chrome around it.
// A fingerprint is a bottom-k MinHash sketch of the release's word 3-grams (title and paragraphs,
// not the preamble, whose dateline differs between sites). Two releases are duplicates when their
// estimated Jaccard similarity is at least DUPLICATE_SIMILARITY (0.85: one word changed in a short
// release still counts, a release sharing half its text with another does not; the 64-hash
// estimate varies by about ±0.03); identical texts score exactly 1.
import type { CleanedSource } from './types.ts';

export const SKETCH_SIZE = 64;
export const SHINGLE_WORDS = 3;
export const DUPLICATE_SIMILARITY = 0.85;

/** Sorted ascending, at most SKETCH_SIZE distinct 32-bit hashes. */
export type Fingerprint = number[];

export function fingerprint(source: CleanedSource): Fingerprint {
  const words = [source.title, ...source.paragraphs]
    .join(' ')
    .toLocaleLowerCase('fi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const hashes = new Set<number>();
  const n = Math.min(SHINGLE_WORDS, words.length);
  for (let i = 0; i + n <= words.length; i++) hashes.add(fnv1a(words.slice(i, i + n).join(' ')));
  return [...hashes].sort((a, b) => a - b).slice(0, SKETCH_SIZE);
}

/** Estimated Jaccard similarity of the two texts behind the sketches (both sorted ascending). */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  if (a.length === 0 || b.length === 0) return 0;
  // The bottom-k of the union, walked in one merge; a hash in both sketches counts as shared.
  const k = Math.max(a.length, b.length);
  let i = 0;
  let j = 0;
  let taken = 0;
  let shared = 0;
  while (taken < k && (i < a.length || j < b.length)) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    taken++;
  }
  return shared / taken;
}

export interface FingerprintedRelease {
  file: string;
  id: string;
  fingerprint: Fingerprint;
}

// Candidates come from an inverted index of every canonical's sketch hashes. A posting list stops
// growing at MAX_POSTINGS: a shingle shared by that many releases is template text ("Lisätietoja
// antaa …", a CMS footer) and says nothing about which release this one repeats, while walking it
// for every release made template-heavy archives quadratic (10,000 synthetic releases: ~4 s). A true
// duplicate shares about 85 % of its 64 hashes with its canonical, so it still meets MIN_SHARED
// through the rarer ones. A copy whose sketch is identical to a canonical's (the usual republished
// release) is found through an exact lookup first, however common its shingles are.
const MAX_POSTINGS = 32;
const MIN_SHARED = 8;

/**
 * For releases in the given order, the id each one duplicates (null for a canonical). The canonical
 * is the first in that order (the caller puts releases already published first, so a new source
 * never takes over an existing page). Bounded work per release: at most SKETCH_SIZE × MAX_POSTINGS
 * index steps and a similarity check for each candidate that passed MIN_SHARED.
 */
export function findDuplicates(releases: readonly FingerprintedRelease[]): Map<string, string | null> {
  const result = new Map<string, string | null>();
  // Keyed by the hash cut to 30 bits, a small integer that V8 hashes far faster than a double; a
  // rare clash only adds a candidate, which similarity() then rejects.
  const index = new Map<number, number[]>();
  const identical = new Map<string, number>();
  const shared = new Uint16Array(releases.length);
  releases.forEach((release, position) => {
    const key = release.fingerprint.join(',');
    const twin = release.fingerprint.length > 0 ? identical.get(key) : undefined;
    if (twin !== undefined) {
      result.set(release.file, releases[twin]?.id ?? null);
      return;
    }
    const touched: number[] = [];
    for (const h of release.fingerprint) {
      const postings = index.get(h & 0x3fffffff);
      if (!postings) continue;
      for (const p of postings) {
        if (shared[p] === 0) touched.push(p);
        shared[p] = (shared[p] ?? 0) + 1;
      }
    }
    const needed = Math.min(MIN_SHARED, Math.ceil(release.fingerprint.length * DUPLICATE_SIMILARITY));
    const candidates = touched.filter((p) => (shared[p] ?? 0) >= needed).sort((x, y) => x - y);
    for (const p of touched) shared[p] = 0;
    const match = candidates.find(
      (p) => similarity(releases[p]?.fingerprint ?? [], release.fingerprint) >= DUPLICATE_SIMILARITY,
    );
    const canonical = match === undefined ? undefined : releases[match];
    result.set(release.file, canonical ? canonical.id : null);
    // Only canonicals are indexed, so a duplicate always points at a canonical.
    if (!canonical) {
      identical.set(key, position);
      for (const h of release.fingerprint) {
        const postings = index.get(h & 0x3fffffff);
        if (!postings) index.set(h & 0x3fffffff, [position]);
        else if (postings.length === 0) continue;
        // A full list is emptied for good: walking it would only make the earliest releases
        // candidates for everything.
        else if (postings.length >= MAX_POSTINGS) postings.length = 0;
        else postings.push(position);
      }
    }
  });
  return result;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
