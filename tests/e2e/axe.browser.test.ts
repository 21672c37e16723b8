// Every page type checked by axe-core at WCAG 2.1 A and AA plus heading order, at 320 px and desktop
// width, in both builds.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium.ts';
import { chromiumSession } from '../support/chromium-session.ts';
import { pageTypes } from './support/site-pages.ts';
import { DIST, FIXTURE_DIST, HOSTILE_ID } from './support/paths.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Best-practice rules checked too: headings in order and one h1 (WCAG 1.3.1 and 2.4.6 in practice). */
const EXTRA_RULES = ['heading-order', 'page-has-heading-one'];
const EXTRA_RULES_ON = Object.fromEntries(EXTRA_RULES.map((rule) => [rule, { enabled: true }]));
const WIDTHS = [320, 1280];

describe.skipIf(!chromiumAvailable)('axe-core, WCAG 2.1 AA', () => {
  const session = chromiumSession();

  const cases = (): [string, string][] => {
    if (!chromiumAvailable) return [];
    return [
      ...Object.entries(pageTypes(DIST)).map(([type, file]): [string, string] => [type, path.join(DIST, file)]),
      ...Object.entries(pageTypes(FIXTURE_DIST))
        .filter(([type]) => type.startsWith('tiedote'))
        .map(([type, file]): [string, string] => [`${type}, fixtures`, path.join(FIXTURE_DIST, file)]),
      ['tiedote (vihamielinen, ei aluetta, ei aiheita)', path.join(FIXTURE_DIST, 'tiedotteet', HOSTILE_ID, 'index.html')],
      ['tiedote (ruotsinkielinen, alkuperäinen osoite)', path.join(FIXTURE_DIST, 'tiedotteet', '012_pohjanmaa-svenska', 'index.html')],
      ['tiedote (päätelty osoite, väliotsikot)', path.join(FIXTURE_DIST, 'tiedotteet', '015_pitka-yhdyssana', 'index.html')],
      ['valtakunnalliset', path.join(FIXTURE_DIST, 'alueet', 'valtakunnalliset', 'index.html')],
    ];
  };

  it.each(cases())('%s has no violations', async (type, file) => {
    for (const width of WIDTHS) {
      const context = await session.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      // One run: the WCAG tags plus the extra rules, enabled beside them (a second run doubled the time).
      const results = await new AxeBuilder({ page }).withTags(TAGS).options({ rules: EXTRA_RULES_ON }).analyze();
      const violations = results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      }));
      expect(violations, `${file} at ${width} px`).toEqual([]);
      // A check that finds nothing must have looked at something, the extra rules included.
      expect(results.passes.length).toBeGreaterThan(10);
      expect(results.passes.map((p) => p.id)).toContain('page-has-heading-one');
      await context.close();
    }
  });
});
