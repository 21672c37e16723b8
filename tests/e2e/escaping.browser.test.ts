// A hostile release (template syntax, HTML, script, javascript: links, "</script>" in the text) is
// shown as the characters it contains: nothing runs, nothing is interpreted, no unsafe link survives.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/chromium.ts';
import { chromiumSession } from '../support/chromium-session.ts';
import { FIXTURE_DIST, HOSTILE_ID } from './support/paths.ts';

const PAGE = path.join(FIXTURE_DIST, 'tiedotteet', HOSTILE_ID, 'index.html');
const TITLE = 'Testi <script>alert("otsikko")</script> {{ eleventy.version }} & {% include "base.njk" %}';

describe('the hostile release in the built HTML', () => {
  const html = (): string => readFileSync(PAGE, 'utf8');

  it('contains no script element but the JSON-LD and the site\'s own copy button, and no unsafe URL', () => {
    const scripts = html().match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script defer src="../../assets/viittaus.js">', '<script type="application/ld+json">']);
    expect(html()).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
  });

  it('was not rendered by Nunjucks: template syntax is left as written (autoescape on)', () => {
    expect(html()).toContain('{{ eleventy.version }}');
    expect(html()).toContain('{% include &quot;base.njk&quot; %}');
    expect(html()).toContain('{{ page.url }} {{ archive.releases | length }}');
    // The title went through {{ release.title }}: escaped, so autoescape is on.
    expect(html()).toContain('<h1>Testi &lt;script&gt;alert(&quot;otsikko&quot;)&lt;/script&gt;');
  });

  it('keeps "</script>" in the text from ending the JSON-LD', () => {
    const json = html().match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!;
    expect(json).not.toContain('<');
    const data = JSON.parse(json);
    expect(data.headline).toBe(TITLE);
    expect(data.articleBody).toContain('Tekstissä on </script> ja <!-- kommentti -->');
  });
});

describe.skipIf(!chromiumAvailable)('the hostile release in Chromium', () => {
  const session = chromiumSession();

  it('shows every hostile string as text and runs nothing', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(PAGE).href);
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    const body = await page.locator('.ua-body').innerText();
    expect(body).toContain('Versio {{ eleventy.version }} ja {% include "base.njk" %} näkyvät merkkeinä.');
    expect(body).toContain('<script>alert("runko")</script>');
    expect(body).toContain('[Klikkaa tästä](javascript:alert(1))');
    expect(await page.locator('.ua-contacts__name').textContent()).toBe('<img src=x onerror=alert(1)>');
    const hrefs = await page.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.filter((h) => /^(javascript|vbscript|data):/i.test(h))).toEqual([]);
    expect(await page.locator('img').count()).toBe(0);
    // A release with no region, date or topics still says so plainly.
    expect(await page.locator('.ua-facts').first().innerText()).toMatch(/ilman päivämäärää[\s\S]*Ei tiedossa[\s\S]*Ei luokiteltu/);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
