import { describe, expect, it } from 'vitest';
import { eventText, injectReloadScript } from '../../scripts/serve/live-reload.ts';
import { fingerprint, stepsFor, WATCH_TARGETS } from '../../scripts/serve/watch-plan.ts';

const target = (dir: string) => WATCH_TARGETS.find((t) => t.dir === dir)!;

describe('stepsFor', () => {
  it.each([
    [[], []],
    [['content/releases'], ['site']],
    [['layouts', 'content/pages'], ['site']],
    [['content/sources'], ['ingest', 'site']],
    [['content/releases', 'content/sources'], ['ingest', 'site']],
  ])('%j → %j', (dirs, steps) => {
    expect(stepsFor(dirs.map(target))).toEqual(steps);
  });
});

describe('fingerprint', () => {
  it('ignores listing order and sees size and mtime', () => {
    const a = { path: 'a.md', size: 1, mtimeMs: 5 };
    const b = { path: 'b.md', size: 2, mtimeMs: 6 };
    expect(fingerprint([a, b])).toBe(fingerprint([b, a]));
    expect(fingerprint([a, b])).not.toBe(fingerprint([a, { ...b, mtimeMs: 7 }]));
    expect(fingerprint([a])).not.toBe(fingerprint([a, b]));
  });
});

describe('live reload', () => {
  it.each([
    ['<html><body><p>x</p></body></html>', '<html><body><p>x</p><script src="/r.js"></script></body></html>'],
    ['<p>no body end</p>', '<p>no body end</p><script src="/r.js"></script>'],
    ['<body>a</body><!-- </body> --></body>', '<body>a</body><!-- </body> --><script src="/r.js"></script></body>'],
  ])('injects the script before the last </body>: %s', (html, expected) => {
    expect(injectReloadScript(html, '/r.js')).toBe(expected);
  });
  it('writes any error text as one JSON data line', () => {
    expect(eventText('build-error', 'a.md:\n  lang: "de"')).toBe('event: build-error\ndata: "a.md:\\n  lang: \\"de\\""\n\n');
  });
});
