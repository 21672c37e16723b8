import { describe, expect, it } from 'vitest';
import { countReleases, finnishDate, helsinkiMidnight, monthName, monthShort } from '../../scripts/site/format.ts';

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
    [0, '0 julkaisua'],
    [1, '1 julkaisu'],
    [2, '2 julkaisua'],
    [12345, '12\u00a0345 julkaisua'],
  ])('countReleases(%i)', (n, expected) => {
    expect(countReleases(n)).toBe(expected);
  });

  it.each([
    ['2018-01-15', '2018-01-14T22:00:00.000Z'], // winter, UTC+2
    ['2018-07-15', '2018-07-14T21:00:00.000Z'], // summer, UTC+3
  ])('helsinkiMidnight(%s)', (day, expected) => {
    expect(helsinkiMidnight(day).toISOString()).toBe(expected);
  });
});
