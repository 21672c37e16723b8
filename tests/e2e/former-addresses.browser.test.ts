// Release pages live at tiedotteet/<id>/; their former addresses julkaisut/<id>/ keep working through
// forwarding pages (scripts/site/forwarding-page.ts). Checked in both builds: every address the site
// gives out for a release names tiedotteet/, every release has a forwarding page and nothing else
// is under julkaisut/, and a browser that opens an old address, from the test server under a
// sub-path, from file:// and with JavaScript off, lands on the release page. Then axe and reflow of
// the forwarding page itself (its refresh held back so that it is the page checked).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium.ts';
import { chromiumSession } from '../support/chromium-session.ts';
import { DIST, FIXTURE_DIST, FIXTURE_SITE_URL } from './support/paths.ts';
import { allHtmlFiles } from './support/site-pages.ts';

interface Row {
  id: string;
  title: string;
  url: string;
}

const read = (dist: string, file: string): string => readFileSync(path.join(dist, file), 'utf8');
const releasesOf = (dist: string): Row[] => (JSON.parse(read(dist, 'releases.json')) as { releases: Row[] }).releases;
const decode = (value: string): string =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Files that may name the former folder: the forwarding pages, and the pages that explain the move. */
const MAY_NAME_FORMER = (file: string): boolean =>
  file.startsWith('julkaisut/') || file === '404.html' || file === 'tietoa/index.html';

describe.each([
  ['the built-in corpus', DIST, null],
  ['the fixtures (with SITE_URL)', FIXTURE_DIST, FIXTURE_SITE_URL],
])('release addresses in %s', (_label, dist, siteUrl) => {
  const releases = releasesOf(dist);
  /** The address the site gives out for release `id`: absolute with SITE_URL, else from the root. */
  const address = (id: string): string => (siteUrl ? `${siteUrl}tiedotteet/${id}/` : `/tiedotteet/${id}/`);

  it('every release page states its tiedotteet/ address: canonical, citation, JSON-LD, data files', () => {
    expect(releases.length).toBeGreaterThan(3);
    for (const r of releases) {
      expect(r.url, r.id).toBe(address(r.id));
      const html = read(dist, `tiedotteet/${r.id}/index.html`);
      const canonical = [...html.matchAll(/<link rel="canonical" href="([^"]*)">/g)].map((m) => decode(m[1]!));
      expect(canonical, r.id).toEqual(siteUrl ? [address(r.id)] : []);
      const publicUrl = [...html.matchAll(/<meta name="citation_public_url" content="([^"]*)">/g)].map((m) => decode(m[1]!));
      expect(publicUrl, r.id).toEqual(siteUrl ? [address(r.id)] : []);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as Record<string, unknown>;
      expect(jsonLd.url, r.id).toBe(siteUrl ? address(r.id) : undefined);
      const line = decode(/class="ua-cite__line"[^>]*>([\s\S]*?)<\//.exec(html)![1]!);
      expect(line, r.id).toContain(siteUrl ? address(r.id) : `Osoite arkiston juuresta: tiedotteet/${r.id}/`);
    }
    const csv = read(dist, 'releases.csv');
    for (const r of releases) expect(csv, r.id).toContain(address(r.id));
  });

  it('feeds and the sitemap link releases at tiedotteet/ and never at the former address', () => {
    const feeds = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('feed.xml'));
    expect(feeds.length).toBeGreaterThan(2);
    let entries = 0;
    for (const feed of feeds) {
      const xml = read(dist, feed);
      for (const entry of xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)) {
        entries++;
        const href = decode(/<link[^>]*href="([^"]*)"/.exec(entry[1]!)![1]!);
        expect(href, feed).toMatch(siteUrl ? new RegExp(`^${siteUrl}tiedotteet/[^/]+/$`) : /tiedotteet\/[^/]+\/index\.html$/);
      }
    }
    expect(entries).toBeGreaterThan(0);
    if (siteUrl) {
      const sitemap = read(dist, 'sitemap.xml');
      for (const r of releases) expect(sitemap, r.id).toContain(`<loc>${address(r.id)}</loc>`);
      expect(sitemap).not.toContain('julkaisut/');
    }
  });

  it('no page or data file outside the forwarding pages names the former folder', async () => {
    const files = (readdirSync(dist, { recursive: true }) as string[])
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => /\.(html|xml|json|csv|js|bib|ris)$/.test(f) && !MAY_NAME_FORMER(f));
    expect(files.length).toBeGreaterThan(releases.length * 3);
    expect(files.filter((f) => read(dist, f).includes('julkaisut/'))).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path.join(dist, 'releases.xlsx')) as unknown as ExcelJS.Buffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text)))));
    expect(cells.filter((c) => c.includes('tiedotteet/')).length).toBe(releases.length);
    expect(cells.filter((c) => c.includes('julkaisut/'))).toEqual([]);
  });

  it('every release has a forwarding page at julkaisut/<id>/, and nothing else is there', () => {
    const former = allHtmlFiles(dist).filter((f) => f.startsWith('julkaisut/'));
    expect(former).toEqual(releases.map((r) => `julkaisut/${r.id}/index.html`).sort());
    expect(readdirSync(path.join(dist, 'julkaisut'), { recursive: true }).length).toBe(releases.length * 2);
    for (const r of releases) {
      const html = read(dist, `julkaisut/${r.id}/index.html`);
      expect(html, r.id).toContain(`<meta http-equiv="refresh" content="0; url=../../tiedotteet/${r.id}/index.html">`);
      expect(html, r.id).toContain('<meta name="robots" content="noindex">');
      expect(html, r.id).toContain(`Tiedote on siirtynyt osoitteeseen <a class="ua-url" href="../../tiedotteet/${r.id}/index.html">${siteUrl ? address(r.id) : `tiedotteet/${r.id}/`}</a>.`);
      if (siteUrl) expect(html, r.id).toContain(`<link rel="canonical" href="${address(r.id)}">`);
      else expect(html, r.id).not.toContain('rel="canonical"');
    }
  });
});

