// Decoded text → CleanedSource: entities decoded, whitespace normalised, chrome removed, headline
// split off.
import { removeChrome } from './chrome.ts';
import { decodeEntities } from './entities.ts';
import { splitTitle } from './title.ts';
import type { CleanedSource } from './types.ts';
import { normalizeWhitespace } from './whitespace.ts';

export function cleanSource(text: string): CleanedSource {
  const { title, preamble, rest } = splitTitle(removeChrome(normalizeWhitespace(decodeEntities(text))).split('\n'));
  const paragraphs = rest
    .join('\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  return { title, preamble, paragraphs };
}
