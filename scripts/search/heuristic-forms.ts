// The fallback morphology where Voikko is not installed: a few Finnish suffix rules for base forms and
// a corpus-driven compound splitter (a word ends in, or starts with, another word of the archive).
// Weaker than Voikko; bench:search reports the recall of both. The suffix rules live in the engine,
// which also applies them to query words in the browser.
import { guessBaseForms, normalizeWord } from './engine.ts';
import type { Morphology, WordForms } from './word-forms.ts';

/** The shortest word the fallback tries to split (also for stale-terms.ts). */
export const MIN_COMPOUND_LENGTH = 8;
/** The shortest word of the vocabulary that counts as a compound part (also for stale-terms.ts). */
export const MIN_PART_LENGTH = 4;

/** Builds the fallback morphology from the archive's own vocabulary (lower-cased words). */
export function createHeuristicMorphology(vocabulary: Iterable<string>): Morphology {
  const heads = new Set<string>();
  for (const word of vocabulary) if (word.length >= MIN_PART_LENGTH) heads.add(word);
  const tailTerms = new Set<string>();
  for (const word of heads) {
    const term = normalizeWord(word);
    if (term !== null && term.length >= MIN_PART_LENGTH) tailTerms.add(term);
  }
  // Tails repeat across words ("…palvelut", "…uudistuksen"): stem each once.
  const stems = new Map<string, string | null>();
  const stemOf = (tail: string): string | null => {
    let stem = stems.get(tail);
    if (stem === undefined) stems.set(tail, (stem = normalizeWord(tail)));
    return stem;
  };
  const startsWithWord = (rest: string): boolean => {
    for (let end = MIN_PART_LENGTH; end < rest.length; end++) if (heads.has(rest.slice(0, end))) return true;
    return false;
  };
  return (word: string): WordForms => {
    const lower = word.toLowerCase();
    const bases = guessBaseForms(lower);
    const parts = new Set<string>();
    let tail: string | undefined;
    const tails: string[] = [];
    if (lower.length >= MIN_COMPOUND_LENGTH) {
      for (let at = MIN_PART_LENGTH; at <= lower.length - MIN_PART_LENGTH; at++) {
        const head = lower.slice(0, at);
        const rest = lower.slice(at);
        if (heads.has(head)) parts.add(head);
        const tailTerm = stemOf(rest);
        if (tailTerm !== null && tailTerms.has(tailTerm)) {
          parts.add(rest);
          // The longest known tail is the last compound part ("vårdreformen" → "reformen").
          tail ??= word.slice(at);
          tails.push(word.slice(at));
          for (const base of guessBaseForms(rest)) parts.add(base);
        } else if (startsWithWord(rest)) {
          // A tail that begins with a word of the archive, for elliptical lists: "hälso|vårdsdirektör".
          tails.push(word.slice(at));
        }
      }
    }
    const forms: WordForms = { bases, parts: [...parts] };
    if (tail !== undefined) {
      forms.tail = tail;
      forms.tails = tails;
    }
    return forms;
  };
}
