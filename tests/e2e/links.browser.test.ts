// Every internal link of both builds resolves (runs without Chromium: it reads the files).
import { describe, expect, it } from 'vitest';
import { checkLinks } from './support/crawl.ts';
import { DIST, FIXTURE_DIST } from './support/paths.ts';

describe.each([
  ['the built-in corpus', DIST],
  ['the fixture releases', FIXTURE_DIST],
])('links in %s', (_label, dist) => {
  it('all resolve to files of the build, fragments to ids, resources to this host', () => {
    const { checked, pages, broken } = checkLinks(dist);
    expect(pages).toBeGreaterThan(20);
    expect(checked).toBeGreaterThan(pages * 10);
    expect(broken).toEqual([]);
  });
});
