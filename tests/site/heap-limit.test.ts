import { describe, expect, it } from 'vitest';
import { hasHeapLimit, heapLimitMb } from '../../scripts/site/heap-limit.ts';

const GB = 1024 ** 3;

describe('heap limit of the site build', () => {
  it.each([
    [24 * GB, 12 * 1024],
    [16 * GB, 8 * 1024],
    [8 * GB, 4096],
    [2 * GB, 4096],
  ])('%d bytes of memory → %d MB', (total, expected) => {
    expect(heapLimitMb(total)).toBe(expected);
  });

  it.each([
    [[], undefined, false],
    [['--import', 'tsx'], '', false],
    [['--max-old-space-size=2048'], undefined, true],
    [[], '--enable-source-maps --max-old-space-size=1400', true],
    [['--max-semi-space-size=64'], '--inspect', false],
  ] as const)('%j with NODE_OPTIONS %j → %s', (execArgv, nodeOptions, expected) => {
    expect(hasHeapLimit(execArgv, nodeOptions)).toBe(expected);
  });
});
