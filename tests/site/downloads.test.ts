import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/site/archive.ts';
import { CSV_COLUMNS, releasesCsv, releasesJson } from '../../scripts/site/downloads.ts';
import { sitemapXml, sitePageUrls } from '../../scripts/site/sitemap.ts';
import { releaseFile } from './helpers.ts';

const archive = buildArchive([
  releaseFile('a', { title: 'Otsikko, "lainaus"', topics: ['ICT', 'kasvupalvelut'] }, 'Ensimmäinen kappale.\n\nToinen <b>kappale</b>.'),
  releaseFile('b', { date: null, region: null }),
  releaseFile('a2', { duplicateOf: 'a' }),
]);

describe('releases.csv', () => {
  const csv = releasesCsv(archive, 'https://h.fi/');
  const lines = csv.split('\r\n');

  it('has the documented header and one record per published release', () => {
    expect(lines[0]).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(lines.filter(Boolean)).toHaveLength(3);
  });

  it('quotes fields and joins lists with "; "', () => {
    expect(lines[1]).toContain('"Otsikko, ""lainaus"""');
    expect(lines[1]).toContain('ICT; kasvupalvelut');
    expect(lines[1]).toContain('https://h.fi/tiedotteet/a/');
    expect(lines[1]!.endsWith(',"a2"')).toBe(true);
  });
});

describe('releases.json', () => {
  it('carries metadata and plain text of every published release', () => {
    const data = JSON.parse(releasesJson(archive, null));
    expect(data.count).toBe(2);
    expect(data.releases[0]).toMatchObject({
      id: 'a',
      url: '/tiedotteet/a/',
      topics: ['ICT', 'kasvupalvelut'],
      alsoPublishedAs: ['a2'],
      text: 'Ensimmäinen kappale.\n\nToinen <b>kappale</b>.',
      citation: { type: 'webpage', title: 'Otsikko, "lainaus"', author: [{ literal: 'Pirkanmaa' }], issued: { 'date-parts': [[2018, 2, 23]] } },
    });
    expect(data.releases[1]).toMatchObject({ id: 'b', date: null, region: null, dateCertainty: 'unknown' });
  });
});

describe('sitemap.xml', () => {
  it('lists every HTML page once, absolute', () => {
    const urls = sitePageUrls(archive);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain('/tiedotteet/a/');
    expect(urls).not.toContain('/tiedotteet/a2/');
    const xml = sitemapXml(archive, 'https://h.fi/arkisto/');
    expect(xml).toContain('<loc>https://h.fi/arkisto/tiedotteet/a/</loc>');
    expect(xml).toContain('<loc>https://h.fi/arkisto/aikajana/2018/</loc>');
  });
});
