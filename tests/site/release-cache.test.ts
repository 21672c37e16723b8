// The release cache is only an accelerator: found by name and bytes under one code digest, and
// ignored whole when it is missing, damaged or of other code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReleaseCache, releaseCacheText, releaseCachePath, releaseKey, writeReleaseCache } from '../../scripts/site/release-cache.ts';
import type { Release } from '../../scripts/site/types.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'release-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const release = { id: 'a', title: 'Otsikko', alsoPublishedAs: [] } as unknown as Release;

describe('release cache', () => {
  it.each([
    ['/x/dist', '/x/.dist-releases-cache.json'],
    ['/x/site/out', '/x/site/.out-releases-cache.json'],
  ])('lives beside the out folder %s, not in it: %s', (out, file) => {
    expect(releaseCachePath(out)).toBe(file);
  });

  it.each([
    ['another name', releaseKey('b.md', 'text')],
    ['other bytes', releaseKey('a.md', 'text!')],
  ])('keys differ for %s', (_what, other) => {
    expect(releaseKey('a.md', 'text')).not.toBe(other);
  });

  it('reads back what it wrote under the same code, and leaves no temp file', async () => {
    const file = path.join(dir, 'cache.json');
    await writeReleaseCache(file, path.join(dir, 'cache.tmp'), releaseCacheText('code1', new Map([['k', release]])));
    expect((await readReleaseCache(file, 'code1')).get('k')).toEqual(release);
    expect(() => readFileSync(path.join(dir, 'cache.tmp'))).toThrow();
  });

  it.each([
    ['other code', (file: string) => writeFileSync(file, releaseCacheText('code2', new Map([['k', release]]))), 'code1'],
    ['truncated JSON', (file: string) => writeFileSync(file, '{"format":1,"code":"code1","rel'), 'code1'],
    ['another format', (file: string) => writeFileSync(file, JSON.stringify({ format: 99, code: 'code1', releases: { k: release } })), 'code1'],
    ['no file', () => undefined, 'code1'],
  ])('is ignored whole when it has %s', async (_what, prepare, code) => {
    const file = path.join(dir, `case-${Math.random()}.json`);
    prepare(file);
    expect((await readReleaseCache(file, code)).size).toBe(0);
  });
});
