// Decoded text → CleanedSource: entities decoded, whitespace normalised, chrome removed, headline
// split off.
import { removeChrome } from './chrome.ts';
import { rejoinHardWraps } from './hard-wrap.ts';
import { isUpdateStamp } from './dateline.ts';
import { decodeEntities } from './entities.ts';
import { splitTitle } from './title.ts';
import type { CleanedSource } from './types.ts';
import { normalizeWhitespace } from './whitespace.ts';

/** The decoded text as lines, cleaned of entities, odd whitespace, chrome and hard wraps: what the headline is chosen from. */
export function cleanLines(text: string): string[] {
  return rejoinHardWraps(removeChrome(normalizeWhitespace(decodeEntities(text)))).split('\n');
}

export function cleanSource(text: string): CleanedSource {
  const { title, derived, preamble, rest } = splitTitle(cleanLines(text));
  // An update stamp ("Päivitetty 16.4.2018", "Uppdaterat 25.09.2015 15:40") anywhere in the text is
  // page furniture: out of the body, kept in the preamble as a mentioned date.
  const stamps = rest.filter(isUpdateStamp);
  const paragraphs = rest
    .filter((line) => !isUpdateStamp(line))
    .join('\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  const cleaned: CleanedSource = { title, preamble: [...preamble, ...stamps], paragraphs };
  return derived ? { ...cleaned, titleDerived: true } : cleaned;
}
