// Which encoding a saved HTML page is in: what the bytes and the document itself say, in the order
// a browser trusts them (byte order mark, then <meta charset> or an http-equiv content type). The
// declaration is read with the parser over a Latin-1 view of the bytes: every byte maps to one
// character there, so the ASCII markup of <meta> survives whatever the real encoding is.
import type { SourceEncoding } from '../decode.ts';
import { IngestError } from '../ingest-error.ts';
import { parseDocument } from './dom.ts';

export interface EncodingFinding {
  /** null: the page declares nothing; the text sniffing of decodeSource decides. */
  encoding: SourceEncoding | null;
  /** What decided it, for --explain: `<meta charset="windows-1252">`. */
  evidence: string;
}

// WHATWG encoding labels of the encodings ingest reads (https://encoding.spec.whatwg.org/#names-and-labels):
// a page labelled ISO-8859-1 or ASCII is decoded as Windows-1252, as every browser does.
const LABELS: Record<string, SourceEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  // "utf-16" in a <meta> of a page without a byte order mark means UTF-8 (the page could not be read otherwise).
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  iso_8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-15': 'iso-8859-15',
  iso8859_15: 'iso-8859-15',
  'iso_8859-15': 'iso-8859-15',
  latin9: 'iso-8859-15',
  l9: 'iso-8859-15',
  csisolatin9: 'iso-8859-15',
};

export function htmlEncoding(file: string, bytes: Uint8Array): EncodingFinding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', evidence: 'UTF-8 byte order mark' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { encoding: null, evidence: 'UTF-16 byte order mark' };
  }
  const declared = declaredCharset(bytes);
  if (declared === null) return { encoding: null, evidence: 'no charset declared; guessed from the bytes' };
  const encoding = LABELS[declared.label];
  if (encoding === undefined) throw new IngestError(file, 'undecodable', `the page declares charset "${declared.label}", which ingest does not read`);
  // A crawler that re-saved a legacy page as UTF-8 keeps its old <meta>: bytes that are valid UTF-8
  // with at least one multi-byte sequence cannot be Finnish Windows-1252 text ("Ã¤" for "ä").
  if (encoding !== 'utf-8' && isMultibyteUtf8(bytes)) {
    return { encoding: 'utf-8', evidence: `${declared.evidence}, but the bytes are UTF-8` };
  }
  return { encoding, evidence: declared.evidence };
}

function declaredCharset(bytes: Uint8Array): { label: string; evidence: string } | null {
  const document = parseDocument(new TextDecoder('latin1').decode(bytes));
  for (const meta of document.querySelectorAll('meta')) {
    const charset = meta.getAttribute('charset');
    if (charset !== null && charset.trim() !== '') {
      return { label: charset.trim().toLowerCase(), evidence: `<meta charset="${charset.trim()}">` };
    }
    if ((meta.getAttribute('http-equiv') ?? '').trim().toLowerCase() !== 'content-type') continue;
    const content = meta.getAttribute('content') ?? '';
    const label = /charset\s*=\s*["']?([^"';\s]+)/iu.exec(content)?.[1];
    if (label) return { label: label.toLowerCase(), evidence: `<meta http-equiv="Content-Type" content="${content.trim()}">` };
  }
  return null;
}

function isMultibyteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
