// The result tools of the search page in real Chromium, over the built-in releases: order, date range,
// several values per facet, removable filter chips, the status naming the filters, CSV download,
// whole titles, the page title, browsing with an empty query, one search landmark, the no-JS message,
// reflow at 320 px, and axe with the tools in use; from file:// and over http under a sub-path.
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { FIXTURE_DIST } from '../e2e/support/paths.ts';
import { chromiumAvailable } from '../support/chromium.ts';
import { chromiumSession } from '../support/chromium-session.ts';
import { siteDir } from './site-under-test.ts';

const RESULT = '.ua-haku__result';
const ALL = 5; // releases in content/releases

describe.skipIf(!chromiumAvailable)('search result tools', () => {
  const session = chromiumSession({ serve: siteDir });
  let fileUrl: string;
  beforeAll(() => {
    fileUrl = session.fileUrl('haku/index.html');
  });

  async function open(url: string, viewport = { width: 1100, height: 900 }): Promise<{ page: Page; errors: string[] }> {
    const context = await session.browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.locator('[data-ready="true"]').waitFor();
    return { page, errors };
  }
  const status = (page: Page): Promise<string> => page.locator('#ua-haku-tila').textContent().then((t) => t ?? '');
  const dates = (page: Page): Promise<string[]> =>
    page.locator('.ua-haku__meta').allTextContents().then((metas) => metas.map((m) => m.split(' · ')[0] ?? ''));
  /** The fixture archive browsed (more than one page of releases): the page and how many it lists. */
  async function openFixtureBrowsing(serverUrl: string): Promise<{ page: Page; errors: string[]; n: number }> {
    const { page, errors } = await open(`${serverUrl}haku/index.html`);
    await expect.poll(() => status(page)).toMatch(/^Arkistossa on \d+ tiedotetta, uusin ensin\.$/);
    const n = Number(/\d+/.exec(await status(page))![0]);
    expect(n).toBeGreaterThan(10);
    return { page, errors, n };
  }

  it('lists every release newest first for an empty query, undated last', async () => {
    const { page, errors } = await open(fileUrl);
    await expect.poll(() => status(page)).toBe(`Arkistossa on ${ALL} tiedotetta, uusin ensin.`);
    expect(await dates(page)).toEqual(['12.3.2019', '14.9.2018', '23.2.2018', '3.7.2017', 'ilman päivämäärää']);
    // Facets browse the whole archive.
    expect(await page.getByRole('checkbox').count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('orders by the visible control and keeps the order in the URL', async () => {
    const { page } = await open(`${fileUrl}?jarjestys=vanhin`);
    await expect.poll(() => dates(page)).toEqual(['3.7.2017', '23.2.2018', '14.9.2018', '12.3.2019', 'ilman päivämäärää']);
    expect(await page.locator('#ua-haku-jarjestys').inputValue()).toBe('vanhin');
    await page.locator('#ua-haku-jarjestys').selectOption('uusin');
    await expect.poll(() => dates(page)).toEqual(['12.3.2019', '14.9.2018', '23.2.2018', '3.7.2017', 'ilman päivämäärää']);
    expect(page.url()).toContain('jarjestys=uusin');
    await page.locator('#ua-haku-jarjestys').selectOption('osuvuus');
    await expect.poll(() => page.url()).not.toContain('jarjestys');
    await page.context().close();
  });

  it('narrows to a date range from the inputs, and names it in the status and the chips', async () => {
    const { page } = await open(fileUrl);
    await page.locator(RESULT).first().waitFor();
    await page.locator('#ua-haku-alkaen').fill('2018-01-01');
    await page.locator('#ua-haku-asti').fill('2018-12-31');
    await expect.poll(() => dates(page)).toEqual(['14.9.2018', '23.2.2018']);
    expect(page.url()).toContain('alkaen=2018-01-01');
    expect(page.url()).toContain('asti=2018-12-31');
    expect(await status(page)).toBe('Rajauksella alkaen 1.1.2018, asti 31.12.2018 löytyi 2 tiedotetta.');
    expect(await page.locator('.ua-haku__chip').allTextContents()).toEqual(['alkaen 1.1.2018×', 'asti 31.12.2018×', 'Poista kaikki rajaukset']);
    await page.context().close();
  });

  it('takes several values of a facet, from the checkboxes and from a linked URL', async () => {
    const { page } = await open(fileUrl);
    await page.locator(RESULT).first().waitFor();
    await page.getByRole('checkbox', { name: /^Pirkanmaa/ }).check();
    await expect.poll(() => page.locator(RESULT).count()).toBe(2);
    await page.getByRole('checkbox', { name: /^Päijät-Häme/ }).check();
    await expect.poll(() => page.locator(RESULT).count()).toBe(3);
    expect(new URL(page.url()).searchParams.getAll('alue')).toEqual(['pirkanmaa', 'paijat-hame']);
    const linked = await open(`${fileUrl}?alue=pirkanmaa&alue=paijat-hame&vuosi=2018&vuosi=2019`);
    await expect.poll(() => dates(linked.page)).toEqual(['12.3.2019', '14.9.2018']);
    expect(await linked.page.getByRole('checkbox', { name: /^Päijät-Häme/ }).isChecked()).toBe(true);
    await linked.page.context().close();
    await page.context().close();
  });

  it('shows the active filters as chips on a phone without opening anything, and removes one', async () => {
    const { page } = await open(`${fileUrl}?q=kunta&alue=pirkanmaa&vuosi=2018`, { width: 360, height: 740 });
    await page.locator(RESULT).first().waitFor();
    expect(await page.locator('#ua-haku-rajaus').getAttribute('open')).toBeNull();
    const chip = page.getByRole('button', { name: 'Poista rajaus 2018' });
    expect(await chip.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Poista rajaus Pirkanmaa' }).isVisible()).toBe(true);
    await chip.click();
    await expect.poll(() => page.url()).not.toContain('vuosi=');
    expect(page.url()).toContain('alue=pirkanmaa');
    await expect.poll(() => page.locator('.ua-haku__chip').count()).toBe(1);
    // The keyboard stays with the chips.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Poista rajaus Pirkanmaa');
    await page.context().close();
  });

  it('says which filters left the list empty', async () => {
    const { page } = await open(`${fileUrl}?q=pilotti&alue=keski-suomi&vuosi=2018`);
    await expect.poll(() => status(page)).toBe('Haulla ”pilotti” ei tuloksia rajauksella Keski-Suomi, 2018.');
    // The way out is offered: the same query without filters.
    await expect.poll(() => page.locator('#ua-haku-ehdotukset a').allTextContents()).toContainEqual(
      expect.stringMatching(/ilman rajauksia/),
    );
    const bare = await open(`${fileUrl}?alue=keski-suomi&vuosi=2018`);
    await expect.poll(() => status(bare.page)).toBe('Ei tuloksia rajauksella Keski-Suomi, 2018.');
    await bare.page.context().close();
    await page.context().close();
  });

  it('shows whole titles with the matches marked inside, and names the query in the page title', async () => {
    const { page } = await open(`${fileUrl}?q=syksyll%C3%A4`);
    const heading = page.locator(`${RESULT} h2`).first();
    await heading.waitFor();
    expect(await heading.textContent()).toBe(
      'Pirkanmaa valmistelee hakemusta henkilökohtaisen budjetin pilottiin, päätös hakeutumisesta syksyllä',
    );
    expect(await heading.locator('mark').allTextContents()).toEqual(['syksyllä']);
    expect(await page.title()).toBe('”syksyllä” – Haku – Uudistusarkisto');
    await page.locator('#ua-haku-q').fill('budjetti');
    await expect.poll(() => page.title()).toBe('”budjetti” – Haku – Uudistusarkisto');
    await page.context().close();
  });

  it('saves the current list as CSV, offline from file://', async () => {
    const { page } = await open(`${fileUrl}?alue=pirkanmaa&jarjestys=vanhin`);
    await expect.poll(() => page.locator(RESULT).count()).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa tulokset (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('hakutulokset.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\ufeffotsikko,päivämäärä,alue,laajuus,aiheet,kieli,osoite\r\n')).toBe(true);
    const rows = text.trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    // The title has a comma, so it is quoted.
    expect(rows[1]).toMatch(/^"Pirkanmaa valmistelee hakemusta henkilökohtaisen budjetin pilottiin, päätös hakeutumisesta syksyllä",2017-07-03,Pirkanmaa,alueellinen,.*,fi,/);
    expect(rows[2]).toMatch(/,2018-09-14,Pirkanmaa,/);
    expect(rows[1]).toMatch(/,file:\/\/\/.*\/tiedotteet\/[^/]+\/index\.html$/);
    await expect.poll(() => status(page)).toBe('CSV-tiedostoon tallennettiin 2 tiedotetta.');
    await page.context().close();
  });

  it('works over http under a sub-path: order, range and CSV with the site addresses', async () => {
    const { page, errors } = await open(`${session.url}haku/index.html?q=kunta&alkaen=2018-01-01&jarjestys=vanhin`);
    await expect.poll(() => dates(page)).toEqual(['23.2.2018', '14.9.2018', '12.3.2019']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#ua-haku-csv').click()]);
    expect(download.suggestedFilename()).toBe('hakutulokset-kunta.csv');
    const rows = readFileSync((await download.path())!, 'utf8').trimEnd().split('\r\n');
    expect(rows).toHaveLength(4);
    for (const row of rows.slice(1)) expect(row).toContain(`,${session.url}tiedotteet/`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('saves the CSV from the ids and titles alone: every release, its own title and address, no text loaded', async () => {
    // The fixture releases: more than one page, so the texts past the first page are never loaded.
    const server = await serveStatic(FIXTURE_DIST, '/arkisto/');
    try {
      const { page, errors, n } = await openFixtureBrowsing(server.url);
      await expect
        .poll(() => page.evaluate(() => Object.keys((window as unknown as { UudistusHakuOtsikot?: object }).UudistusHakuOtsikot ?? {}).length))
        .toBeGreaterThan(0);
      // From here on a text load never answers (let go at the end, for a clean close).
      let letGo!: () => void;
      const held = new Promise<void>((resolve) => (letGo = resolve));
      let textsAsked = 0;
      await page.route('**/haku/tekstit/**', async (route) => {
        textsAsked++;
        await held;
        await route.continue();
      });
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#ua-haku-csv').click()]);
      const rows = readFileSync((await download.path())!, 'utf8').trimEnd().split('\r\n').slice(1);
      expect(textsAsked).toBe(0);
      // Each row starts with the title of the release its address names (the site's releases.json).
      const released = JSON.parse(readFileSync(join(FIXTURE_DIST, 'releases.json'), 'utf8')) as { releases: { id: string; title: string }[] };
      const titleOf = new Map(released.releases.map((r) => [r.id, r.title]));
      // As csv.js writes a cell: a formula start neutralised, then quoted when needed.
      const cell = (text: string): string => {
        const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
        return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
      };
      const ids = rows.map((row) => decodeURIComponent(/\/tiedotteet\/([^/]+)\/index\.html$/.exec(row)?.[1] ?? ''));
      expect(rows).toHaveLength(n);
      expect(new Set(ids).size).toBe(n);
      rows.forEach((row, i) => {
        expect(titleOf.has(ids[i]!), row).toBe(true);
        expect(row.startsWith(`${cell(titleOf.get(ids[i]!)!)},`), row).toBe(true);
      });
      await expect.poll(() => status(page)).toBe(`CSV-tiedostoon tallennettiin ${n} tiedotetta.`);
      letGo();
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await server.close();
    }
  });

  it('shows the next page once per press of "more", even pressed twice while its texts load, and moves focus to it', async () => {
    const server = await serveStatic(FIXTURE_DIST, '/arkisto/');
    try {
      const { page, errors, n } = await openFixtureBrowsing(server.url);
      await expect.poll(() => page.locator(RESULT).count()).toBe(10);
      // The next page's texts are held back until both presses are in.
      let letGo!: () => void;
      const held = new Promise<void>((resolve) => (letGo = resolve));
      await page.route('**/haku/tekstit/**', async (route) => {
        await held;
        await route.continue();
      });
      const more = page.locator('#ua-haku-lisaa');
      await more.click();
      await more.click();
      letGo();
      const expected = Math.min(n, 20);
      await expect.poll(() => page.locator(RESULT).count()).toBe(expected);
      // A moment for a second append to land, if there were one.
      await page.waitForTimeout(300);
      const hrefs = await page.locator(`${RESULT} a`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs).toHaveLength(expected);
      expect(new Set(hrefs).size).toBe(expected);
      const focusedIndex = await page.evaluate(() => {
        const item = document.activeElement?.closest('li');
        return item ? Array.prototype.indexOf.call(item.parentElement!.children, item) : -1;
      });
      expect(focusedIndex).toBe(10);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await server.close();
    }
  });

  it('asks for the same page again on the next press of "more" after its texts failed to load', async () => {
    const server = await serveStatic(FIXTURE_DIST, '/arkisto/');
    try {
      const { page, n } = await openFixtureBrowsing(server.url);
      await expect.poll(() => page.locator(RESULT).count()).toBe(10);
      let refuse = true;
      await page.route('**/haku/tekstit/**', (route) => (refuse ? route.abort() : route.continue()));
      const more = page.locator('#ua-haku-lisaa');
      await more.click();
      await expect.poll(() => status(page)).toBe('Hakua ei voitu ladata. Lataa sivu uudelleen.');
      expect(await page.locator(RESULT).count()).toBe(10);
      refuse = false;
      await more.click();
      const expected = Math.min(n, 20);
      await expect.poll(() => page.locator(RESULT).count()).toBe(expected);
      const hrefs = await page.locator(`${RESULT} a`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(new Set(hrefs).size).toBe(expected);
      await page.context().close();
    } finally {
      await server.close();
    }
  });

  it('has one search landmark, the page’s own', async () => {
    const { page } = await open(fileUrl);
    expect(await page.getByRole('search').count()).toBe(1);
    expect(await page.locator('#ua-haku-form').getAttribute('role')).toBe('search');
    await page.context().close();
  });

  it('says without JavaScript that it needs it, and where the releases are instead', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(fileUrl);
    const message = page.locator('.ua-haku__nojs');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain('Haku tarvitsee JavaScriptin');
    const hrefs = await message.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.map((h) => h.replace(/^.*\/dist\//, ''))).toEqual([
      'aikajana/index.html',
      'alueet/index.html',
      'aiheet/index.html',
      'releases.csv',
      'releases.json',
      'tietoa/index.html',
    ]);
    for (const href of hrefs) expect(existsSync(new URL(href).pathname), href).toBe(true);
    // The tools are for the script to show; without it they stay out of the way.
    expect(await page.locator('#ua-haku-tyokalut').isVisible()).toBe(false);
    await context.close();
  });

  it('reflows at 320 px with tools, chips and results: nothing scrolls sideways', async () => {
    const { page } = await open(`${fileUrl}?q=henkil%C3%B6kohtainen+budjetti&aihe=henkilokohtainen-budjetti&alkaen=2016-01-01`, {
      width: 320,
      height: 640,
    });
    await page.locator(RESULT).first().waitFor();
    expect(await page.locator('.ua-haku__chip').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('has no WCAG 2.1 AA violations with filters, chips and tools in use', async () => {
    const { page } = await open(`${session.url}haku/index.html?q=kunta&alue=pirkanmaa&alue=paijat-hame&alkaen=2017-01-01&jarjestys=uusin`);
    await page.locator(RESULT).first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });
});
