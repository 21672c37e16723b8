// National releases and Swedish releases on the search page in real Chromium, over the fixture build
// (one national release, one Swedish): "Valtakunnalliset" as an area of the region facet with URL
// state, chip, status and CSV column; Swedish titles and snippets marked lang="sv" (WCAG 3.1.2).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST } from '../e2e/support/paths.ts';
import { chromiumAvailable } from '../support/chromium.ts';
import { chromiumSession } from '../support/chromium-session.ts';

const RESULT = '.ua-haku__result';
const NATIONAL_TITLE = 'Valtakunnallinen ohjausryhmä linjasi maakuntien valmistelurahoituksen jaon';
const SWEDISH_TITLE = 'Beredningen av landskapsreformen i Österbotten går vidare med valfrihetsfrågor';

describe.skipIf(!chromiumAvailable)('national and Swedish releases on the search page', () => {
  const session = chromiumSession();
  const fileUrl = pathToFileURL(join(FIXTURE_DIST, 'haku/index.html')).href;

  async function open(url: string): Promise<{ page: Page; errors: string[] }> {
    const context = await session.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.locator('[data-ready="true"]').waitFor();
    return { page, errors };
  }
  const status = (page: Page): Promise<string> => page.locator('#ua-haku-tila').textContent().then((t) => t ?? '');
  const titles = (page: Page): Promise<string[]> => page.locator(`${RESULT} h2`).allTextContents();

  it('filters national releases from the region facet, with URL state, chip, status and CSV', async () => {
    const { page, errors } = await open(fileUrl);
    await page.locator(RESULT).first().waitFor();
    const regionBoxes = page.locator('fieldset', { has: page.locator('legend', { hasText: /^Alue$/ }) }).getByRole('checkbox');
    // The national group comes after the regions, as on the regions page.
    expect(await regionBoxes.last().getAttribute('value')).toBe('valtakunnalliset');
    await page.getByRole('checkbox', { name: /^Valtakunnalliset/ }).check();
    await expect.poll(() => titles(page)).toEqual([NATIONAL_TITLE]);
    expect(new URL(page.url()).searchParams.getAll('alue')).toEqual(['valtakunnalliset']);
    expect(await page.locator(`${RESULT} .ua-haku__meta`).textContent()).toMatch(/^20\.4\.2018 · Valtakunnallinen · /);
    expect(await page.getByRole('button', { name: 'Poista rajaus Valtakunnalliset' }).isVisible()).toBe(true);
    expect(await status(page)).toBe('Rajauksella Valtakunnalliset löytyi 1 tiedote.');
    expect(await page.title()).toBe('Valtakunnalliset – Haku – Uudistusarkisto');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa tulokset (CSV)' }).click()]);
    const rows = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(rows[0]).toBe('otsikko,päivämäärä,alue,laajuus,aiheet,kieli,osoite');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(new RegExp(`^${NATIONAL_TITLE},2018-04-20,,valtakunnallinen,ICT ja tietojärjestelmät,fi,file:`));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('takes the national group with a region from a shared link (values ORed)', async () => {
    const { page } = await open(`${fileUrl}?alue=pohjanmaa&alue=valtakunnalliset&jarjestys=vanhin`);
    await expect.poll(() => titles(page)).toEqual([NATIONAL_TITLE, SWEDISH_TITLE]);
    expect(await page.getByRole('checkbox', { name: /^Valtakunnalliset/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Pohjanmaa/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Poista rajaus Valtakunnalliset' }).click();
    await expect.poll(() => titles(page)).toEqual([SWEDISH_TITLE]);
    expect(new URL(page.url()).searchParams.getAll('alue')).toEqual(['pohjanmaa']);
    await page.context().close();
  });

  it('marks a Swedish result title and snippet lang="sv", the rest of the page Finnish', async () => {
    const { page } = await open(`${fileUrl}?q=valfrihet`);
    const result = page.locator(RESULT, { hasText: SWEDISH_TITLE });
    await result.locator('.ua-haku__snippet mark').first().waitFor();
    const langOf = (el: Element): string | null => el.closest('[lang]')?.getAttribute('lang') ?? null;
    expect(await result.locator('h2 a').evaluate(langOf)).toBe('sv');
    expect(await result.locator('h2 mark').first().evaluate(langOf)).toBe('sv');
    expect(await result.locator('.ua-haku__snippet').evaluate(langOf)).toBe('sv');
    expect(await result.locator('.ua-haku__meta').evaluate(langOf)).toBe('fi');
    expect(await page.locator('#ua-haku-tila').evaluate(langOf)).toBe('fi');
    // A Finnish result carries no lang of its own.
    const { page: fi } = await open(`${fileUrl}?q=ohjausryhm%C3%A4`);
    await fi.locator(RESULT).first().waitFor();
    expect(await fi.locator(`${RESULT} [lang]`).count()).toBe(0);
    await fi.context().close();
    await page.context().close();
  });
});
