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
  // The labels and line breaks of the whole text, found once per text: matching the line's prefix
  // again for every date, or searching back for its line start, was quadratic on a long line. A
  // label never spans a date's first digit, so the last label ending by `index` is the one a match
  // over text[lineStart, index) would end with.
  const { labels, newlines } = partsOf(text);
  const last = labels[countAtMost(labels, (label) => label.end, index) - 1];
  const lineStart = (newlines[countAtMost(newlines, (at) => at, index - 1) - 1] ?? -1) + 1;
  if (!last || last.start < lineStart) return 'plain';
  return last.updated ? 'updated' : 'published';
}

/** How many items of `sorted` (ascending by `key`) have a key of at most `limit`: a binary search. */
function countAtMost<T>(sorted: readonly T[], key: (item: T) => number, limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(sorted[mid] as T) <= limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface FoundLabel {
  start: number;
  end: number;
  updated: boolean;
}

interface TextParts {
  text: string;
  labels: FoundLabel[];
  /** Indices of the text's line breaks, ascending. */
  newlines: number[];
}

let partsCache: TextParts = { text: '', labels: [], newlines: [] };

function partsOf(text: string): TextParts {
  if (partsCache.text !== text) {
    const labels = [...text.matchAll(LABEL_PATTERN)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      updated: UPDATED.has((m[1] ?? '').toLowerCase().replace(/\s+/gu, ' ')),
    }));
    const newlines = [...text.matchAll(/\n/gu)].map((m) => m.index);
    partsCache = { text, labels, newlines };
  }
  return partsCache;
}
