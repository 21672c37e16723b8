// HTML character references left in scraped text become the characters they stand for.
import { isUnsafeCodePoint } from '../lib/unsafe-characters.ts';
import { HTML_ENTITIES } from './data/html-entities.ts';

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return HTML_ENTITIES[name] ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    // NUL, surrogates and beyond-Unicode stay as written: they name no character.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    // &#1; &#x1b; &#xFFFE; or a bidi override: a character no release may carry, so nothing.
    return isUnsafeCodePoint(code) ? '' : String.fromCodePoint(code);
  });
}
