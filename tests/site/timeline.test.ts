import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../scripts/site/timeline.ts';
import { release } from './helpers.ts';

describe('buildTimeline', () => {
  const releases = [
    release('a', { date: '2018-02-23' }),
    release('b', { date: '2018-02-01' }),
    release('c', { date: '2018-09-14' }),
    release('d', { date: '2016-05-10' }),
    release('e', { date: null }),
    release('f', { date: null }),
  ];
  const timeline = buildTimeline(releases);

  it('counts every release once', () => {
    expect(timeline.total).toBe(6);
  });

  it('lists years oldest first, only years with releases', () => {
    expect(timeline.years.map((y) => [y.year, y.count])).toEqual([
      [2016, 1],
      [2018, 3],
    ]);
  });

  it('always has twelve months, empty ones included, releases oldest first', () => {
    const y2018 = timeline.years[1]!;
    expect(y2018.months).toHaveLength(12);
    expect(y2018.months.map((m) => m.count)).toEqual([0, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(y2018.months[1]!.releases.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('scales bar levels to the busiest month: 0 only when empty, at least 1 otherwise', () => {
    const y2018 = timeline.years[1]!;
    expect(y2018.months[1]!.level).toBe(10);
    expect(y2018.months[8]!.level).toBe(5);
    expect(y2018.months[0]!.level).toBe(0);
    const busy = buildTimeline([
      ...Array.from({ length: 40 }, (_, i) => release(`x${i}`, { date: '2018-03-01' })),
      release('lonely', { date: '2018-04-01' }),
    ]);
    expect(busy.years[0]!.months[3]!.level).toBe(1);
  });

  it('keeps undated releases apart and never places them on a date', () => {
    expect(timeline.undated.map((r) => r.id)).toEqual(['e', 'f']);
    const placed = timeline.years.flatMap((y) => y.months.flatMap((m) => m.releases.map((r) => r.id)));
    expect(placed).not.toContain('e');
  });

  it('handles an empty archive', () => {
    expect(buildTimeline([])).toEqual({ total: 0, years: [], undated: [] });
  });
});
