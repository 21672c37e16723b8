import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays, dayMonth, dottedDay, isoDay, monthNameDay, pickWorkingDay, weekdayEssive, weekdayIndex } from '../../scripts/synth/dates.ts';
import { rngFor } from '../../scripts/synth/prng.ts';

describe('date styles', () => {
  const day = { y: 2018, m: 2, d: 3 };
  it.each([
    [dottedDay(day, true), '03.02.2018'],
    [dottedDay(day), '3.2.2018'],
    [dayMonth(day), '3.2.'],
    [isoDay(day), '2018-02-03'],
    [monthNameDay({ y: 2018, m: 5, d: 15 }), '15. toukokuuta 2018'],
    [weekdayEssive({ y: 2017, m: 7, d: 3 }), 'maanantaina'],
  ])('%s is %s', (got, want) => expect(got).toBe(want));

  it('agrees with luxon on weekdays and day arithmetic', () => {
    for (let i = 0; i < 400; i += 7) {
      const d = addDays({ y: 2015, m: 1, d: 1 }, i * 4);
      const lux = DateTime.fromISO(isoDay(d), { zone: 'Europe/Helsinki' });
      expect(weekdayIndex(d)).toBe(lux.weekday - 1);
    }
  });

  // The "weekday" style relies on this: ingest can infer the year from "maanantaina 3.7.".
  it('makes weekday + day.month unique among 2015–2019 for every day of the reform years', () => {
    for (let offset = 0; offset < 366; offset++) {
      const d = addDays({ y: 2016, m: 1, d: 1 }, offset);
      const matches = [2015, 2016, 2017, 2018, 2019].filter((y) => {
        const candidate = DateTime.fromObject({ year: y, month: d.m, day: d.d });
        return candidate.isValid && candidate.weekday - 1 === weekdayIndex(d);
      });
      expect(matches).toEqual([2016]);
    }
  });

  it('picks working days in 2015–2019, leaving room in the year when asked', () => {
    const rng = rngFor('days');
    for (let i = 0; i < 500; i++) {
      const d = pickWorkingDay(rng, 40);
      expect(d.y).toBeGreaterThanOrEqual(2015);
      expect(d.y).toBeLessThanOrEqual(2019);
      expect(weekdayIndex(d)).toBeLessThan(5);
      expect(addDays(d, 35).y).toBe(d.y);
    }
  });
});
