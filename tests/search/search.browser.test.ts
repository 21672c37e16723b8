// The search page in real Chromium: typing, facets, linked URLs, hostile input, Escape, an empty
// result, from file:// and over http under a sub-path, and axe (WCAG 2.1 AA) with results shown.
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIST } from '../e2e/support/paths.ts';
import { chromiumAvailable } from '../support/chromium.ts';
import { chromiumSession } from '../support/chromium-session.ts';
import { siteDir } from './site-under-test.ts';

const RESULT = '.ua-haku__result';

async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[]; hosts: Set<string> }> {
  // A context per page: axe needs one, and pages must not share state.
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  const hosts = new Set<string>();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    // Chromium asks every http host for /favicon.ico; the site has none at the host's root.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('requestfailed', (request) => errors.push(`failed ${request.url()}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) hosts.add(url.host);
  });
  await page.goto(url);
  return { page, errors, hosts };
}

async function statusText(page: Page): Promise<string> {
  return (await page.locator('#ua-haku-tila').textContent()) ?? '';
}

describe.skipIf(!chromiumAvailable)('search page', () => {
  const session = chromiumSession({ serve: siteDir });
  let fileUrl: string;
  beforeAll(() => {
    fileUrl = session.fileUrl('haku/index.html');
  });

  it('shows highlighted results as you type, from file://', async () => {
    const { page, errors } = await openPage(session.browser, fileUrl);
    await page.locator('[data-ready="true"]').waitFor();
    await page.locator('#ua-haku-q').pressSequentially('pilotti', { delay: 20 });
    // Results may already show for "pil" while typing; the last keystroke's search wins.
    await expect.poll(() => statusText(page)).toMatch(/Haulla ”pilotti” löytyi \d+ tiedotetta\./);
    expect(await page.locator(RESULT).count()).toBeGreaterThan(1);
    // The compound "kasvupalvelupilotit" is found and marked.
    await expect.poll(() => page.locator('.ua-haku__snippet mark').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('?q=pilotti');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads the ids and titles from file:// once its first results are shown, and searches on with them', async () => {
    const { page, errors } = await openPage(session.browser, fileUrl);
    await page.locator(RESULT).first().waitFor();
    await expect
      .poll(() => page.evaluate(() => ((window as unknown as { UudistusHakuOtsikot?: [string, string][][] }).UudistusHakuOtsikot?.[0] ?? []).length))
      .toBeGreaterThan(0);
    await page.locator('#ua-haku-q').fill('pilotti');
    await expect.poll(() => statusText(page)).toMatch(/Haulla ”pilotti” löytyi \d+ tiedotetta\./);
    await expect.poll(() => page.locator('.ua-haku__snippet mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('with the titles in, lists and announces the results before their texts, once, and fills in the snippets without moving focus', async () => {
    // Opened on a query of one release, so that the next query's other releases have no text loaded.
    const { page, errors } = await openPage(session.browser, `${session.url}haku/index.html?q=syksyll%C3%A4`);
    await page.locator(RESULT).first().waitFor();
    await expect
      .poll(() => page.evaluate(() => Object.keys((window as unknown as { UudistusHakuOtsikot?: object }).UudistusHakuOtsikot ?? {}).length))
      .toBeGreaterThan(0);
    // From here on every text load waits until the test lets it go.
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    let heldTexts = 0;
    await page.route('**/haku/tekstit/**', async (route) => {
      heldTexts++;
      await held;
      await route.continue();
    });
    // Everything the live region says from now on.
    await page.evaluate(() => {
      const status = document.getElementById('ua-haku-tila')!;
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.locator('#ua-haku-q').fill('kunta');
    await expect.poll(() => statusText(page)).toMatch(/^Haulla ”kunta” löytyi \d+ tiedotetta\.$/);
    const announced = await statusText(page);
    const n = await page.locator(RESULT).count();
    expect(n).toBeGreaterThan(1);
    expect(heldTexts).toBeGreaterThan(0);
    // Titles and links are there, some snippets still wait for their texts.
    for (const title of await page.locator(`${RESULT} h2 a`).allTextContents()) expect(title.length).toBeGreaterThan(0);
    for (const href of await page.locator(`${RESULT} h2 a`).evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\.\.\/tiedotteet\/[^/]+\/index\.html$/);
    expect((await page.locator('.ua-haku__snippet').allTextContents()).filter((text) => text === '').length).toBeGreaterThan(0);
    letGo();
    await expect.poll(async () => (await page.locator('.ua-haku__snippet').allTextContents()).every((text) => text.length > 0)).toBe(true);
    expect(await page.locator(RESULT).count()).toBe(n);
    // Said once; the snippets arriving said nothing more, and the keyboard stayed in the search box.
    expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([announced]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ua-haku-q');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds a mistyped word, offers the correction and follows it', async () => {
    const { page, errors } = await openPage(session.browser, `${fileUrl}?q=valinanvapaus`);
    await page.locator(RESULT).first().waitFor();
    const correction = page.locator('.ua-haku__correction a');
    await expect.poll(() => correction.textContent()).toBe('valinnanvapaus');
    await correction.click();
    await expect.poll(() => page.locator('#ua-haku-q').inputValue()).toBe('valinnanvapaus');
    expect(page.url()).toContain('?q=valinnanvapaus');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('narrows by a facet and keeps it in the URL', async () => {
    const { page, errors } = await openPage(session.browser, `${fileUrl}?q=pilotti`);
    await page.locator(RESULT).first().waitFor();
    const before = await page.locator(RESULT).count();
    await page.getByRole('checkbox', { name: /^Pirkanmaa/ }).check();
    await expect.poll(() => page.locator(RESULT).count()).toBeLessThan(before);
    expect(page.url()).toContain('alue=pirkanmaa');
    const metas = await page.locator('.ua-haku__meta').allTextContents();
    for (const meta of metas) expect(meta).toContain('Pirkanmaa');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('restores query and facets from a linked URL', async () => {
    const { page } = await openPage(session.browser, `${fileUrl}?q=budjetti&vuosi=2017`);
    await page.locator(RESULT).first().waitFor();
    expect(await page.locator('#ua-haku-q').inputValue()).toBe('budjetti');
    expect(await page.getByRole('checkbox', { name: /^2017/ }).isChecked()).toBe(true);
    const metas = await page.locator('.ua-haku__meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain('2017');
    await page.context().close();
  });

  it('never throws on Lunr operators and unbalanced quotes', async () => {
    const { page, errors } = await openPage(session.browser, fileUrl);
    await page.locator('[data-ready="true"]').waitFor();
    for (const query of ['kunta:', '^2', '~1', '+pilotti', '-kunta', '*', 'pilot*', '"henkilökohtainen budjetti', ':^~+-*"', 'title:kunta']) {
      await page.locator('#ua-haku-q').fill(query);
      await page.waitForTimeout(200);
    }
    expect(await statusText(page)).not.toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so and suggests something when nothing is found, and Escape clears', async () => {
    const { page } = await openPage(session.browser, `${fileUrl}?q=${encodeURIComponent('pilotti xyzzyx')}`);
    await page.locator('#ua-haku-ehdotukset:not([hidden])').waitFor();
    expect(await statusText(page)).toContain('ei löytynyt');
    expect(await page.locator('#ua-haku-ehdotukset a').count()).toBeGreaterThan(0);
    await page.locator('#ua-haku-ehdotukset a').first().click();
    await page.locator(RESULT).first().waitFor();
    await page.locator('#ua-haku-q').press('Escape');
    // An empty query lists the whole archive again.
    await expect.poll(() => statusText(page)).toMatch(/^Arkistossa on \d+ tiedotetta, uusin ensin\.$/);
    expect(await page.locator('#ua-haku-q').inputValue()).toBe('');
    expect(page.url()).not.toContain('q=');
    await page.context().close();
  });

  it('works over http under a sub-path without asking any other host', async () => {
    const { page, errors, hosts } = await openPage(session.browser, `${session.url}haku/index.html`);
    await page.locator('[data-ready="true"]').waitFor();
    await page.locator('#ua-haku-q').pressSequentially('Pirkanmaalla', { delay: 10 });
    // The page lists the newest releases before any query: wait for the query's own results.
    await expect.poll(() => statusText(page)).toMatch(/^Haulla ”Pirkanmaalla” löytyi/);
    const href = await page.locator(`${RESULT} a`).first().getAttribute('href');
    expect(href).toMatch(/^\.\.\/tiedotteet\/[^/]+\/index\.html$/);
    await page.locator(`${RESULT} a`).first().click();
    await page.waitForURL(/\/arkisto\/tiedotteet\//);
    expect([...hosts]).toEqual([new URL(session.url).host]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads word positions only for several words, and ranks the phrase first', async () => {
    const { page, errors } = await openPage(session.browser, `${session.url}haku/index.html`);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.locator('[data-ready="true"]').waitFor();
    await page.locator('#ua-haku-q').fill('budjetin');
    await expect.poll(() => statusText(page)).toMatch(/^Haulla ”budjetin” löytyi/);
    expect(requested.filter((u) => u.includes('/sijainnit/'))).toEqual([]);
    await page.locator('#ua-haku-q').fill('henkilökohtaisen budjetin');
    await expect.poll(() => statusText(page)).toMatch(/^Haulla ”henkilökohtaisen budjetin” löytyi/);
    expect(requested.some((u) => u.includes('/sijainnit/'))).toBe(true);
    expect((await page.locator(`${RESULT} a`).first().textContent())?.toLowerCase()).toContain('henkilökohtaisen budjetin');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is not loaded by reading pages', async () => {
    const { page } = await openPage(session.browser, `${session.url}index.html`);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.reload();
    await page.waitForLoadState('load');
    expect(requested.filter((u) => /hakuindeksi|assets\/haku\/|lunr|tekstit|otsikot|indeksi\/|sanasto\/|sijainnit\//.test(u))).toEqual([]);
    await page.context().close();
  });

  it('can be used by keyboard alone', async () => {
    const { page } = await openPage(session.browser, fileUrl);
    await page.locator('[data-ready="true"]').waitFor();
    await page.locator('#ua-haku-q').focus();
    await page.keyboard.type('kunta');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusText(page)).toMatch(/^Haulla ”kunta” löytyi/);
    // Tab from the field goes to the submit button, then to the order of the results.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ua-haku-jarjestys');
    // The facets: their summary, then a checkbox; Space chooses a region, the list narrows, and the
    // focus stays on the chosen checkbox although the facets were rebuilt.
    await page.locator('#ua-haku-rajaus summary').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('checkbox');
    const before = await page.locator(RESULT).count();
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('alue=');
    await expect.poll(() => page.locator(RESULT).count()).toBeLessThanOrEqual(before);
    const still = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? `${el.type}:${el.checked}` : '';
    });
    expect(still).toBe('checkbox:true');
    await page.context().close();
  });

  it('puts results before closed facets on a phone', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${fileUrl}?q=kunta`);
    await page.locator(RESULT).first().waitFor();
    expect(await page.locator('#ua-haku-rajaus').getAttribute('open')).toBeNull();
    expect(await page.locator(RESULT).first().isVisible()).toBe(true);
    await page.locator('#ua-haku-rajaus summary').click();
    await expect.poll(() => page.getByRole('checkbox').first().isVisible()).toBe(true);
    await context.close();
  });

  it('is valid HTML as built and with results shown', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const built = await validator.validateString(readFileSync(join(session.root, 'haku/index.html'), 'utf8'));
    expect(built.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    const { page } = await openPage(session.browser, `${fileUrl}?q=kunta`);
    await page.locator(RESULT).first().waitFor();
    // The DOM serialiser writes defer="" and hidden="": a matter of spelling, not of validity.
    const serialized = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'attribute-boolean-style': 'off', 'attribute-empty-style': 'off' },
    });
    const shown = await serialized.validateString(await page.content());
    expect(shown.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    await page.context().close();
  });

  it('shows hostile release text as text', async () => {
    // The fixture build of the e2e globalSetup holds a release full of HTML and script.
    const fixtureHaku = join(FIXTURE_DIST, 'haku/index.html');
    expect(existsSync(fixtureHaku), `${fixtureHaku} (built by tests/support/build-site.global.ts)`).toBe(true);
    const { page, errors } = await openPage(session.browser, `${pathToFileURL(fixtureHaku).href}?q=testi+script`);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.locator(RESULT).first().waitFor();
    const title = page.locator(`${RESULT} h2`).first();
    expect(await title.textContent()).toContain('<script>alert("otsikko")</script>');
    expect(await page.locator(`${RESULT} script, ${RESULT} img, ${RESULT} b`).count()).toBe(0);
    await expect.poll(() => page.locator('.ua-haku__snippet').first().textContent()).toContain('script');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no WCAG 2.1 AA violations with results shown', async () => {
    const { page } = await openPage(session.browser, `${session.url}haku/index.html?q=henkil%C3%B6kohtainen+budjetti`);
    await page.locator(RESULT).first().waitFor();
    await expect.poll(() => page.locator('.ua-haku__snippet mark').count()).toBeGreaterThan(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });
});
