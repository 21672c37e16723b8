// The lead: the first paragraphs of running text, which with the headline say what a release is
// about. Short blocks before them (a publisher and date block "Finansministeriet / 22.8.2016 10.05 /
// Nyhet", a photo credit, a subheading) are not the lead.
const MIN_LEAD_LENGTH = 80;
const RUNNING_TEXT = /\p{Ll}{3,}[^\n]*[.!?:”"]/u;

/** Indices of the first `count` paragraphs of running text (the first paragraph when none is). */
export function leadIndices(paragraphs: readonly string[], count: number): number[] {
  const prose = paragraphs
    .map((p, i) => (p.length >= MIN_LEAD_LENGTH && RUNNING_TEXT.test(p) ? i : -1))
    .filter((i) => i >= 0);
  if (prose.length === 0) return paragraphs.length > 0 ? [0] : [];
  return prose.slice(0, count);
}

/** Index of the lead paragraph, or -1 when there are no paragraphs. */
export function leadIndex(paragraphs: readonly string[]): number {
  return leadIndices(paragraphs, 1)[0] ?? -1;
}
