// Turns text into index terms: each word's own stem plus the stems of its base forms and compound
// parts, all through the same normalisation the browser applies to a query word. Hyphen groups are
// also indexed joined ("sote-uudistuksen" → "soteuudistuksen", "soteuudistus"), and the words that
// elliptical coordination implies are indexed as if written out. Swedish releases get Swedish stems
// besides the Finnish ones. Every term carries the position of its word (words counted as they stand,
// stop words included; a hyphen group's parts one after another, the joined form at its last part),
// so the browser can tell a phrase from words apart.
import { ellipticalWords } from './elliptical.ts';
import { normalizeSwedish, normalizeWord, tokens } from './engine.ts';
import type { Morphology, WordForms } from './word-forms.ts';

export type Language = 'fi' | 'sv';

export interface PositionedTerms {
  /** Index terms, one group per word occurrence (duplicates count as term frequency). */
  terms: string[];
  /** The word position of each term, in the same order. */
  positions: number[];
}

export interface TermExpander {
  /** Index terms for a text, one group per word occurrence (duplicates count as term frequency). */
  termsOf(text: string, lang?: Language): string[];
  /** The same with each term's word position. */
  positionedTermsOf(text: string, lang?: Language): PositionedTerms;
  /** Inflected-form term → base-form terms, for query words typed in an inflected form. */
  inflections(): Map<string, Set<string>>;
  /**
   * Runs `expand` and reports what its terms came from: every inflection link they imply (also those
   * of words expanded before) and every word the morphology was asked about, lower-cased. What a
   * release contributes, to be kept and replayed without expanding it again (term-cache.ts).
   */
  traced<T>(expand: () => T): { value: T; trace: ExpansionTrace };
}

export interface ExpansionTrace {
  /** [inflected term, base term], in the order they were first met. */
  links: [string, string][];
  /** Lower-cased words given to the morphology, the only input of a term that depends on the archive. */
  words: Set<string>;
}

const MIN_PART_TERM_LENGTH = 3;
const MIN_CUT_PART_TERM_LENGTH = 4;
// Elliptical words are written out after the text, this far apart: they never make a phrase.
const ELLIPTICAL_POSITION_GAP = 2;

/**
 * A compound part's term is indexed when it is long enough; a short one only as written: the stemmer
 * cuts "lapsi" (in "lapsiperheiden") to "lap", which is also what it makes of "Lappi".
 */
function partTermKept(part: string, term: string): boolean {
  return term.length >= (term.length < part.length ? MIN_CUT_PART_TERM_LENGTH : MIN_PART_TERM_LENGTH);
}

export function createTermExpander(morphology: Morphology): TermExpander {
  const byWord = new Map<string, { terms: string[]; links: [string, string][] }>();
  const inflections = new Map<string, Set<string>>();
  let trace: ExpansionTrace | null = null;
  let seenLinks: Set<string> | null = null;

  function traceLink(own: string, base: string): void {
    if (!trace) return;
    const key = `${own}\0${base}`;
    if (seenLinks!.has(key)) return;
    seenLinks!.add(key);
    trace.links.push([own, base]);
  }

  function link(own: string, base: string, made?: [string, string][]): void {
    if (own === base) return;
    let targets = inflections.get(own);
    if (!targets) inflections.set(own, (targets = new Set()));
    targets.add(base);
    made?.push([own, base]);
    traceLink(own, base);
  }

  function analysed(word: string): WordForms {
    trace?.words.add(word.toLowerCase());
    return morphology(word);
  }

  /** Terms of one word; keepStopWord for parts of hyphen groups ("TE" in "TE-toimisto"). */
  function termsOfWord(word: string, lang: Language, keepStopWord: boolean): string[] {
    const cacheKey = `${lang}${keepStopWord ? '+' : ' '}${word}`;
    const known = byWord.get(cacheKey);
    if (known !== undefined) {
      if (trace) {
        // What the first expansion of the word did, again for this trace.
        trace.words.add(word.toLowerCase());
        for (const [own, base] of known.links) traceLink(own, base);
      }
      return known.terms;
    }
    const own = normalizeWord(word, keepStopWord);
    const set = new Set<string>();
    const links: [string, string][] = [];
    // A stop word stays out entirely, with its forms ("ne" is not "neuvonta").
    if (own !== null) {
      set.add(own);
      const forms = analysed(word);
      for (const base of forms.bases) {
        const term = normalizeWord(base, keepStopWord);
        if (term === null) continue;
        set.add(term);
        link(own, term, links);
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
    const terms = [...set];
    byWord.set(cacheKey, { terms, links });
    return terms;
  }

  /** A hyphen group written as one word, with the base forms its last part gives it. */
  function termsOfJoined(parts: string[], lang: Language): string[] {
    const joined = parts.join('');
    const head = parts.slice(0, -1).join('').toLowerCase();
    const own = normalizeWord(joined, true);
    if (own === null) return [];
    const set = new Set<string>([own]);
    for (const base of analysed(parts[parts.length - 1]!).bases) {
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

  function tailsOf(word: string): string[] {
    const forms = analysed(word);
    return forms.tails ?? (forms.tail ? [forms.tail] : []);
  }

  /** Appends the terms of `text` to `out`, words numbered from `at`; returns the next free position. */
  function termsOfText(text: string, lang: Language, out: PositionedTerms, at: number): number {
    let position = at;
    const push = (terms: string[], p: number): void => {
      for (const term of terms) {
        out.terms.push(term);
        out.positions.push(p);
      }
    };
    for (const token of tokens(text)) {
      if (token.words.length === 1) {
        push(termsOfWord(token.words[0]!, lang, false), position++);
        continue;
      }
      for (const part of token.words) push(termsOfWord(part, lang, true), position++);
      push(termsOfJoined(token.words, lang), position - 1);
    }
    return position;
  }

  function positionedTermsOf(text: string, lang: Language = 'fi'): PositionedTerms {
    const out: PositionedTerms = { terms: [], positions: [] };
    let position = termsOfText(text, lang, out, 0);
    for (const word of ellipticalWords(text, tailsOf)) {
      position = termsOfText(word, lang, out, position + ELLIPTICAL_POSITION_GAP);
    }
    return out;
  }

  return {
    termsOf: (text: string, lang: Language = 'fi') => positionedTermsOf(text, lang).terms,
    positionedTermsOf,
    inflections: () => inflections,
    traced<T>(expand: () => T) {
      const outer = { trace, seenLinks };
      const own: ExpansionTrace = { links: [], words: new Set() };
      trace = own;
      seenLinks = new Set();
      try {
        return { value: expand(), trace: own };
      } finally {
        ({ trace, seenLinks } = outer);
      }
    },
  };
}
