// Odd whitespace of web scrapes → plain spaces and single blank lines between blocks.

// No-break, typographic and ideographic spaces, and tabs: all become an ordinary space.
const ODD_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width characters, BOMs inside the text and soft hyphens carry nothing a reader sees.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Lines trimmed and inner runs of spaces collapsed, lines of only spaces made blank, runs of blank
 * lines collapsed to one, no blank lines at either end. Expects LF line ends.
 */
export function normalizeWhitespace(text: string): string {
  const lines = text
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
