// The lead: the first paragraphs of running text, which with the headline say what a release is
// about. Short blocks before them (a publisher and date block "Finansministeriet / 22.8.2016 10.05 /
// Nyhet", a photo credit, a subheading) are not the lead.
const MIN_LEAD_LENGTH = 80;
const SENTENCE_MARKS = new Set(['.', '!', '?', ':', '”', '"']);

/**
 * Running text: on some line, three lowercase letters with a sentence mark after them. Checked
 * before each line's last mark: the one pattern /\p{Ll}{3,}[^\n]*[.!?:”"]/u says the same but
 * backtracks over the rest of the line from every word when no mark follows (quadratic on a long
 * line, cubic on one long word).
 */
function isRunningText(paragraph: string): boolean {
  return paragraph.split('\n').some((line) => /\p{Ll}{3}/u.test(line.slice(0, lastMarkIndex(line))));
}

function lastMarkIndex(line: string): number {
  for (let i = line.length - 1; i >= 0; i--) if (SENTENCE_MARKS.has(line[i] as string)) return i;
  return 0;
}

/** Indices of the first `count` paragraphs of running text (the first paragraph when none is). */
export function leadIndices(paragraphs: readonly string[], count: number): number[] {
  const prose = paragraphs
    .map((p, i) => (p.length >= MIN_LEAD_LENGTH && isRunningText(p) ? i : -1))
    .filter((i) => i >= 0);
  if (prose.length === 0) return paragraphs.length > 0 ? [0] : [];
  return prose.slice(0, count);
}

/** Index of the lead paragraph, or -1 when there are no paragraphs. */
export function leadIndex(paragraphs: readonly string[]): number {
  return leadIndices(paragraphs, 1)[0] ?? -1;
}
