import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../scripts/site/build-args.ts';

describe('parseBuildArgs', () => {
  it.each([
    [[], { kind: 'build', options: { releases: 'content/releases', releasesGiven: false, sources: 'content/sources', out: 'dist', full: false } }],
    [['--sources', 's'], { kind: 'build', options: { sources: 's' } }],
    [['--releases', 'r', '--out', 'o'], { kind: 'build', options: { releases: 'r', releasesGiven: true, out: 'o' } }],
    [['--out='], { kind: 'build', options: { out: '' } }],
    [['--full'], { kind: 'build', options: { full: true } }],
    [['--help'], { kind: 'help' }],
    [['-h'], { kind: 'help' }],
  ])('%j', (argv, expected) => {
    expect(parseBuildArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['--bogus'], /bogus/],
    [['--out'], /argument missing/],
    [['--out', '--releases', 'x'], /ambiguous/],
    [['stray'], /positional/],
    [['--releases', ''], /empty/],
  ])('%j is a usage error', (argv, message) => {
    const parsed = parseBuildArgs(argv);
    expect(parsed.kind).toBe('usage');
    expect(parsed.kind === 'usage' && parsed.message).toMatch(message);
  });
});
