// Turns text into index terms: each word's own stem plus the stems of its base forms and compound
// parts, all through the same normalisation the browser applies to a query word. Hyphen groups are
// also indexed joined ("sote-uudistuksen" → "soteuudistuksen", "soteuudistus"), and the words that
// elliptical coordination implies are indexed as if written out. Swedish releases get Swedish stems
// besides the Finnish ones.
import { ellipticalWords } from './elliptical.ts';
import { normalizeSwedish, normalizeWord, tokens } from './engine.ts';
import type { Morphology } from './word-forms.ts';

export type Language = 'fi' | 'sv';

export interface TermExpander {
  /** Index terms for a text, one group per word occurrence (duplicates count as term frequency). */
  termsOf(text: string, lang?: Language): string[];
  /** Inflected-form term → base-form terms, for query words typed in an inflected form. */
  inflections(): Map<string, Set<string>>;
}

const MIN_PART_TERM_LENGTH = 3;
const MIN_CUT_PART_TERM_LENGTH = 4;

/**
 * A compound part's term is indexed when it is long enough; a short one only as written: the stemmer
 * cuts "lapsi" (in "lapsiperheiden") to "lap", which is also what it makes of "Lappi".
 */
function partTermKept(part: string, term: string): boolean {
  return term.length >= (term.length < part.length ? MIN_CUT_PART_TERM_LENGTH : MIN_PART_TERM_LENGTH);
}

export function createTermExpander(morphology: Morphology): TermExpander {
  const byWord = new Map<string, string[]>();
  const inflections = new Map<string, Set<string>>();

  function link(own: string, base: string): void {
    if (own === base) return;
    let targets = inflections.get(own);
    if (!targets) inflections.set(own, (targets = new Set()));
    targets.add(base);
  }

  /** Terms of one word; keepStopWord for parts of hyphen groups ("TE" in "TE-toimisto"). */
  function termsOfWord(word: string, lang: Language, keepStopWord: boolean): string[] {
    const cacheKey = `${lang}${keepStopWord ? '+' : ' '}${word}`;
    let terms = byWord.get(cacheKey);
    if (terms !== undefined) return terms;
    const own = normalizeWord(word, keepStopWord);
    const set = new Set<string>();
    // A stop word stays out entirely, with its forms ("ne" is not "neuvonta").
    if (own !== null) {
      set.add(own);
      const forms = morphology(word);
      for (const base of forms.bases) {
        const term = normalizeWord(base, keepStopWord);
        if (term === null) continue;
        set.add(term);
        link(own, term);
      }
      for (const part of forms.parts) {
        const term = normalizeWord(part);
        if (term !== null && partTermKept(part, term)) set.add(term);
      }
    }
    if (lang === 'sv') {
      const swedish = normalizeSwedish(word, keepStopWord);
      if (swedish !== null) set.add(swedish);
    }
    terms = [...set];
    byWord.set(cacheKey, terms);
    return terms;
  }

  /** A hyphen group written as one word, with the base forms its last part gives it. */
  function termsOfJoined(parts: string[], lang: Language): string[] {
    const joined = parts.join('');
    const head = parts.slice(0, -1).join('').toLowerCase();
    const own = normalizeWord(joined, true);
    if (own === null) return [];
    const set = new Set<string>([own]);
    for (const base of morphology(parts[parts.length - 1]!).bases) {
      const term = normalizeWord(head + base, true);
      if (term === null) continue;
      set.add(term);
      link(own, term);
    }
    if (lang === 'sv') {
      const swedish = normalizeSwedish(joined, true);
      if (swedish !== null) set.add(swedish);
    }
    return [...set];
  }

  function lastPart(word: string): string | null {
    return morphology(word).tail ?? null;
  }

  function termsOfText(text: string, lang: Language, out: string[]): void {
    for (const token of tokens(text)) {
      if (token.words.length === 1) {
        for (const term of termsOfWord(token.words[0]!, lang, false)) out.push(term);
        continue;
      }
      for (const part of token.words) for (const term of termsOfWord(part, lang, true)) out.push(term);
      for (const term of termsOfJoined(token.words, lang)) out.push(term);
    }
  }

  return {
    termsOf(text: string, lang: Language = 'fi'): string[] {
      const out: string[] = [];
      termsOfText(text, lang, out);
      for (const word of ellipticalWords(text, lastPart)) termsOfText(word, lang, out);
      return out;
    },
    inflections: () => inflections,
  };
}