describe.skipIf(!chromiumAvailable)('opening a former release address in a browser', () => {
  const session = chromiumSession({ serve: DIST });
  const [first, second] = releasesOf(DIST);

  async function landsOnReleasePage(from: string, release: Row, javaScriptEnabled = true): Promise<void> {
    const context = await session.browser.newContext({ viewport: { width: 320, height: 700 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(from);
    await page.waitForURL((url) => url.pathname.endsWith(`/tiedotteet/${release.id}/index.html`));
    await expect.poll(() => page.locator('h1').textContent()).toBe(release.title);
    expect(await page.locator('.ua-cite__line').count()).toBe(1);
    await context.close();
  }

  it('from the test server under a sub-path: the folder address and its index.html', async () => {
    await landsOnReleasePage(new URL(`julkaisut/${first!.id}/`, session.url).href, first!);
    await landsOnReleasePage(new URL(`julkaisut/${second!.id}/index.html`, session.url).href, second!);
  });

  it('from file://, with and without JavaScript (the refresh needs none)', async () => {
    const from = pathToFileURL(path.join(DIST, 'julkaisut', first!.id, 'index.html')).href;
    await landsOnReleasePage(from, first!);
    await landsOnReleasePage(from, first!, false);
  });

  it('the forwarding page itself: axe clean, no horizontal scroll at 320 px, its link leads to the release', async () => {
    const from = new URL(`julkaisut/${first!.id}/index.html`, session.url).href;
    for (const width of [320, 1280]) {
      const context = await session.browser.newContext({ viewport: { width, height: 700 } });
      const page = await context.newPage();
      // Hold the refresh back (an aborted navigation leaves the page as it is) to check the page.
      await page.route('**/tiedotteet/**', (route) => route.abort('aborted'));
      await page.goto(from);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((v) => v.id), `${width} px`).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(5);
      const order = await new AxeBuilder({ page }).withRules(['heading-order', 'page-has-heading-one']).analyze();
      expect(order.violations.map((v) => v.id)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await page.getAttribute('html', 'lang')).toBe('fi');
      await expect.poll(() => page.url()).toBe(from);
      await page.unroute('**/tiedotteet/**');
      await page.getByRole('link', { name: /tiedotteet\// }).click();
      await page.waitForURL(new URL(`tiedotteet/${first!.id}/index.html`, session.url).href);
      await context.close();
    }
  });
});
