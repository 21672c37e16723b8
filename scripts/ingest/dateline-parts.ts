// The label of a dated line ("Julkaistu", "TIEDOTE", "Päivitetty") and the kind of date it marks.
import { PUBLISHED_LABELS, UPDATED_LABELS } from './data/dateline-labels.ts';

export type DateLabel = 'published' | 'plain' | 'updated';

const words = (labels: readonly string[]): string =>
  [...labels].sort((a, b) => b.length - a.length).join('|');

export const LABEL_PATTERN = new RegExp(
  `(?<![\\p{L}])(${words(PUBLISHED_LABELS)}|${words(UPDATED_LABELS)})(?!\\p{L})\\s*:?`,
  'giu',
);
const UPDATED = new Set<string>(UPDATED_LABELS);

/**
 * A clock time after a date: "klo 14.22", "kello 9:30", "klo 10", "14:22", and a press wire's
 * "12:50:40 EEST".
 */
export const TIME_PATTERN =
  /(?<!\p{L})(?:klo|kello)\.?\s*\d{1,2}(?:[.:]\d{2})?(?![\d.]\d)|(?<![\d.])\d{1,2}[.:]\d{2}(?::\d{2})?(?:\s(?:EEST|EET|UTC|GMT))?(?![\d.]\d)/giu;

/** The kind of date that `text[0..index)` labels: the nearest label before it on the same line. */
export function labelBefore(text: string, index: number): DateLabel {
  const line = text.slice(text.lastIndexOf('\n', index - 1) + 1, index);
  const labels = [...line.matchAll(LABEL_PATTERN)];
  const last = labels.at(-1);
  if (!last) return 'plain';
  return UPDATED.has((last[1] ?? '').toLowerCase().replace(/\s+/gu, ' ')) ? 'updated' : 'published';
}
