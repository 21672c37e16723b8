// A page written to attack: scripts, event handlers, javascript:/data: addresses, iframes, forms,
// mXSS-style nesting. Nothing of it may reach the release file or the page the site renders from it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseFromSource } from '../../../scripts/ingest/release.ts';
import { serializeRelease } from '../../../scripts/ingest/serialize.ts';
import { renderReleaseBody } from '../../../scripts/site/markdown.ts';

const file = path.resolve(import.meta.dirname, '../../fixtures/html/hostile.html');
const release = releaseFromSource('hostile.html', readFileSync(file));
const written = serializeRelease(release.frontMatter, release.body, 'hostile.html');
const rendered = renderReleaseBody(release.body).html;

describe('a hostile saved page', () => {
  it('still becomes a release with its headline, date and text', () => {
    expect(release.frontMatter.title).toBe('Maakuntahallitus kokoontui Kajaanissa');
    expect(release.frontMatter).toMatchObject({ date: '2018-04-09', dateCertainty: 'exact' });
    expect(release.body).toContain('Kainuun maakuntahallitus käsitteli kokouksessaan maakuntastrategian luonnosta');
  });

  it('records no javascript:, data: or other non-http address as its own', () => {
    expect(release.frontMatter.source.url).toBeNull();
  });

  it.each([
    ['alert(', /alert\(/u],
    ['event handlers', /\bon[a-z]+\s*=/iu],
    ['javascript: or vbscript: addresses', /(java|vb)script:/iu],
    ['raw tags', /<(script|iframe|img|svg|style|object|embed|form|input|button|math|template)\b/iu],
  ])('no %s in the written release, except as escaped text', (_name, pattern) => {
    // The visible sentence about "<script>alert('teksti')</script>" is text; it is written escaped.
    const withoutVisibleSentence = written.replace(/\\<script\\>alert\('teksti'\)\\<\/script\\>/u, '');
    expect(withoutVisibleSentence).not.toMatch(pattern);
  });

  it('renders with no markup from the page: the visible "<script>" is shown as characters', () => {
    expect(rendered).not.toMatch(/<(script|iframe|img|svg|style|object|embed|form|input|button|a)\b/iu);
    expect(rendered).not.toMatch(/\bon[a-z]+\s*=/iu);
    expect(rendered).toContain('&lt;script&gt;alert(\'teksti\')&lt;/script&gt;');
    expect(rendered).toContain('{{ template }}');
  });

  it('keeps nothing of scripts, iframes, forms, noscript or templates as text', () => {
    for (const leaked of ['kirjoitettu', 'iframe-teksti', 'lomake', 'Lähetä', 'objekti', 'svg-linkki', "alert('head')"]) {
      expect(release.body).not.toContain(leaked);
    }
  });
});
