import { describe, expect, it } from 'vitest';
import { releasePageData, releasePagePath } from '../../scripts/site/release-page-data.ts';
import { release } from './helpers.ts';

describe('release page data (what the paginated template used to compute)', () => {
  it.each([
    ['with a region', release('2018-02-23-pirkanmaa-x', { region: 'Pirkanmaa', summary: 'Tiivistelmä.' }), {
      url: '/tiedotteet/2018-02-23-pirkanmaa-x/',
      path: 'tiedotteet/2018-02-23-pirkanmaa-x/index.html',
      feedPath: '/alueet/pirkanmaa/feed.xml',
      feedTitle: 'Uudistusarkisto: Pirkanmaa',
    }],
    ['in Etelä-Pohjanmaa (slug without diacritics)', release('e', { region: 'Etelä-Pohjanmaa' }), {
      url: '/tiedotteet/e/',
      path: 'tiedotteet/e/index.html',
      feedPath: '/alueet/etela-pohjanmaa/feed.xml',
      feedTitle: 'Uudistusarkisto: Etelä-Pohjanmaa',
    }],
    ['without a region', release('undated-n', { region: null, date: null }), {
      url: '/tiedotteet/undated-n/',
      path: 'tiedotteet/undated-n/index.html',
      feedPath: null,
      feedTitle: null,
    }],
  ])('%s', (_name, r, expected) => {
    const data = releasePageData(r, '/out/dist/');
    expect(releasePagePath(r)).toBe(expected.path);
    expect(data.page).toEqual({ url: expected.url, outputPath: `/out/dist/${expected.path}` });
    expect([data.feedPath, data.feedTitle]).toEqual([expected.feedPath, expected.feedTitle]);
    expect([data.title, data.description]).toEqual([r.title, r.summary]);
    expect(data.release).toBe(r);
    expect(data.jsonLdRelease).toBe(r);
  });
});
