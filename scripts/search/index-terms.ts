// Turns text into index terms: each word's own stem plus the stems of its base forms and compound
// parts, all through the same normalisation the browser applies to a query word.
import { normalizeWord, splitWords } from './engine.ts';
import type { Morphology } from './word-forms.ts';

export interface TermExpander {
  /** Index terms for a text, one group per word occurrence (duplicates count as term frequency). */
  termsOf(text: string): string[];
  /** Inflected-form term → base-form terms, for query words typed in an inflected form. */
  inflections(): Record<string, string[]>;
}

export function createTermExpander(morphology: Morphology): TermExpander {
  const byWord = new Map<string, string[]>();
  const inflections = new Map<string, Set<string>>();

  function termsOfWord(word: string): string[] {
    let terms = byWord.get(word);
    if (terms !== undefined) return terms;
    const own = normalizeWord(word);
    const set = new Set<string>();
    // A stop word stays out entirely, with its forms ("ne" is not "neuvonta").
    if (own !== null) {
      set.add(own);
      const forms = morphology(word);
      for (const base of forms.bases) {
        const term = normalizeWord(base);
        if (term === null) continue;
        set.add(term);
        if (term !== own) {
          let targets = inflections.get(own);
          if (!targets) inflections.set(own, (targets = new Set()));
          targets.add(term);
        }
      }
      for (const part of forms.parts) {
        const term = normalizeWord(part);
        if (term !== null && term.length >= 3) set.add(term);
      }
    }
    terms = [...set];
    byWord.set(word, terms);
    return terms;
  }

  return {
    termsOf(text: string): string[] {
      const out: string[] = [];
      for (const word of splitWords(text)) for (const term of termsOfWord(word)) out.push(term);
      return out;
    },
    inflections(): Record<string, string[]> {
      const out: Record<string, string[]> = {};
      for (const [from, to] of [...inflections].sort(([a], [b]) => (a < b ? -1 : 1))) out[from] = [...to].sort();
      return out;
    },
  };
}
