// Bytes of a source file → text with LF line ends, or an IngestError saying why it is not text.
import iconv from 'iconv-lite';
import { IngestError } from './ingest-error.ts';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-15';

export interface DecodedSource {
  text: string;
  encoding: SourceEncoding;
}

// Bytes 0x80–0x9F are printable in Windows-1252 (€ – ” …) but C1 controls in ISO-8859-15; of those,
// these five are unassigned in Windows-1252, so a file containing them is neither.
const CP1252_UNASSIGNED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
// Where ISO-8859-15 differs from Windows-1252 in the printable range (0xA4 is € in 8859-15).
const LATIN9_ONLY = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);

// Control characters no text file carries: C0 except tab, LF, VT, FF, CR; DEL; C1.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f\x80-\x9f]/g;
// A few stray controls (a scraped ^Z, a form feed) are tolerated and dropped; more means binary.
const MAX_CONTROL_SHARE = 0.005;

export function decodeSource(file: string, bytes: Uint8Array): DecodedSource {
  if (bytes.length === 0) throw new IngestError(file, 'empty', 'the file has no bytes');
  const { text: raw, encoding } = decodeBytes(file, bytes);
  if (raw.includes('\u0000')) throw new IngestError(file, 'binary', 'contains NUL bytes');
  const controls = raw.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, raw.length * MAX_CONTROL_SHARE)) {
    throw new IngestError(file, 'binary', `contains ${controls} control characters`);
  }
  const text = raw.replace(CONTROL, '').replace(/\r\n?/g, '\n');
  if (text.replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]/g, '') === '') {
    throw new IngestError(file, 'empty', 'the file holds only whitespace');
  }
  return { text, encoding };
}

function decodeBytes(file: string, bytes: Uint8Array): DecodedSource {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(file, bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(file, bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(file, bytes.subarray(2), 'utf-16be');
  if (!bytes.some((b) => b >= 0x80)) return { text: ascii(bytes), encoding: 'utf-8' };
  try {
    return utf8(file, bytes);
  } catch {
    return singleByte(file, bytes);
  }
}

function utf8(file: string, bytes: Uint8Array): DecodedSource {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch (cause) {
    throw new IngestError(file, 'undecodable', 'invalid UTF-8', { cause });
  }
}

function utf16(file: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedSource {
  if (bytes.length % 2 !== 0) throw new IngestError(file, 'undecodable', `odd byte count for ${encoding}`);
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch (cause) {
    throw new IngestError(file, 'undecodable', `invalid ${encoding}`, { cause });
  }
}

function singleByte(file: string, bytes: Uint8Array): DecodedSource {
  let c1 = false;
  let latin9 = false;
  for (const b of bytes) {
    if (CP1252_UNASSIGNED.has(b)) {
      throw new IngestError(file, 'undecodable', `byte 0x${b.toString(16)} is not text in UTF-8, Windows-1252 or ISO-8859-15`);
    }
    if (b >= 0x80 && b <= 0x9f) c1 = true;
    if (LATIN9_ONLY.has(b)) latin9 = true;
  }
  // C1 bytes only make sense as Windows-1252 punctuation; otherwise a differing byte (most often
  // 0xA4, € in ISO-8859-15 and ¤ in Windows-1252) settles it for ISO-8859-15.
  const encoding = !c1 && latin9 ? 'iso-8859-15' : 'windows-1252';
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
