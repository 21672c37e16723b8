// What a person should check by hand: a release's review list, from how sure each step was. Steps
// add their own specific reasons (extra); this adds what holds for any source: an inferred or
// missing date (worded by date.ts), a release neither national nor placed in a region, a headline
// the rules had to stand in for.
import { dateReview } from './date.ts';
import type { ReviewItem, Scope } from '../lib/release-schema.ts';
import type { DateFinding, RegionName } from './types.ts';

export interface ReviewInput {
  date: DateFinding;
  scope: Scope | null;
  region: RegionName | null;
  /** Set when the headline was chosen among close candidates or stood in for a missing one. */
  titleDoubt?: string | null;
  /** Specific reasons the steps found (a date conflict between markup and text, …). */
  extra?: readonly ReviewItem[];
}

/** Review items, one per field at most from here, in the schema's field order; extras keep theirs. */
export function reviewItems(input: ReviewInput): ReviewItem[] {
  const items: ReviewItem[] = [];
  if (input.titleDoubt) items.push({ field: 'title', reason: input.titleDoubt });
  const extraFields = new Set((input.extra ?? []).map((item) => item.field));
  if (!extraFields.has('date')) items.push(...dateReview(input.date));
  if (input.region === null && input.scope !== 'national' && !extraFields.has('region')) {
    items.push({ field: 'region', reason: input.scope === 'regional' ? 'regional, but no region stands out' : 'neither a region nor national scope could be told from the text' });
  }
  return [...items, ...(input.extra ?? [])];
}

/** How many releases have an item about one of `fields`. */
export function countUncertain(reviews: readonly (readonly ReviewItem[])[], fields: readonly ReviewItem['field'][] = ['title', 'date', 'region']): number {
  return reviews.filter((items) => items.some((item) => fields.includes(item.field))).length;
}
