// Which kept index terms a change of the archive's vocabulary can make wrong. The only part of a term
// that depends on other releases is the fallback morphology (heuristic-forms.ts, also behind Voikko
// for words it does not know or keeps whole), which asks of each word of eight letters or more: is a
// substring of it a word of the archive (a head part, or the start of a tail), and is the stem of one
// of its tails the stem of a word of the archive? So a word can be read otherwise only when it asks
// about a word that came or went, or has a tail with a stem that came or went. The mirror of those
// questions is here, kept in step with heuristic-forms.ts by tests/search/term-cache.test.ts. To find
// stems fast: the Finnish stemmer only cuts endings (and turns a final "kse" into "ksi"), so a word
// with a given stem holds all of it but its last letter. Pure.
import { normalizeWord } from './engine.ts';
import { MIN_COMPOUND_LENGTH, MIN_PART_LENGTH } from './heuristic-forms.ts';

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

/** The tail stems that came or went with these changed words (a stem another word still has changes nothing). */
export function changedTailStems(changed: readonly string[], previous: ReadonlySet<string>, current: ReadonlySet<string>): string[] {
  const stems = new Set<string>();
  const checked = new Set<string>();
  for (const word of changed) {
    const stem = tailStem(word);
    if (stem === null || checked.has(stem)) continue;
    checked.add(stem);
    if (hasStem(previous, stem) !== hasStem(current, stem)) stems.add(stem);
  }
  return [...stems];
}

/**
 * Whether the fallback, reading `word` (lower-cased), asks if `part` is a word of the archive: as a
 * head (a start at least MIN_PART_LENGTH short of the end) or as the start of a tail (from
 * MIN_PART_LENGTH on, ending before the word does).
 */
export function asksAbout(word: string, part: string): boolean {
  const length = word.length;
  if (length < MIN_COMPOUND_LENGTH) return false;
  for (let at = word.indexOf(part); at !== -1; at = word.indexOf(part, at + 1)) {
    if (at === 0 ? part.length <= length - MIN_PART_LENGTH : at >= MIN_PART_LENGTH && at <= length - MIN_PART_LENGTH && at + part.length < length) return true;
  }
  return false;
}

/** Whether one of the tails the fallback stems in `word` (lower-cased) has the stem `stem`. */
export function hasTailWithStem(word: string, stem: string): boolean {
  const length = word.length;
  // Cheap first: the tail holds all of the stem but its last letter.
  if (length < MIN_COMPOUND_LENGTH || word.indexOf(stem.slice(0, -1), MIN_PART_LENGTH) === -1) return false;
  for (let at = MIN_PART_LENGTH; at <= length - MIN_PART_LENGTH; at++) if (normalizeWord(word.slice(at)) === stem) return true;
  return false;
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
  const stems = changedTailStems(changed, before, current);
  const stale = Uint8Array.from(words, (word) => (changed.some((part) => asksAbout(word, part)) || stems.some((stem) => hasTailWithStem(word, stem)) ? 1 : 0));
  return (entryWords) => {
    for (let n = 0; n < entryWords.length; n++) if (stale[entryWords[n]!]) return true;
    return false;
  };
}
