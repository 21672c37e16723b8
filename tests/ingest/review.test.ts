import { describe, expect, it } from 'vitest';
import { countUncertain, reviewItems, type ReviewInput } from '../../scripts/ingest/review.ts';

const exact = { date: '2018-02-23', dateCertainty: 'exact', dateEvidence: '23.02.2018' } as const;

describe('reviewItems: the generic part of the review list', () => {
  it.each<[string, ReviewInput, string[]]>([
    ['an exact date and a region: nothing to check', { date: exact, scope: 'regional', region: 'Lappi' }, []],
    ['a national release needs no region', { date: exact, scope: 'national', region: null }, []],
    ['an inferred date', { date: { date: '2018-07-03', dateCertainty: 'inferred', dateEvidence: 'maanantaina 3.7.' }, scope: 'regional', region: 'Lappi' }, ['date: inferred, not stated: maanantaina 3.7.']],
    ['no date', { date: { date: null, dateCertainty: 'unknown', dateEvidence: null }, scope: 'regional', region: 'Lappi' }, ['date: no publication date: no dateline or publication label, and the lead reports no dated event']],
    ['regional without a region', { date: exact, scope: 'regional', region: null }, ['region: regional, but no region stands out']],
    ['neither region nor scope', { date: exact, scope: null, region: null }, ['region: neither a region nor national scope could be told from the text']],
    ['a doubtful title', { date: exact, scope: 'regional', region: 'Lappi', titleDoubt: 'only the document title names the headline' }, ['title: only the document title names the headline']],
    [
      "a step's specific date reason replaces the generic one",
      { date: exact, scope: 'regional', region: 'Lappi', extra: [{ field: 'date', reason: 'two publication dates' }] },
      ['date: two publication dates'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(reviewItems(input).map((item) => `${item.field}: ${item.reason}`)).toEqual(expected);
  });
});

describe('countUncertain', () => {
  it('counts releases with a title, date or region item, once each', () => {
    const reviews = [[], [{ field: 'date', reason: 'a' }, { field: 'region', reason: 'b' }], [{ field: 'topics', reason: 'c' }], [{ field: 'title', reason: 'd' }]] as const;
    expect(countUncertain(reviews)).toBe(2);
  });
});
