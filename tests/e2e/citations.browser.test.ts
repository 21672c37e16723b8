// What a reference manager gets from each release page, in both builds: citation_* and Dublin Core
// tags on every release page, and .bib/.ris files that parse with citation-js (real BibTeX and RIS
// parsers from npm) to the release's own title, date and address. Then the "Kopioi viittaus" button.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium.ts';
import { chromiumSession } from '../support/chromium-session.ts';
import { DIST, FIXTURE_DIST, FIXTURE_SITE_URL } from './support/paths.ts';

interface Row {
  id: string;
  title: string;
  date: string | null;
  dateCertainty: string;
  url: string;
  source: { file: string; sha256: string };
}

const releasesOf = (dist: string): Row[] =>
  (JSON.parse(readFileSync(path.join(dist, 'releases.json'), 'utf8')) as { releases: Row[] }).releases;

function metaTags(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const m of html.matchAll(/<meta name="([^"]+)" content="([^"]*)">/g)) {
    const value = m[2]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    tags.set(m[1]!, [...(tags.get(m[1]!) ?? []), value]);
  }
  return tags;
}

describe.each([
  ['the built-in corpus', DIST, null],
  ['the fixtures (with SITE_URL)', FIXTURE_DIST, FIXTURE_SITE_URL],
])('citations in %s', (_label, dist, siteUrl) => {
  const releases = releasesOf(dist);

  it('puts citation_* and Dublin Core tags on every release page', () => {
    expect(releases.length).toBeGreaterThan(4);
    for (const r of releases) {
      const tags = metaTags(readFileSync(path.join(dist, 'tiedotteet', r.id, 'index.html'), 'utf8'));
      expect(tags.get('citation_title'), r.id).toEqual([r.title]);
      expect(tags.get('DC.title'), r.id).toEqual([r.title]);
      expect(tags.get('citation_publisher'), r.id).toEqual(['Uudistusarkisto']);
      const stated = r.dateCertainty === 'exact' ? [r.date!.replace(/-/g, '/')] : undefined;
      expect(tags.get('citation_publication_date'), r.id).toEqual(stated);
      expect(tags.get('citation_public_url'), r.id).toEqual(siteUrl ? [`${siteUrl}tiedotteet/${r.id}/`] : undefined);
    }
  });

  it('gives every release a .bib and a .ris file that parse to its title, date and address', () => {
    for (const r of releases) {
      const folder = path.join(dist, 'tiedotteet', r.id);
      for (const ext of ['bib', 'ris']) {
        const [item] = new Cite(readFileSync(path.join(folder, `${r.id}.${ext}`), 'utf8')).data as {
          title: string;
          issued?: { 'date-parts': number[][] };
          URL?: string;
        }[];
        expect(item!.title.replace(/\s+/g, ' '), `${r.id}.${ext}`).toBe(r.title.replace(/\s+/g, ' ').trim());
        expect(item!.issued?.['date-parts'][0], `${r.id}.${ext}`).toEqual(r.date ? r.date.split('-').map(Number) : undefined);
        expect(item!.URL, `${r.id}.${ext}`).toBe(siteUrl ? `${siteUrl}tiedotteet/${r.id}/` : undefined);
      }
      const page = readFileSync(path.join(folder, 'index.html'), 'utf8');
      expect(page).toContain(`href="${r.id}.bib" download>Lataa BibTeX`);
      expect(page).toContain(`href="${r.id}.ris" download>Lataa RIS`);
    }
  });

  it('publishes each source byte for byte where it is there, and links only those', () => {
    let linked = 0;
    for (const r of releases) {
      const page = readFileSync(path.join(dist, 'tiedotteet', r.id, 'index.html'), 'utf8');
      const link = page.match(/<a href="([^"]+)" download>Lataa lähdetiedosto<\/a>/);
      if (!link) continue;
      linked++;
      const bytes = readFileSync(path.join(dist, 'tiedotteet', r.id, decodeURIComponent(link[1]!)));
      expect(createHash('sha256').update(bytes).digest('hex'), r.id).toBe(r.source.sha256);
    }
    // The built-in corpus has every source; the fixtures only the five that are in content/sources.
    expect(linked).toBe(dist === DIST ? releases.length : 5);
  });
});

describe.skipIf(!chromiumAvailable)('the "Kopioi viittaus" button', () => {
  const session = chromiumSession({ serve: DIST });

  it('copies the citation line and says so; without JavaScript the line is there and no button shows', async () => {
    const id = releasesOf(DIST)[0]!.id;
    const url = new URL(`tiedotteet/${id}/index.html`, session.url).href;
    const context = await session.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.url).origin });
    const page = await context.newPage();
    await page.goto(url);
    const line = (await page.locator('.ua-cite__line').textContent())!.trim();
    await page.getByRole('button', { name: 'Kopioi viittaus' }).click();
    await expect.poll(() => page.locator('#viittaus-tila').textContent()).toBe('Viittaus kopioitu leikepöydälle.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(line);
    await context.close();

    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(url);
    expect((await plain.locator('.ua-cite__line').textContent())!.trim()).toBe(line);
    expect(await plain.getByRole('button', { name: 'Kopioi viittaus' }).count()).toBe(0);
    await noScript.close();
  });
});
