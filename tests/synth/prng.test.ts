import { describe, expect, it } from 'vitest';
import { hashKey, rngFor } from '../../scripts/synth/prng.ts';

describe('rngFor', () => {
  it('gives the same stream for the same key and another for another key', () => {
    const draw = (key: string) => Array.from({ length: 5 }, rngFor(key).next);
    expect(draw('s:1:content')).toEqual(draw('s:1:content'));
    expect(draw('s:1:content')).not.toEqual(draw('s:2:content'));
    expect(hashKey('a')).not.toBe(hashKey('b'));
  });

  it('keeps int() within its bounds and reaches both ends', () => {
    const rng = rngFor('bounds');
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct items and at most all of them', () => {
    const rng = rngFor('sample');
    const picked = rng.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(rng.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });

  it('picks by weight', () => {
    const rng = rngFor('weights');
    const picks = Array.from({ length: 2000 }, () => rng.weighted([['rare', 1], ['common', 9]] as const));
    const rare = picks.filter((p) => p === 'rare').length / picks.length;
    expect(rare).toBeGreaterThan(0.06);
    expect(rare).toBeLessThan(0.14);
  });

  it('names files with 16 hex digits', () => {
    expect(rngFor('name').hex16()).toMatch(/^[0-9a-f]{16}$/);
  });
});
