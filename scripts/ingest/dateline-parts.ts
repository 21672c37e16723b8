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
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  // The labels of the whole text, found once per text: matching the line's prefix again for every
  // date was quadratic on a long line. A label never spans a date's first digit, so the last label
  // ending by `index` is the one a match over text[lineStart, index) would end with.
  const labels = labelsOf(text);
  let low = 0;
  let high = labels.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((labels[mid] as FoundLabel).end <= index) low = mid + 1;
    else high = mid;
  }
  const last = labels[low - 1];
  if (!last || last.start < lineStart) return 'plain';
  return last.updated ? 'updated' : 'published';
}

interface FoundLabel {
  start: number;
  end: number;
  updated: boolean;
}

let labelCache: { text: string; labels: FoundLabel[] } = { text: '', labels: [] };

function labelsOf(text: string): FoundLabel[] {
  if (labelCache.text !== text) {
    const labels = [...text.matchAll(LABEL_PATTERN)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      updated: UPDATED.has((m[1] ?? '').toLowerCase().replace(/\s+/gu, ' ')),
    }));
    labelCache = { text, labels };
  }
  return labelCache.labels;
}
