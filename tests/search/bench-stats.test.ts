import { describe, expect, it } from 'vitest';
import { percentile, sizesOf, typedPrefixes } from '../../scripts/bench/search/bench-stats.ts';

describe('percentile', () => {
  it.each([
    [[5, 1, 3], 50, 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
  ])('%j p%d = %d', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe('typedPrefixes', () => {
  it('lists what a user types from three letters on', () => {
    expect(typedPrefixes('kunta')).toEqual(['kun', 'kunt', 'kunta']);
  });
});

describe('sizesOf', () => {
  it('compresses repetitive text', () => {
    const sizes = sizesOf(Buffer.from('kunta '.repeat(1000)));
    expect(sizes.raw).toBe(6000);
    expect(sizes.gzip).toBeLessThan(200);
    expect(sizes.brotli).toBeLessThan(200);
  });
});
