// Byte encodings that older Finnish sites and exports used (issue 3's list): UTF-8 with and without
// BOM, UTF-16 with BOM, Windows-1252 and ISO-8859-15, and CRLF line ends.
import iconv from 'iconv-lite';
import type { Rng } from './prng.ts';

export const ENCODINGS = ['utf8', 'utf8-bom', 'windows-1252', 'iso-8859-15', 'utf16le-bom', 'utf16be-bom'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const ENCODING_WEIGHTS: readonly (readonly [Encoding, number])[] = [
  ['utf8', 80],
  ['utf8-bom', 5],
  ['windows-1252', 8],
  ['iso-8859-15', 2],
  ['utf16le-bom', 4],
  ['utf16be-bom', 1],
];

export const CRLF_RATE = 0.15;

export function pickEncoding(rng: Rng): { encoding: Encoding; crlf: boolean } {
  return { encoding: rng.weighted(ENCODING_WEIGHTS), crlf: rng.chance(CRLF_RATE) };
}

function singleByte(text: string, charset: string): Uint8Array | null {
  const bytes = iconv.encode(text, charset);
  // A character the charset lacks would become "?": the text would change, so don't use it.
  return iconv.decode(bytes, charset) === text ? new Uint8Array(bytes) : null;
}

/**
 * Encodes text; when a single-byte charset cannot hold every character (ISO-8859-15 has no "–" or
 * "”"), falls back to UTF-8 and says so in the returned encoding, so the truth stays true.
 */
export function encodeText(text: string, wanted: Encoding, crlf: boolean): { bytes: Uint8Array; encoding: Encoding } {
  const body = crlf ? text.replace(/\n/g, '\r\n') : text;
  switch (wanted) {
    case 'utf8':
      return { bytes: new Uint8Array(Buffer.from(body, 'utf8')), encoding: wanted };
    case 'utf8-bom':
      return { bytes: new Uint8Array(Buffer.from(`\ufeff${body}`, 'utf8')), encoding: wanted };
    case 'utf16le-bom':
      return { bytes: new Uint8Array(Buffer.from(`\ufeff${body}`, 'utf16le')), encoding: wanted };
    case 'utf16be-bom':
      return { bytes: new Uint8Array(Buffer.from(`\ufeff${body}`, 'utf16le').swap16()), encoding: wanted };
    case 'windows-1252':
    case 'iso-8859-15': {
      const bytes = singleByte(body, wanted);
      return bytes ? { bytes, encoding: wanted } : encodeText(text, 'utf8', crlf);
    }
  }
}
