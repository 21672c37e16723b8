import { describe, expect, it } from 'vitest';
import { countReleases, finnishDate, helsinkiDayStart, helsinkiMidnight, monthName, monthShort } from '../../scripts/site/format.ts';

describe('Finnish formatting', () => {
  it.each([
    ['2018-09-14', '14.9.2018'],
    ['2019-03-02', '2.3.2019'],
    ['2015-12-31', '31.12.2015'],
    [null, ''],
  ])('finnishDate(%s) = %s', (input, expected) => {
    expect(finnishDate(input)).toBe(expected);
  });

  it('names months', () => {
    expect([monthName(1), monthName(9), monthName(12)]).toEqual(['tammikuu', 'syyskuu', 'joulukuu']);
    expect(monthShort(5)).toBe('touko');
  });

  it.each([
    [0, '0 tiedotetta'],
    [1, '1 tiedote'],
    [2, '2 tiedotetta'],
    [12345, '12\u00a0345 tiedotetta'],
  ])('countReleases(%i)', (n, expected) => {
    expect(countReleases(n)).toBe(expected);
  });

  it.each([
    ['2018-01-15', '2018-01-14T22:00:00.000Z'], // winter, UTC+2
    ['2018-07-15', '2018-07-14T21:00:00.000Z'], // summer, UTC+3
  ])('helsinkiMidnight(%s)', (day, expected) => {
    expect(helsinkiMidnight(day).toISOString()).toBe(expected);
  });

  it.each([
    ['2019-03-12', '2019-03-12T00:00:00+02:00'], // winter: the day stays the day
    ['2018-09-14', '2018-09-14T00:00:00+03:00'], // summer
    ['2018-03-25', '2018-03-25T00:00:00+02:00'], // summer time began at 03:00 that night
    ['2018-10-28', '2018-10-28T00:00:00+03:00'], // summer time ended at 04:00 that night
  ])('helsinkiDayStart(%s) = %s', (day, expected) => {
    expect(helsinkiDayStart(day)).toBe(expected);
  });
});
