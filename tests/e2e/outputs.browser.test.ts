// The data files and feeds of both builds: well-formed Atom with stable ids, JSON and CSV agreeing with
// the pages, canonical links and sitemap.xml exactly when a SITE_URL is set.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium.ts';
import { chromiumSession } from '../support/chromium-session.ts';
import { DIST, FIXTURE_DIST, FIXTURE_SITE_URL } from './support/paths.ts';
import { allHtmlFiles } from './support/site-pages.ts';

const read = (dist: string, file: string): string => readFileSync(path.join(dist, file), 'utf8');

describe('data files and addresses', () => {
  it('releases.json has a page for every release and releases.csv a record for each', () => {
    for (const dist of [DIST, FIXTURE_DIST]) {
      const { count, releases } = JSON.parse(read(dist, 'releases.json')) as { count: number; releases: { id: string; text: string }[] };
      expect(releases).toHaveLength(count);
      for (const r of releases) {
        expect(existsSync(path.join(dist, 'tiedotteet', r.id, 'index.html')), r.id).toBe(true);
        expect(r.text.length).toBeGreaterThan(0);
      }
      const csv = read(dist, 'releases.csv');
      expect(csv.startsWith('"id","title","date",')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
    }
  });

  it('keeps the CSS and JavaScript a release page loads well under 50 KB', () => {
    const { releases } = JSON.parse(read(DIST, 'releases.json')) as { releases: { id: string }[] };
    const file = `tiedotteet/${releases[0]!.id}/index.html`;
    const html = read(DIST, file);
    const assets = [...html.matchAll(/<(?:link rel="stylesheet" href|script[^>]*src)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    const bytes = assets.reduce((sum, href) => sum + statSync(path.join(DIST, path.dirname(file), href)).size, 0);
    expect(bytes).toBeLessThan(25_000);
  });

  it('leaves a duplicate out and lists it on its canonical release', () => {
    expect(existsSync(path.join(FIXTURE_DIST, 'tiedotteet', '005_paijat-hame-kopio'))).toBe(false);
    expect(read(FIXTURE_DIST, 'tiedotteet/004_6f88f7897521bca1/index.html')).toContain('<code class="ua-url">005_paijat-hame-kopio.txt</code>');
  });

  it('has canonical links and a sitemap only when SITE_URL is set', () => {
    expect(existsSync(path.join(DIST, 'sitemap.xml'))).toBe(false);
    expect(read(DIST, 'index.html')).not.toContain('rel="canonical"');
    const sitemap = read(FIXTURE_DIST, 'sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    // Every HTML page but the 404 page and empty region/topic pages is in the sitemap.
    const empty = (f: string): boolean => /^(alueet|aiheet)\/[^/]+\/index\.html$/.test(f) && !read(FIXTURE_DIST, f).includes('ua-event');
    // Old addresses kept as redirect pages are not pages of their own.
    const redirect = (f: string): boolean => read(FIXTURE_DIST, f).includes('http-equiv="refresh"');
    const pages = allHtmlFiles(FIXTURE_DIST).filter((f) => f !== '404.html' && !empty(f) && !redirect(f));
    expect(pages.length).toBeGreaterThan(20);
    expect(allHtmlFiles(FIXTURE_DIST).filter(empty)).toContain('alueet/kainuu/index.html');
    expect(locs.sort()).toEqual(pages.map((f) => FIXTURE_SITE_URL + f.replace(/index\.html$/, '')).sort());
    const release = read(FIXTURE_DIST, 'tiedotteet/000_4974e31f02f0484b/index.html');
    expect(release).toContain(`<link rel="canonical" href="${FIXTURE_SITE_URL}tiedotteet/000_4974e31f02f0484b/">`);
    expect(release).toContain(`${FIXTURE_SITE_URL}tiedotteet/000_4974e31f02f0484b/</a>`);
  });
});

describe.skipIf(!chromiumAvailable)('Atom feeds, parsed by Chromium', () => {
  const session = chromiumSession();

  it.each([
    ['feed.xml', DIST],
    ['alueet/pirkanmaa/feed.xml', DIST],
    ['aiheet/ict/feed.xml', DIST],
    ['feed.xml', FIXTURE_DIST],
  ])('%s is well-formed Atom with stable ids and links that resolve', async (file, dist) => {
    const page = await session.browser.newPage();
    const xml = read(dist, file);
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.namespaceURI + ' ' + doc.documentElement.localName,
        id: doc.documentElement.getElementsByTagNameNS(ns, 'id')[0]?.textContent,
        entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
          id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
          link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? '',
          updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
          content: e.getElementsByTagNameNS(ns, 'content')[0]?.textContent ?? '',
        })),
      };
    }, xml);
    await page.close();
    expect(feed.error).toBe(false);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.id).toMatch(/^urn:uuid:/);
    expect(feed.entries.length).toBeGreaterThan(0);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
    for (const entry of feed.entries) {
      expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      // The release's own day at Helsinki midnight, with its offset: the date part is never the day before.
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+0[23]:00$/);
      expect(entry.content).toContain('<p>');
      const target = entry.link.startsWith('http')
        ? path.join(dist, entry.link.slice(FIXTURE_SITE_URL.length), 'index.html')
        : path.join(dist, path.dirname(file), entry.link);
      expect(existsSync(target), entry.link).toBe(true);
    }
  });
});
