import { describe, expect, it } from 'vitest';
import { BUILD_STAMP, isSameOrInside, outDirRefusal, type OutDirFacts } from '../../scripts/lib/safe-out-dir.ts';

/** Facts for a checkout at /repo run from /repo, releases in /repo/content/releases; `over` changes them. */
function facts(given: string, real: string, over: Partial<OutDirFacts> = {}): OutDirFacts {
  return {
    given,
    real,
    repoRoot: '/repo',
    cwd: '/repo',
    contentDir: '/repo/content',
    releasesDir: '/repo/content/releases',
    kind: 'missing',
    entries: [],
    looksLikeOurBuild: false,
    ...over,
  };
}

describe('outDirRefusal', () => {
  const cases: [string, OutDirFacts, RegExp | null][] = [
    ['empty (unset variable)', facts('', '/repo'), /empty/],
    ['only spaces', facts('  ', '/repo/  '), /empty/],
    ['the checkout', facts('.', '/repo'), /repository/],
    ['its parent', facts('..', '/'), /repository/],
    ['the file system root', facts('/', '/'), /repository/],
    ['the working folder elsewhere', facts('.', '/home/a', { cwd: '/home/a' }), /current folder/],
    ['a parent of the working folder', facts('..', '/home', { cwd: '/home/a' }), /current folder/],
    ['content/', facts('content', '/repo/content', { kind: 'folder', entries: ['x'] }), /content/],
    ['content/releases', facts('content/releases', '/repo/content/releases', { kind: 'folder' }), /content/],
    ['content/sources', facts('content/sources', '/repo/content/sources', { kind: 'folder' }), /content/],
    ['inside content/', facts('content/pages/out', '/repo/content/pages/out'), /content/],
    ['the releases folder elsewhere', facts('/d/rel', '/d/rel', { releasesDir: '/d/rel', kind: 'folder' }), /holds the releases/],
    ['an ancestor of the releases', facts('/d', '/d', { releasesDir: '/d/rel', kind: 'folder' }), /holds the releases/],
    ['inside the releases', facts('/d/rel/site', '/d/rel/site', { releasesDir: '/d/rel' }), /inside the releases/],
    ['a file', facts('README.md', '/repo/README.md', { kind: 'not-a-folder' }), /file/],
    ['a foreign non-empty folder', facts('/home/a/docs', '/home/a/docs', { kind: 'folder', entries: ['cv.odt'] }), new RegExp(BUILD_STAMP)],
    // Allowed:
    ['dist/, not there yet', facts('dist', '/repo/dist'), null],
    ['an empty folder', facts('/tmp/x', '/tmp/x', { kind: 'folder', entries: [] }), null],
    ['an earlier build', facts('dist', '/repo/dist', { kind: 'folder', entries: [BUILD_STAMP, 'index.html'], looksLikeOurBuild: true }), null],
    ['a sibling named like content', facts('content2', '/repo/content2'), null],
  ];
  it.each(cases)('%s', (_name, f, expected) => {
    const reason = outDirRefusal(f);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });
});

describe('isSameOrInside', () => {
  it.each([
    ['/a', '/a', true],
    ['/a/b', '/a', true],
    ['/ab', '/a', false],
    ['/', '/a', false],
    ['/a', '/', true],
  ])('%s in %s: %s', (inner, outer, expected) => {
    expect(isSameOrInside(inner, outer)).toBe(expected);
  });
});
