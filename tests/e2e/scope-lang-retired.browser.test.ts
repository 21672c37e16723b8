// Issue 10 on the site, in the fixture build: national releases in a group of their own, a Swedish
// release marked lang="sv" inside Finnish chrome, the original address as a plain link the page
// never requests, the new fields in the data files, and a retired release published nowhere.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium.ts';
import { chromiumSession } from '../support/chromium-session.ts';
import { guardContext } from './support/guard.ts';
import { FIXTURE_DIST, FIXTURE_RELEASES } from './support/paths.ts';

const NATIONAL = '011_valtakunnallinen-ohjausryhma';
const SWEDISH = '012_pohjanmaa-svenska';
const RETIRED = '013_poistettu';
const read = (file: string): string => readFileSync(path.join(FIXTURE_DIST, file), 'utf8');

describe('national, Swedish and retired releases in the files', () => {
  it('lists national releases in their own group with a page of their own', () => {
    const index = read('alueet/index.html');
    expect(index).toMatch(/<h2 id="valtakunnalliset">Valtakunnalliset tiedotteet<\/h2>/);
    expect(index).toContain('href="valtakunnalliset/index.html">Valtakunnalliset tiedotteet</a>');
    const group = read('alueet/valtakunnalliset/index.html');
    expect(group).toContain(`tiedotteet/${NATIONAL}/index.html`);
    expect(read(`tiedotteet/${NATIONAL}/index.html`)).toContain('href="../../alueet/valtakunnalliset/index.html">Valtakunnalliset tiedotteet</a>');
  });

  it('carries scope, lang and the original address in releases.json and releases.csv', () => {
    const { releases } = JSON.parse(read('releases.json')) as {
      releases: { id: string; scope: string | null; lang: string; source: { url: string | null } }[];
    };
    const byId = new Map(releases.map((r) => [r.id, r]));
    expect(byId.get(NATIONAL)).toMatchObject({ scope: 'national', lang: 'fi', source: { url: 'https://alueuudistus.example.fi/uutiset/ohjausryhma-20-4-2018' } });
    expect(byId.get(SWEDISH)).toMatchObject({ scope: 'regional', lang: 'sv' });
    const csv = read('releases.csv');
    const header = csv.split('\r\n')[0]!.split(',').map((h) => h.replace(/"/g, ''));
    for (const column of ['scope', 'lang', 'sourceUrl']) expect(header).toContain(column);
    // The values too, not only the columns: the national release's row says national, the Swedish one sv.
    const records = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    const csvById = new Map(records.map((r) => [r.id, r]));
    expect(csvById.get(NATIONAL)).toMatchObject({ scope: 'national', region: '', lang: 'fi' });
    expect(csvById.get(SWEDISH)).toMatchObject({ scope: 'regional', region: 'Pohjanmaa', lang: 'sv' });
    expect(csv).toContain('https://landskapsreform.example.fi/nyheter/valfrihet');
  });

  it('publishes a retired release nowhere: no page, list, feed, data file, sitemap or search entry', () => {
    expect(existsSync(path.join(FIXTURE_DIST, 'tiedotteet', RETIRED))).toBe(false);
    const files = (readdirSync(FIXTURE_DIST, { recursive: true }) as string[]).filter((f) => /\.(html|xml|json|csv|js|bib|ris)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const mentions = files.filter((f) => /013_poistettu|POISTETTUTEKSTI|Poistettu tiedote ei näy arkistossa/.test(readFileSync(path.join(FIXTURE_DIST, f), 'utf8')));
    expect(mentions).toEqual([]);
  });

  it('says in the build output how many releases were retired', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'ua-retired-'));
    try {
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/build-site.ts', '--releases', FIXTURE_RELEASES, '--out', out],
        { encoding: 'utf8', env: { ...process.env, SITE_URL: '' } },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/\b1 release retired\b/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!chromiumAvailable)('Swedish content in Finnish chrome, and the original address, in Chromium', () => {
  const session = chromiumSession();

  /** The language an element's text is read in: its nearest lang attribute. */
  const langOf = (selector: string) => (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang') ?? `no ${selector}`;

  it('marks the Swedish title, body and list entries lang="sv" and leaves the chrome Finnish', async () => {
    const page = await session.browser.newPage();
    await page.goto(pathToFileURL(path.join(FIXTURE_DIST, 'tiedotteet', SWEDISH, 'index.html')).href);
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    expect(await page.locator('h1').evaluate(langOf('h1'))).toBe('sv');
    expect(await page.locator('.ua-body p').first().evaluate(langOf('body'))).toBe('sv');
    for (const chrome of ['.ua-header', '.ua-nav', '.ua-footer', '.ua-facts dt', '#viittaus']) {
      expect(await page.locator(chrome).first().evaluate(langOf(chrome)), chrome).toBe('fi');
    }
    // Wherever the title is listed (the region's timeline, the front page's cards), it is Swedish too.
    for (const list of ['alueet/pohjanmaa/index.html', 'index.html']) {
      await page.goto(pathToFileURL(path.join(FIXTURE_DIST, list)).href);
      const link = page.locator(`a[href$="${SWEDISH}/index.html"]`).first();
      expect(await link.evaluate(langOf(list)), list).toBe('sv');
    }
    await page.close();
  });

  it('shows the original address as a plain outside link that the page never requests', async () => {
    const context = await session.browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(FIXTURE_DIST, 'tiedotteet', NATIONAL, 'index.html')).href);
    const link = page.getByRole('link', { name: 'https://alueuudistus.example.fi/uutiset/ohjausryhma-20-4-2018' });
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(await page.locator('dt', { hasText: 'Alkuperäinen osoite' }).count()).toBe(1);
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(guard.foreign).toEqual([]);
  });
});
