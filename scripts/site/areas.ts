// The groups the regions page lists: the regions of the vocabulary, and national releases apart.
import type { Release } from './types.ts';

/** National releases (a ministry, a reform-wide body, all regions) have no region: a group of their own. */
export const NATIONAL_GROUP = { name: 'Valtakunnalliset tiedotteet', slug: 'valtakunnalliset' } as const;

/** Whether a release belongs to the area with this slug, e.g. ("lappi") or ("valtakunnalliset"). */
export function inArea(release: Pick<Release, 'regionSlug' | 'scope'>, slug: string): boolean {
  return slug === NATIONAL_GROUP.slug ? release.scope === 'national' : release.regionSlug === slug;
}
