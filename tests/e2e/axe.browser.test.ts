// Every page type checked by axe-core at WCAG 2.1 A and AA, at phone and desktop widths, in both builds.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../support/chromium.ts';
import { pageTypes } from './support/site-pages.ts';
import { DIST, FIXTURE_DIST, HOSTILE_ID } from './support/paths.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Page types also checked at phone width (the layouts that change most); all are checked at desktop width. */
const PHONE_TOO = new Set(['etusivu', 'tiedote (päivätty)', 'aikajana', 'alue', 'haku']);

describe.skipIf(!chromiumAvailable)('axe-core, WCAG 2.1 AA', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const cases = (): [string, string][] => {
    if (!chromiumAvailable) return [];
    return [
      ...Object.entries(pageTypes(DIST)).map(([type, file]): [string, string] => [type, path.join(DIST, file)]),
      ...Object.entries(pageTypes(FIXTURE_DIST))
        .filter(([type]) => type.startsWith('tiedote'))
        .map(([type, file]): [string, string] => [`${type}, fixtures`, path.join(FIXTURE_DIST, file)]),
      ['tiedote (vihamielinen, ei aluetta, ei aiheita)', path.join(FIXTURE_DIST, 'julkaisut', HOSTILE_ID, 'index.html')],
    ];
  };

  it.each(cases())('%s has no violations', async (type, file) => {
    for (const width of PHONE_TOO.has(type) ? [375, 1280] : [1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const violations = results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      }));
      expect(violations, `${file} at ${width} px`).toEqual([]);
      // A check that finds nothing must have looked at something.
      expect(results.passes.length).toBeGreaterThan(10);
      await context.close();
    }
  });
});
