// Files that are plainly not press-release text, recognised by name or by their first bytes and
// rejected by name, before any decoding: a PDF must not become a release titled "%PDF-1.4".
// Saved web pages are not here: HTML is a supported input.

interface KnownFormat {
  /** What the file is, as the rejection names it. */
  what: string;
  /** Example: %PDF-1.7 at the start of the file. */
  matches: (name: string, bytes: Uint8Array) => boolean;
}

const startsWith = (bytes: Uint8Array, text: string, skipSpace = false): boolean => {
  let i = 0;
  if (skipSpace) while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0xef || bytes[i] === 0xbb || bytes[i] === 0xbf)) i++;
  for (let k = 0; k < text.length; k++) if (bytes[i + k] !== text.charCodeAt(k)) return false;
  return true;
};

const lowerName = (name: string) => name.toLowerCase();

function isJson(name: string, bytes: Uint8Array): boolean {
  if (lowerName(name).endsWith('.json')) return true;
  if (!startsWith(bytes, '{', true) && !startsWith(bytes, '[', true)) return false;
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
}

export const NOT_RELEASE_FORMATS: readonly KnownFormat[] = [
  { what: 'a PDF document', matches: (name, bytes) => startsWith(bytes, '%PDF', true) || lowerName(name).endsWith('.pdf') },
  { what: 'an RTF document', matches: (name, bytes) => startsWith(bytes, '{\\rtf', true) || lowerName(name).endsWith('.rtf') },
  { what: 'a ZIP archive (a .docx, .xlsx, .odt or other office file is one)', matches: (_name, bytes) => startsWith(bytes, 'PK\u0003\u0004') || startsWith(bytes, 'PK\u0005\u0006') },
  { what: 'an old Microsoft Office document', matches: (_name, bytes) => [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b) },
  { what: 'JSON data', matches: isJson },
  { what: 'an image', matches: (_name, bytes) => startsWith(bytes, '\u0089PNG') || [0xff, 0xd8, 0xff].every((b, i) => bytes[i] === b) || startsWith(bytes, 'GIF8') },
  { what: 'a Windows folder settings file', matches: (name) => ['desktop.ini', 'thumbs.db'].includes(lowerName(name)) },
];

/** What the file is when it is one of the formats above, else null. */
export function knownNonReleaseFormat(name: string, bytes: Uint8Array): string | null {
  return NOT_RELEASE_FORMATS.find((format) => format.matches(name, bytes))?.what ?? null;
}
