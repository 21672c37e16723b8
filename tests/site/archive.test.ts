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
    expect(undated).toMatchObject({ url: '/tiedotteet/undated/', year: null, month: null, regionSlug: null, topicSlugs: [] });
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
    expect(archive.feeds).toHaveLength(1 + 19 + 1 + 4);
  });
});

describe('buildArchive: retired and national releases', () => {
  const archive = buildArchive([
    releaseFile('kept', { date: '2018-01-01' }),
    releaseFile('gone', { date: '2018-02-01', retired: true }),
    releaseFile('copy-of-gone', { date: '2018-02-02', duplicateOf: 'gone' }),
    releaseFile('ministry', { date: '2018-03-01', scope: 'national', region: null }),
    releaseFile('unknown-area', { date: '2018-04-01', scope: null, region: null }),
  ]);

  it('publishes no retired release, nor a copy of one, and names the retired ones', () => {
    expect(archive.releases.map((r) => r.id)).toEqual(['unknown-area', 'ministry', 'kept']);
    expect(archive.retired.map((r) => r.id)).toEqual(['gone']);
    expect(archive.feeds.flatMap((f) => f.entries.map((r) => r.id))).not.toContain('gone');
  });

  it('groups national releases apart from the regions, with a page and a feed of their own', () => {
    expect(archive.national).toMatchObject({ slug: 'valtakunnalliset', url: '/alueet/valtakunnalliset/', count: 1 });
    expect(archive.areas.at(-1)).toBe(archive.national);
    expect(archive.areas).toHaveLength(20);
    expect(archive.feeds.find((f) => f.path === '/alueet/valtakunnalliset/feed.xml')!.entries.map((r) => r.id)).toEqual(['ministry']);
  });

  it('gives each release the area it is listed under, or none', () => {
    expect(archive.byId.get('kept')!.area).toEqual({ name: 'Pirkanmaa', url: '/alueet/pirkanmaa/' });
    expect(archive.byId.get('ministry')!.area).toEqual({ name: 'Valtakunnalliset tiedotteet', url: '/alueet/valtakunnalliset/' });
    expect(archive.byId.get('unknown-area')!.area).toBeNull();
  });
});
