// The archive's one reading order. Undated releases never get a made-up place among dated ones.
import type { Release } from './types.ts';

type Dated = Pick<Release, 'date' | 'id'>;

/** Newest first; undated after all dated ones; ties broken by id so builds are reproducible. */
export function newestFirst(a: Dated, b: Dated): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Oldest first; undated still last. */
export function oldestFirst(a: Dated, b: Dated): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
