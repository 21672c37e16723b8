// Per-release navigation, computed once for the whole archive: previous/next across the archive and in
// the same region, and releases related by topic and closeness in time. Linear in the archive size times RELATED_COUNT.
import { oldestFirst } from './order.ts';
import type { Release, ReleaseLinks } from './types.ts';

export const RELATED_COUNT = 5;
/** Neighbours looked at on each side in each topic's time line before ranking. */
const WINDOW = RELATED_COUNT * 2;

export function buildLinks(releases: readonly Release[]): Map<string, ReleaseLinks> {
  const links = new Map<string, ReleaseLinks>();
  for (const release of releases) links.set(release.id, { prev: null, next: null, older: null, newer: null, related: [] });

  // The archive's chronology: oldest first, undated releases after the dated ones.
  const chronology = [...releases].sort(oldestFirst);
  chronology.forEach((release, i) => {
    const entry = links.get(release.id)!;
    entry.older = chronology[i - 1] ?? null;
    entry.newer = chronology[i + 1] ?? null;
  });

  for (const list of groupBy(releases, (r) => r.region)) {
    list.forEach((release, i) => {
      const entry = links.get(release.id)!;
      entry.prev = list[i - 1] ?? null;
      entry.next = list[i + 1] ?? null;
    });
  }

  const topicLists = groupByMany(releases, (r) => r.topics);
  const position = new Map<Release, Map<Release[], number>>();
  for (const list of topicLists) {
    list.forEach((release, i) => {
      let positions = position.get(release);
      if (!positions) position.set(release, (positions = new Map()));
      positions.set(list, i);
    });
  }
  for (const release of releases) {
    const positions = position.get(release);
    if (!positions) continue;
    const candidates = new Set<Release>();
    for (const [list, i] of positions) {
      for (let j = Math.max(0, i - WINDOW); j <= Math.min(list.length - 1, i + WINDOW); j++) {
        if (list[j] !== release) candidates.add(list[j]!);
      }
    }
    links.get(release.id)!.related = rankRelated(release, [...candidates]).slice(0, RELATED_COUNT);
  }
  return links;
}

/** Most shared topics first, then nearest in time (undated ones last), then newest, then id. */
export function rankRelated(release: Release, candidates: Release[]): Release[] {
  const topics = new Set(release.topics);
  const shared = (r: Release): number => r.topics.filter((t) => topics.has(t)).length;
  const distance = (r: Release): number =>
    release.date && r.date ? Math.abs(dayNumber(release.date) - dayNumber(r.date)) : Infinity;
  return candidates
    .map((r) => ({ r, shared: shared(r), distance: distance(r) }))
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        (a.distance === b.distance ? 0 : a.distance < b.distance ? -1 : 1) ||
        -oldestFirst(a.r, b.r),
    )
    .map((c) => c.r);
}

function dayNumber(isoDay: string): number {
  return Date.UTC(+isoDay.slice(0, 4), +isoDay.slice(5, 7) - 1, +isoDay.slice(8, 10)) / 86_400_000;
}

/** Lists of releases sharing a non-null key, each oldest first (undated last). */
function groupBy(releases: readonly Release[], key: (r: Release) => string | null): Release[][] {
  return groupByMany(releases, (r) => {
    const k = key(r);
    return k === null ? [] : [k];
  });
}

function groupByMany(releases: readonly Release[], keys: (r: Release) => readonly string[]): Release[][] {
  const groups = new Map<string, Release[]>();
  for (const release of releases) {
    for (const k of keys(release)) {
      let list = groups.get(k);
      if (!list) groups.set(k, (list = []));
      list.push(release);
    }
  }
  return [...groups.values()].map((list) => list.sort(oldestFirst));
}
