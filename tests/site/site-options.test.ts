import { describe, expect, it } from 'vitest';
import { parseFeedback, parseSiteUrl, siteOptionsFromEnv } from '../../scripts/site/site-options.ts';

describe('parseSiteUrl', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['https://example.fi', 'https://example.fi/'],
    ['https://example.fi/arkisto', 'https://example.fi/arkisto/'],
    ['https://example.fi/arkisto/?x=1#y', 'https://example.fi/arkisto/'],
  ])('%j → %j', (input, expected) => {
    expect(parseSiteUrl(input)).toBe(expected);
  });

  it.each([['example.fi'], ['javascript:alert(1)'], ['file:///tmp/']])('rejects %j', (input) => {
    expect(() => parseSiteUrl(input)).toThrow(/SITE_URL/);
  });
});

describe('parseFeedback', () => {
  it('accepts an e-mail address or an http(s) URL, nothing else', () => {
    expect(parseFeedback('palaute@example.fi')).toEqual({ href: 'mailto:palaute@example.fi', label: 'palaute@example.fi' });
    expect(parseFeedback('https://example.fi/palaute')).toEqual({ href: 'https://example.fi/palaute', label: 'https://example.fi/palaute' });
    expect(parseFeedback(undefined)).toBeNull();
    expect(() => parseFeedback('javascript:alert(1)')).toThrow(/ARCHIVE_FEEDBACK/);
  });
});

describe('siteOptionsFromEnv', () => {
  it('defaults to content/releases, content/sources and dist', () => {
    expect(siteOptionsFromEnv({})).toEqual({ siteUrl: null, feedback: null, releasesDir: 'content/releases', sourcesDir: 'content/sources', outDir: 'dist' });
  });
});
