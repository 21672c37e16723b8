import { describe, expect, it } from 'vitest';
import { SWEDISH_MONTH_FORMS, SWEDISH_WEEKDAY_FORMS, SWEDISH_WRITTEN_DATE } from '../../scripts/ingest/data/swedish-dates.ts';

function written(text: string): { day: number; month: number; year: number | null }[] {
  return [...text.matchAll(new RegExp(SWEDISH_WRITTEN_DATE.source, SWEDISH_WRITTEN_DATE.flags))].map((m) => ({
    day: Number(m.groups?.d),
    month: SWEDISH_MONTH_FORMS.get((m.groups?.m ?? '').toLowerCase()) ?? 0,
    year: m.groups?.y ? Number(m.groups.y) : null,
  }));
}

describe('Swedish date words', () => {
  it('has every month and weekday', () => {
    expect(new Set(SWEDISH_MONTH_FORMS.values())).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(new Set(SWEDISH_WEEKDAY_FORMS.values())).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
    expect(SWEDISH_WEEKDAY_FORMS.has('on')).toBe(false);
  });

  it.each([
    ['Publicerad tisdag 13 mars 2018', [{ day: 13, month: 3, year: 2018 }]],
    ['Publicerad: onsdag, 26 september, 2018 - 16:12', [{ day: 26, month: 9, year: 2018 }]],
    ['Ministerierna publicerade den 14 mars 2018 en handbok', [{ day: 14, month: 3, year: 2018 }]],
    ['mötet hålls den 6 sept. i Uleåborg', [{ day: 6, month: 9, year: null }]],
    ['Juhla on 5. maaliskuuta 2018', []],
    ['2 marsvin och 3 majsstänger', []],
  ])('%s', (text, expected) => {
    expect(written(text)).toEqual(expected);
  });
});
