// Which kept index terms a change of the archive's vocabulary can make wrong. The only part of a term
// that depends on other releases is the fallback morphology (heuristic-forms.ts, also behind Voikko
// for words it does not know or keeps whole), which asks of each word: is a substring of it a word of
// the archive (a head part, or the start of a tail), and is the stem of one of its tails the stem of a
// word of the archive? So a word can be read otherwise only when it contains a word that came or went,
// or the start of such a word's stem: the Finnish stemmer only cuts endings (and turns a final "kse"
// into "ksi"), so a tail with that stem starts with all of it but its last letter. Pure.
import { normalizeWord } from './engine.ts';
import { MIN_PART_LENGTH } from './heuristic-forms.ts';

/** Above this many changed words, checking is not worth it: every release is expanded again. */
export const MAX_CHANGED_WORDS = 2_000;

/** The words in one vocabulary and not the other, long enough to be a compound part. */
export function changedWords(before: ReadonlySet<string>, current: ReadonlySet<string>): string[] {
  const changed: string[] = [];
  for (const word of before) if (!current.has(word) && word.length >= MIN_PART_LENGTH) changed.push(word);
  for (const word of current) if (!before.has(word) && word.length >= MIN_PART_LENGTH) changed.push(word);
  return changed;
}

/** A stem of a tail the fallback knows: the stem of a word of the vocabulary, long enough. */
function tailStem(word: string): string | null {
  if (word.length < MIN_PART_LENGTH) return null;
  const stem = normalizeWord(word);
  return stem !== null && stem.length >= MIN_PART_LENGTH ? stem : null;
}

/** Whether some word of `vocabulary` has the stem `stem` (only words holding all of it but its last letter can). */
function hasStem(vocabulary: Iterable<string>, stem: string): boolean {
  const start = stem.slice(0, -1);
  for (const word of vocabulary) if (word.includes(start) && tailStem(word) === stem) return true;
  return false;
}

/**
 * Strings whose presence in a word means its terms may have changed with these changed words: each
 * changed word, and the start of its stem where that stem came or went as a tail stem (a stem another
 * word of both vocabularies still has changes nothing).
 */
export function staleProbes(changed: readonly string[], previous: ReadonlySet<string>, current: ReadonlySet<string>): string[] {
  const probes = new Set<string>(changed);
  const checked = new Set<string>();
  for (const word of changed) {
    const stem = tailStem(word);
    if (stem === null || checked.has(stem)) continue;
    checked.add(stem);
    if (hasStem(previous, stem) !== hasStem(current, stem)) probes.add(stem.slice(0, -1));
  }
  return [...probes];
}

/**
 * A test of a kept entry's words (numbers into `words`, as term-cache.ts stores them): true when its
 * terms may differ under the current vocabulary and must be expanded again.
 */
export function staleTest(previous: readonly string[], current: ReadonlySet<string>, words: readonly string[]): (entryWords: ArrayLike<number>) => boolean {
  const before = new Set(previous);
  const changed = changedWords(before, current);
  if (changed.length === 0) return () => false;
  if (changed.length > MAX_CHANGED_WORDS) return () => true;
  const probes = staleProbes(changed, before, current);
  const stale = Uint8Array.from(words, (word) => (probes.some((probe) => word.includes(probe)) ? 1 : 0));
  return (entryWords) => {
    for (let n = 0; n < entryWords.length; n++) if (stale[entryWords[n]!]) return true;
    return false;
  };
}
