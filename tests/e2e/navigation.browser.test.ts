// The same dist/ in real Chromium from file:// and over http under a sub-path: navigation by the
// menus, styles applied under the Content-Security-Policy, no request to another host, reading
// without JavaScript, the skip link, and the print style sheet.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium.ts';
import { chromiumSession } from '../support/chromium-session.ts';
import { guardContext } from './support/guard.ts';
import { pageTypes } from './support/site-pages.ts';
import { DIST } from './support/paths.ts';

/** The header's background: proof that site.css loaded (and was not blocked by the CSP). */
const BRAND_BACKGROUND = 'rgb(10, 63, 110)';

describe.skipIf(!chromiumAvailable)('the site in Chromium', () => {
  const session = chromiumSession({ serve: DIST });

  const bases = (): [string, string][] => [
    ['file://', session.fileUrl()],
    ['http under /arkisto/', session.url],
  ];

  async function open(context: BrowserContext, url: string): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(url);
    if (response) expect(response.status(), url).toBe(200);
    return page;
  }

  // Polled: a click resolves when the next page starts loading, maybe before its stylesheet has.
  async function expectStyled(page: Page): Promise<void> {
    const background = (): Promise<string> => page.locator('.ua-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect.poll(background, { message: page.url(), timeout: 5000 }).toBe(BRAND_BACKGROUND);
  }

  it.each([0, 1])('navigates the menus, a region, a year and a release (base %i)', async (which) => {
    const [label, base] = bases()[which]!;
    const context = await session.browser.newContext();
    const guard = await guardContext(context);
    const page = await open(context, new URL('index.html', base).href);
    await expectStyled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('fi');

    for (const [menu, heading] of [
      ['Aikajana', 'Aikajana'],
      ['Alueet', 'Alueet'],
      ['Aiheet', 'Aiheet'],
      ['Tietoa', 'Tietoa arkistosta'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: menu }).click();
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 5000 }).toContain(heading);
      await expectStyled(page);
      const current = page.getByRole('navigation', { name: 'Päävalikko' }).locator('[aria-current="page"]');
      expect(await current.textContent(), `${label}: aria-current on ${menu}`).toBe(menu);
    }

    // A region with releases, then one of its releases, then back home by the brand link.
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Alueet' }).click();
    await page.locator('.ua-index__item:not(.ua-index__item--empty) a').first().click();
    await expectStyled(page);
    await page.locator('.ua-event__title a').first().click();
    await expect.poll(() => page.locator('.ua-release h1').count()).toBe(1);
    await expectStyled(page);
    expect(page.url()).toMatch(/\/tiedotteet\/[^/]+\/index\.html$/);

    // From the release to its year on the timeline via the footer-free path: the timeline menu.
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Aikajana' }).click();
    await page.locator('.ua-year__title a').first().click();
    await expect.poll(() => page.url()).toMatch(/\/aikajana\/\d{4}\/index\.html$/);
    await page.locator('.ua-brand').click();
    await expect.poll(() => page.url()).toMatch(/\/index\.html$/);

    // The header search form leads to the search page with the query in the URL.
    await page.getByLabel('Hae tiedotteista').fill('pilotti');
    await page.getByRole('button', { name: 'Hae' }).click();
    await expect.poll(() => page.url()).toMatch(/\/haku\/index\.html\?q=pilotti$/);

    await context.close();
    expect(guard.foreign, `${label}: requests to other hosts`).toEqual([]);
    expect(guard.errors.filter((e) => /Content Security Policy|Refused/.test(e)), `${label}: CSP`).toEqual([]);
  });

  it.each([0, 1])('loads every page type with its styles, no CSP violation and nothing from elsewhere (base %i)', async (which) => {
    const [label, base] = bases()[which]!;
    const context = await session.browser.newContext();
    const guard = await guardContext(context);
    for (const [type, file] of Object.entries(pageTypes(DIST))) {
      const page = await open(context, new URL(file, base).href);
      await expectStyled(page);
      expect(await page.locator('h1').count(), `${label} ${type}: one h1`).toBe(1);
      const footerLink = page.locator('footer').getByRole('link', { name: 'Saavutettavuusseloste' });
      expect(await footerLink.count(), `${label} ${type}: accessibility statement in footer`).toBe(1);
      await page.close();
    }
    await context.close();
    expect(guard.foreign).toEqual([]);
    expect(guard.errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });

  it('enforces the CSP on file:// (inline script and a remote image refused, own files load); the guard sees what the CSP lets through', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ua-csp-'));
    const html = await readFile(path.join(DIST, 'tietoa', 'index.html'), 'utf8');
    const csp = html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/)![0];
    await writeFile(path.join(dir, 'own.css'), 'body { color: rgb(1, 2, 3); }');
    await writeFile(
      path.join(dir, 'test.html'),
      `<!doctype html><html><head>${csp}<link rel="stylesheet" href="own.css">` +
        `<script>document.title = 'inline ran';</script></head>` +
        `<body><img alt="" src="https://example.invalid/x.png"></body></html>`,
    );
    // The same image without the CSP: the request guard must catch and abort it.
    await writeFile(path.join(dir, 'no-csp.html'), '<!doctype html><img alt="" src="https://example.invalid/y.png">');
    const context = await session.browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'test.html')).href);
    expect(await page.title()).not.toBe('inline ran');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(1, 2, 3)');
    expect(guard.foreign, 'the CSP stops the remote image before any request').toEqual([]);
    await page.goto(pathToFileURL(path.join(dir, 'no-csp.html')).href);
    await context.close();
    expect(guard.errors.filter((e) => /Content Security Policy/.test(e)).length).toBeGreaterThanOrEqual(2);
    expect(guard.foreign).toEqual(['https://example.invalid/y.png']);
  });

  it('serves the 404 page for a missing address on a host', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(new URL('ei-ole/', session.url).href);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Sivua ei löytynyt');
    await context.close();
  });

  it('reads and browses without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await open(context, pathToFileURL(path.join(DIST, 'index.html')).href);
    await page.locator('.ua-card__title a').first().click();
    await expect.poll(() => page.locator('.ua-body p').count()).toBeGreaterThan(0);
    expect((await page.locator('.ua-body').innerText()).length).toBeGreaterThan(100);
    await context.close();
  });

  it('moves focus to the main content with the skip link, the first stop of the keyboard', async () => {
    const context = await session.browser.newContext();
    const page = await open(context, pathToFileURL(path.join(DIST, 'aikajana', 'index.html')).href);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      visible: document.activeElement!.getBoundingClientRect().top >= 0,
      background: getComputedStyle(document.activeElement!).backgroundColor,
    }));
    // Visible focus: the focused link turns yellow.
    expect(skip).toEqual({ text: 'Siirry sisältöön', visible: true, background: 'rgb(255, 191, 71)' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sisalto');
    // The next Tab goes into the main content, not back to the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor)).toBe('rgb(255, 191, 71)');
    await context.close();
  });

  it('prints the release without navigation', async () => {
    const context = await session.browser.newContext();
    const release = Object.entries(pageTypes(DIST)).find(([type]) => type.startsWith('tiedote'))![1];
    const page = await open(context, pathToFileURL(path.join(DIST, release)).href);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ua-nav').isVisible()).toBe(false);
    expect(await page.locator('.ua-search').isVisible()).toBe(false);
    expect(await page.locator('.ua-body').isVisible()).toBe(true);
    expect(await page.locator('.ua-cite__line').isVisible()).toBe(true);
    await context.close();
  });
});
