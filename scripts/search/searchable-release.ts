// What the search index needs from a published release (a subset of the site's Release).
import type { RegionName } from '../data/regions.ts';
import type { TopicName } from '../data/topics.ts';

export interface SearchableRelease {
  id: string;
  title: string;
  /** YYYY-MM-DD or null when undated. */
  date: string | null;
  region: RegionName | null;
  topics: readonly TopicName[];
  /** regional | national (then region is null) | null when unknown; regional when absent. */
  scope?: 'regional' | 'national' | null;
  /** Language of the release (front matter `lang`); Finnish when absent. */
  lang?: 'fi' | 'sv';
  /** The lead: the front matter summary (the first paragraph of the text stands in when absent). */
  lead?: string;
  /** Plain text of the body. */
  text: string;
}
