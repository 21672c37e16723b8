// The language of a release's own text: Finnish or Swedish, by counting each language's function
// words (data/language-markers.ts). A bilingual page gets the language of its main text, the one
// with more words. No evidence either way (a bare list, a headline of names) is Finnish, the
// archive's default, as the front matter needs a value.
import { LANGUAGE_MARKERS } from './data/language-markers.ts';
import type { Language } from '../lib/release-schema.ts';

const FINNISH: ReadonlySet<string> = new Set(LANGUAGE_MARKERS.fi);
const SWEDISH: ReadonlySet<string> = new Set(LANGUAGE_MARKERS.sv);

export function detectLanguage(text: string): Language {
  let fi = 0;
  let sv = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (FINNISH.has(word)) fi++;
    else if (SWEDISH.has(word)) sv++;
  }
  return sv > fi ? 'sv' : 'fi';
}
