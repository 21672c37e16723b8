// Atom feeds: the whole archive, each region and each topic, newest releases first.
import type { Feed, RegionGroup, Release, TopicGroup } from './types.ts';

/** Entries per feed: feed readers want recent news, the data files carry the whole archive. */
export const FEED_SIZE = 50;

/** Atom ids are tag URIs (RFC 4151): stable wherever the archive is hosted and whatever its URL. */
export const ATOM_ID_BASE = 'tag:uudistusarkisto.fi,2019:';

export function releaseAtomId(id: string): string {
  return `${ATOM_ID_BASE}julkaisut/${id}`;
}

/** `updated` of a feed with no dated entries: fixed, so rebuilding does not change the feed. */
export const EMPTY_FEED_UPDATED = '2015-01-01';

export function buildFeeds(
  releases: readonly Release[],
  regions: readonly RegionGroup[],
  topics: readonly TopicGroup[],
): Feed[] {
  // `releases` is newest first already. Undated releases stay out: a feed entry needs a date and
  // we never make one up.
  const newest = (list: readonly Release[]): Release[] =>
    list.filter((r) => r.date !== null).slice(0, FEED_SIZE);
  const updated = (entries: Release[]): string => entries[0]?.date ?? EMPTY_FEED_UPDATED;
  const feeds: Feed[] = [
    {
      path: '/feed.xml',
      pageUrl: '/',
      title: 'Uudistusarkisto: uusimmat julkaisut',
      atomId: `${ATOM_ID_BASE}feed`,
      entries: newest(releases),
      updated: '',
    },
  ];
  for (const region of regions) {
    feeds.push({
      path: `${region.url}feed.xml`,
      pageUrl: region.url,
      title: `Uudistusarkisto: ${region.name}`,
      atomId: `${ATOM_ID_BASE}alueet/${region.slug}`,
      entries: newest(releases.filter((r) => r.regionSlug === region.slug)),
      updated: '',
    });
  }
  for (const topic of topics) {
    feeds.push({
      path: `${topic.url}feed.xml`,
      pageUrl: topic.url,
      title: `Uudistusarkisto: ${topic.label}`,
      atomId: `${ATOM_ID_BASE}aiheet/${topic.slug}`,
      entries: newest(releases.filter((r) => r.topicSlugs.includes(topic.slug))),
      updated: '',
    });
  }
  for (const feed of feeds) feed.updated = updated(feed.entries);
  return feeds;
}
