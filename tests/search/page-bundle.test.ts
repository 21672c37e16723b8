// The search page's one script: lunr with its Finnish and Swedish pipelines, then the engine, then
// the page, all defining their globals when run as one classic script in a window.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LUNR_BROWSER_FILES } from '../../scripts/search/finnish-lunr.ts';
import { pageBundleSource } from '../../scripts/search/page-bundle.ts';

describe('pageBundleSource', () => {
  const source = pageBundleSource();

  it('holds lunr, its pipelines, the engine and the page, in that order', () => {
    const at = (marker: string): number => source.indexOf(marker);
    const parts = [...LUNR_BROWSER_FILES.map((file) => `// ---- ${file}`), 'Uudistusarkisto search engine', 'Uudistusarkisto search page'];
    const positions = parts.map(at);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('defines lunr with fi and sv, the engine and the page when run as a classic script', () => {
    // A context of its own, whose global is the "window": a classic script's `this` and `self` (lunr's
    // wrappers read `this`, also inside functions called without one).
    const win: Record<string, unknown> = { document: { getElementById: () => null } };
    runInNewContext(`var self = this;\n${source}`, win);
    const lunr = win.lunr as { fi?: unknown; sv?: unknown };
    expect(typeof lunr).toBe('function');
    expect(lunr.fi).toBeDefined();
    expect(lunr.sv).toBeDefined();
    expect(typeof (win.UudistusHakuEngine as { createEngine?: unknown }).createEngine).toBe('function');
    expect(typeof (win.UudistusHakuUi as { start?: unknown }).start).toBe('function');
  });
});
