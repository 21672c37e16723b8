// Groups releases for a timeline axis: years and all twelve months with counts, undated apart.
import { oldestFirst } from './order.ts';
import type { Release, Timeline, TimelineMonth } from './types.ts';

/** Bar lengths are classes 0–10 so the page needs no inline styles (the CSP forbids them). */
const LEVELS = 10;

export function buildTimeline(releases: readonly Release[]): Timeline {
  const sorted = [...releases].sort(oldestFirst);
  const byYear = new Map<number, Release[][]>();
  const undated: Release[] = [];
  for (const release of sorted) {
    if (release.year === null || release.month === null) {
      undated.push(release);
      continue;
    }
    let months = byYear.get(release.year);
    if (!months) {
      months = Array.from({ length: 12 }, () => []);
      byYear.set(release.year, months);
    }
    months[release.month - 1]!.push(release);
  }
  const busiest = Math.max(1, ...[...byYear.values()].flat().map((m) => m.length));
  const years = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, months]) => {
      const monthGroups: TimelineMonth[] = months.map((list, i) => ({
        month: i + 1,
        count: list.length,
        level: list.length === 0 ? 0 : Math.max(1, Math.round((list.length / busiest) * LEVELS)),
        releases: list,
      }));
      return { year, count: monthGroups.reduce((n, m) => n + m.count, 0), months: monthGroups };
    });
  return { total: sorted.length, years, undated };
}
