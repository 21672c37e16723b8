import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/site/archive.ts';
import { releaseFile } from './helpers.ts';

describe('buildArchive', () => {
  const archive = buildArchive([
    releaseFile('old', { date: '2016-05-10', region: 'Lappi', topics: ['kasvupalvelut'] }),
    releaseFile('new', { date: '2019-03-12', region: 'Päijät-Häme', topics: ['ICT', 'valinnanvapaus'] }),
    releaseFile('copy', { date: '2019-03-12', region: 'Päijät-Häme', duplicateOf: 'new' }),
    releaseFile('copy-of-copy', { date: null, duplicateOf: 'copy' }),
    releaseFile('orphan', { date: '2017-01-01', duplicateOf: 'missing' }),
    releaseFile('undated', { date: null, region: null, topics: [] }),
  ]);

  it('publishes newest first, undated last, duplicates left out', () => {
    expect(archive.releases.map((r) => r.id)).toEqual(['new', 'orphan', 'old', 'undated']);
  });

  it('lists duplicates (and duplicates of duplicates) as "also published as" on the canonical', () => {
    expect(archive.byId.get('new')!.alsoPublishedAs.map((d) => d.id)).toEqual(['copy', 'copy-of-copy']);
    expect(archive.duplicates.map((d) => d.id)).toEqual(['copy', 'copy-of-copy']);
  });

  it('publishes a release whose duplicateOf names no known release rather than lose it', () => {
    expect(archive.byId.has('orphan')).toBe(true);
  });

  it('counts every region and topic of the vocabulary, zero included', () => {
    expect(archive.regions).toHaveLength(19);
    expect(archive.regions.find((r) => r.slug === 'lappi')!.count).toBe(1);
    expect(archive.regions.find((r) => r.slug === 'kainuu')!.count).toBe(0);
    expect(archive.topics.map((t) => [t.slug, t.count])).toEqual([
      ['ict', 1],
      ['kasvupalvelut', 1],
      ['valinnanvapaus', 1],
      ['henkilokohtainen-budjetti', 0],
    ]);
  });

  it('derives URLs, slugs and year/month, and a sensible release with nothing known', () => {
    const undated = archive.byId.get('undated')!;
    expect(undated).toMatchObject({ url: '/julkaisut/undated/', year: null, month: null, regionSlug: null, topicSlugs: [] });
    expect(archive.byId.get('new')).toMatchObject({ year: 2019, month: 3, regionSlug: 'paijat-hame', topicSlugs: ['ict', 'valinnanvapaus'] });
  });

  it('spans the dated releases', () => {
    expect(archive.span).toEqual({ first: '2016-05-10', last: '2019-03-12' });
    expect(buildArchive([]).span).toBeNull();
  });

  it('makes feeds of dated releases only, with a stable updated day', () => {
    const main = archive.feeds[0]!;
    expect(main.path).toBe('/feed.xml');
    expect(main.entries.map((r) => r.id)).toEqual(['new', 'orphan', 'old']);
    expect(main.updated).toBe('2019-03-12');
    expect(archive.feeds.find((f) => f.path === '/alueet/kainuu/feed.xml')!.updated).toBe('2015-01-01');
    expect(archive.feeds).toHaveLength(1 + 19 + 4);
  });
});
