// Atom feeds: the whole archive, each region and each topic, newest releases first.
import { createHash } from 'node:crypto';
import { inArea } from './areas.ts';
import type { Feed, RegionGroup, Release, TopicGroup } from './types.ts';

/** Entries per feed: feed readers want recent news, the data files carry the whole archive. */
export const FEED_SIZE = 50;

/**
 * Atom ids are name-based UUIDs (RFC 9562 version 5) of a path in this namespace: stable wherever
 * the archive is hosted and whatever its URL, and they claim no domain (a tag: URI would).
 */
const ATOM_NAMESPACE = '6f3b8a52-3c0e-4d55-9a57-0c2b1e9d7a41';

export function atomId(name: string): string {
  const namespace = Buffer.from(ATOM_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * An entry's id names the release, not its address: it is still made from the folder the pages had
 * first (julkaisut/), so that moving them to tiedotteet/ did not make readers show every entry as new.
 */
export function releaseAtomId(id: string): string {
  return atomId(`julkaisut/${id}`);
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
      title: 'Uudistusarkisto: uusimmat tiedotteet',
      atomId: atomId('feed'),
      entries: newest(releases),
      updated: '',
    },
  ];
  for (const region of regions) {
    feeds.push({
      path: `${region.url}feed.xml`,
      pageUrl: region.url,
      title: `Uudistusarkisto: ${region.name}`,
      atomId: atomId(`alueet/${region.slug}`),
      entries: newest(releases.filter((r) => inArea(r, region.slug))),
      updated: '',
    });
  }
  for (const topic of topics) {
    feeds.push({
      path: `${topic.url}feed.xml`,
      pageUrl: topic.url,
      title: `Uudistusarkisto: ${topic.label}`,
      atomId: atomId(`aiheet/${topic.slug}`),
      entries: newest(releases.filter((r) => r.topicSlugs.includes(topic.slug))),
      updated: '',
    });
  }
  for (const feed of feeds) feed.updated = updated(feed.entries);
  return feeds;
}
