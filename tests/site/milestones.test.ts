import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { MILESTONES } from '../../scripts/data/milestones.ts';

// The timeline states these days as facts, so each must be a real day of the reform's years with
// at least two sources to check it against (scripts/data/milestones.ts says why).
describe('reform milestones', () => {
  it('include the days the issue names: outline, both bills, the resignation', () => {
    expect(MILESTONES.map((m) => m.date)).toEqual(expect.arrayContaining(['2016-04-05', '2019-03-08']));
    expect(MILESTONES.map((m) => m.label).join(' ')).toMatch(/HE 15\/2017[\s\S]*HE 16\/2018/);
  });

  it.each(MILESTONES.map((m) => [m.date, m] as const))('%s is a real day in 2015–2019 with two or more sources', (_date, m) => {
    const day = DateTime.fromISO(m.date, { zone: 'Europe/Helsinki' });
    expect(day.isValid && day.toISODate() === m.date).toBe(true);
    expect(day.year).toBeGreaterThanOrEqual(2015);
    expect(day.year).toBeLessThanOrEqual(2019);
    expect(m.label.trim()).not.toBe('');
    expect(m.sources.length).toBeGreaterThanOrEqual(2);
    for (const source of m.sources) {
      expect(source.title.trim()).not.toBe('');
      expect(new URL(source.url).protocol).toMatch(/^https?:$/);
    }
    expect(new Set(m.sources.map((s) => s.url)).size).toBe(m.sources.length);
  });

  it('are in date order', () => {
    const dates = MILESTONES.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
  });
});
