// Every page type at 320, 390 and 1280 px in Chromium: the page reflows (no horizontal scrolling, the
// header's search button inside the screen; WCAG 1.4.10), it has one h1 and headings never skip a level
// going deeper, and the 404 page works when a host serves it at a deep address.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium.ts';
import { chromiumSession } from '../support/chromium-session.ts';
import { DIST, FIXTURE_DIST } from './support/paths.ts';
import { pageTypes } from './support/site-pages.ts';

const WIDTHS = [320, 390, 1280];
/** Fixture releases that stress a release page: a 65-letter compound in the title, Swedish, hostile. */
const FIXTURE_PAGES = ['015_pitka-yhdyssana', '012_pohjanmaa-svenska', '010_vihamielinen', '014_kaava-otsikossa'];

interface Layout {
  overflow: number;
  buttonRight: number;
  headings: number[];
}

async function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const button = document.querySelector('.ua-search button');
    return {
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      buttonRight: button ? button.getBoundingClientRect().right - window.innerWidth : 0,
      headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
        // Rendered headings, visually hidden ones included (screen readers list them); not display: none.
        .filter((h) => h.getClientRects().length > 0)
        .map((h) => Number(h.tagName[1])),
    };
  });
}

/** Places where the outline goes deeper by more than one level, e.g. "h1 → h3 at 2". */
function skips(levels: number[]): string[] {
  const out: string[] = [];
  levels.forEach((level, i) => {
    const before = i === 0 ? 0 : levels[i - 1]!;
    if (level > before + 1) out.push(`h${before} → h${level} at ${i}`);
  });
  return out;
}

describe.skipIf(!chromiumAvailable)('reflow and heading order at 320, 390 and 1280 px', () => {
  const session = chromiumSession();

  const cases = (): [string, string][] =>
    chromiumAvailable
      ? [
          ...Object.entries(pageTypes(DIST)).map(([type, file]): [string, string] => [type, path.join(DIST, file)]),
          ...FIXTURE_PAGES.map((id): [string, string] => [`tiedote ${id}`, path.join(FIXTURE_DIST, 'tiedotteet', id, 'index.html')]),
        ]
      : [];

  it.each(cases())('%s', async (type, file) => {
    for (const width of WIDTHS) {
      const context = await session.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      const result = await layout(page);
      expect(result.overflow, `${type} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
      expect(result.buttonRight, `${type} at ${width} px: the search button is cut off`).toBeLessThanOrEqual(0);
      expect(result.headings[0], `${type}: the first heading is the h1`).toBe(1);
      expect(result.headings.filter((h) => h === 1), `${type}: one h1`).toHaveLength(1);
      expect(skips(result.headings), `${type} at ${width} px`).toEqual([]);
      await context.close();
    }
  });
});

describe.skipIf(!chromiumAvailable)('the 404 page at a deep address', () => {
  const session = chromiumSession({ serve: DIST });

  it.each(['julkaisut/ei-ole-tallainen/', 'tiedotteet/ei-ole-tallainen/', 'aikajana/1999/kk/syva/sivu.html', 'ei-ole.html'])(
    'is styled and leads to the front page when served at /arkisto/%s',
    async (missing) => {
      const context = await session.browser.newContext({ viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const response = await page.goto(new URL(missing, session.url).href);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe('Sivua ei löytynyt');
      await expect.poll(() => page.locator('.ua-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(10, 63, 110)');
      const home = page.getByRole('link', { name: 'Arkiston etusivulle' });
      expect(await home.getAttribute('href')).toBe('/arkisto/index.html');
      await home.click();
      await expect.poll(() => page.url()).toBe(new URL('index.html', session.url).href);
      expect(await page.locator('.ua-intro h1').count()).toBe(1);
      expect(errors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
      await context.close();
    },
  );
});
