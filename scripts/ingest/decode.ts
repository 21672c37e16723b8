// Bytes of a source file → text with LF line ends, or an IngestError saying why it is not text.
import iconv from 'iconv-lite';
import { stripUnsafeCharacters } from '../lib/unsafe-characters.ts';
import { knownNonReleaseFormat } from './format.ts';
import { IngestError } from './ingest-error.ts';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-15';

export interface DecodedSource {
  text: string;
  encoding: SourceEncoding;
  /** Said per file when the bytes were not plain UTF-8, e.g. "decoded as Windows-1252". */
  note?: string;
}

// Bytes 0x80–0x9F are printable in Windows-1252 (€ – ” …) but C1 controls in ISO-8859-15; of those,
// these five are unassigned in Windows-1252, so a file containing them is neither.
const CP1252_UNASSIGNED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
// Where ISO-8859-15 differs from Windows-1252 in the printable range (0xA4 is € in 8859-15).
const LATIN9_ONLY = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);

// Control characters no text file carries: C0 except tab, LF, VT, FF, CR; DEL; C1.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f\x80-\x9f]/g;
// A legacy (single-byte) reading is believed only when the bytes above 0x7F are few and nearly all
// letters or typographic punctuation, as in Finnish or Swedish text; random bytes are neither.
const MAX_HIGH_SHARE = 0.25;
const MIN_LEGACY_SHARE = 0.9;
// Windows-1252 (and ISO-8859-15) bytes seen in real text: € ‚ „ … ‹ › Š Œ Ž ‘ ’ “ ” • – — ™ š œ ž Ÿ
// (‹ › as breadcrumb separators of saved pages),
// no-break space, § © « ° ´ · » ½ and the Latin-1 letters (× ÷ aside).
const LEGACY_PUNCTUATION = new Set([0x80, 0x82, 0x84, 0x85, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f, 0xa0, 0xa4, 0xa6, 0xa7, 0xa8, 0xa9, 0xab, 0xb0, 0xb4, 0xb7, 0xb8, 0xbb, 0xbc, 0xbd, 0xbe]);
const isLegacyTextByte = (b: number) => LEGACY_PUNCTUATION.has(b) || (b >= 0xc0 && b !== 0xd7 && b !== 0xf7);
// A few stray controls (a scraped ^Z, a form feed) are tolerated and dropped; more means binary.
const MAX_CONTROL_SHARE = 0.005;

/** `declared`: the encoding the document names (a saved web page's <meta charset>), trusted after a BOM. */
export function decodeSource(file: string, bytes: Uint8Array, declared?: SourceEncoding): DecodedSource {
  if (bytes.length === 0) throw new IngestError(file, 'empty', 'the file has no bytes');
  const format = knownNonReleaseFormat(file, bytes);
  if (format) throw new IngestError(file, 'not a release', `${format}, not the text of a press release`);
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16 && bytes.includes(0)) throw new IngestError(file, 'binary', 'contains NUL bytes');
  const { text: raw, encoding, note } = declared && !hasBom(bytes) ? decodeAs(file, bytes, declared) : decodeBytes(file, bytes);
  if (raw.includes('\u0000')) throw new IngestError(file, 'binary', 'contains NUL bytes');
  const controls = raw.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, raw.length * MAX_CONTROL_SHARE)) {
    throw new IngestError(file, 'binary', `contains ${controls} control characters`);
  }
  // Vertical tab and form feed end a line; bidi controls and noncharacters go like other controls.
  const text = stripUnsafeCharacters(raw.replace(CONTROL, '').replace(/\r\n?|[\v\f]/g, '\n'));
  if (text.replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]/g, '') === '') {
    throw new IngestError(file, 'empty', 'the file holds only whitespace');
  }
  return note === undefined ? { text, encoding } : { text, encoding, note };
}

function decodeBytes(file: string, bytes: Uint8Array): DecodedSource {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(file, bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(file, bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(file, bytes.subarray(2), 'utf-16be');
  if (!bytes.some((b) => b >= 0x80)) return { text: ascii(bytes), encoding: 'utf-8' };
  try {
    return utf8(file, bytes);
  } catch {
    // A page saved as UTF-8 with a few stray Windows-1252 bytes pasted in is UTF-8 with repairs;
    // a file without a single UTF-8 sequence is a single-byte file.
    return hasUtf8Sequence(bytes) ? mixedUtf8(file, bytes) : singleByte(file, bytes);
  }
}

/** Length of the valid UTF-8 multi-byte sequence starting at i, or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    return length;
  } catch {
    return 0;
  }
}

function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80 && utf8SequenceLength(bytes, i) > 0) return true;
  return false;
}

function mixedUtf8(file: string, bytes: Uint8Array): DecodedSource {
  let text = '';
  let start = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    if (CP1252_UNASSIGNED.has(b)) {
      throw new IngestError(file, 'undecodable', `byte 0x${b.toString(16)} is neither UTF-8 nor Windows-1252`);
    }
    if (!isLegacyTextByte(b) || ++stray > Math.max(8, bytes.length * 0.01)) {
      throw new IngestError(file, 'undecodable', `invalid UTF-8 (byte 0x${b.toString(16)} at offset ${i}), and not a plausible mix of UTF-8 and Windows-1252 text`);
    }
    text += new TextDecoder('utf-8').decode(bytes.subarray(start, i)) + iconv.decode(Buffer.from([b]), 'windows-1252');
    i++;
    start = i;
  }
  text += new TextDecoder('utf-8').decode(bytes.subarray(start));
  return { text, encoding: 'utf-8', note: `decoded as UTF-8, with ${stray} stray byte${stray === 1 ? '' : 's'} read as Windows-1252` };
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
  let high = 0;
  let legacy = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      if (isLegacyTextByte(b)) legacy++;
    }
    if (CP1252_UNASSIGNED.has(b)) {
      throw new IngestError(file, 'undecodable', `byte 0x${b.toString(16)} is not text in UTF-8, Windows-1252 or ISO-8859-15`);
    }
    if (b >= 0x80 && b <= 0x9f) c1 = true;
    if (LATIN9_ONLY.has(b)) latin9 = true;
  }
  // C1 bytes only make sense as Windows-1252 punctuation; otherwise a differing byte (most often
  // 0xA4, € in ISO-8859-15 and ¤ in Windows-1252) settles it for ISO-8859-15.
  if (high > bytes.length * MAX_HIGH_SHARE || legacy < high * MIN_LEGACY_SHARE) {
    throw new IngestError(file, 'undecodable', `invalid UTF-8, and not a plausible Windows-1252 text (${high} of ${bytes.length} bytes above 0x7F, ${high - legacy} of them neither letters nor punctuation)`);
  }
  const encoding = !c1 && latin9 ? 'iso-8859-15' : 'windows-1252';
  const note = `decoded as ${encoding === 'windows-1252' ? 'Windows-1252' : 'ISO-8859-15'} (not valid UTF-8)`;
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding, note };
}

function hasBom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

function decodeAs(file: string, bytes: Uint8Array, encoding: SourceEncoding): DecodedSource {
  // A page that says UTF-8 but is not is still read the way any text source is.
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') return decodeBytes(file, bytes);
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding, note: `decoded as ${encoding} (declared by the page)` };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
