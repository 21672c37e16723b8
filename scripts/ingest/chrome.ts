// Removes web chrome from whitespace-normalised text, using the rules in data/chrome-*.ts.
import { ADDRESS_LINE_RULES } from './data/chrome-address.ts';
import { CHROME_CUT_RULES, CONTACT_HEADER } from './data/chrome-cuts.ts';
import { CHROME_LINE_RULES, CRAWLER_DATE_PREFIX, TRAILING_READ_MORE } from './data/chrome-lines.ts';
import { SWEDISH_CHROME_LINE_RULES } from './data/chrome-lines-sv.ts';

/** Text in, text out; blank lines separate blocks as before. Never removes a contact block. */
export function removeChrome(text: string): string {
  let lines = text.split('\n');
  const first = lines.findIndex((line) => line !== '');
  if (first !== -1) lines[first] = (lines[first] ?? '').replace(CRAWLER_DATE_PREFIX, '');
  lines = lines.map((line) => (TRAILING_READ_MORE.test(line) && line.length > 40 ? line.replace(TRAILING_READ_MORE, '') : line));
  lines = cutTrailingChrome(lines);
  lines = lines.filter((line) => !isChromeLine(line));
  lines = dropTrailingAddressBlock(lines);
  return collapseBlankLines(lines).join('\n');
}

const LINE_RULES = [...CHROME_LINE_RULES, ...SWEDISH_CHROME_LINE_RULES];

export function isChromeLine(line: string): boolean {
  return LINE_RULES.some((rule) => rule.pattern.test(line));
}

// A line of release prose: long enough and ending a sentence. Related-link titles are neither.
function isProse(line: string): boolean {
  return line.length >= 120 && /[.!?"”]$/.test(line);
}

function cutTrailingChrome(lines: string[]): string[] {
  for (let i = 1; i < lines.length; i++) {
    const rule = CHROME_CUT_RULES.find((r) => r.pattern.test(lines[i] ?? ''));
    if (!rule) continue;
    const tail = lines.slice(i + 1);
    if (tail.some((line) => CONTACT_HEADER.test(line))) continue;
    if (rule.strength === 'weak' && tail.some(isProse)) continue;
    if (!lines.slice(0, i).some((line) => line !== '' && !isChromeLine(line))) continue;
    return lines.slice(0, i);
  }
  return lines;
}

function dropTrailingAddressBlock(lines: string[]): string[] {
  let start = lines.length;
  while (start > 0) {
    const line = lines[start - 1] ?? '';
    if (line !== '' && !ADDRESS_LINE_RULES.some((r) => r.pattern.test(line))) break;
    start--;
  }
  // The run reached a contact header or the top: it is the release's own text, not a footer.
  if (start === 0 || CONTACT_HEADER.test(lines[start - 1] ?? '')) return lines;
  // Cut only at a block boundary, so an address inside a person's contact block stays with it.
  while (start < lines.length && start > 0 && lines[start - 1] !== '') start++;
  // "…pidetään osoitteessa:" introduces an address that belongs to the release.
  const before = lines.slice(0, start).filter((line) => line !== '').at(-1) ?? '';
  if (before.endsWith(':')) return lines;
  const run = lines.slice(start);
  const postal = run.some((line) => ADDRESS_LINE_RULES.some((r) => r.postal && r.pattern.test(line)));
  return postal ? lines.slice(0, start) : lines;
}

function collapseBlankLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
