// npm run review: the rows of one release file (its review items), retired and duplicate releases
// left out, an invalid file refused naming it.
import { describe, expect, it } from 'vitest';
import { reviewRows } from '../../scripts/review.ts';

const release = (extra: string): string => `---
title: Otsikko
date: null
dateCertainty: unknown
dateEvidence: null
scope: null
region: null
topics: []
lang: fi
summary: ""
contacts: []
places: []
mentionedDates: []
source:
  file: a.txt
  sha256: ${'a'.repeat(64)}
  url: null
${extra}
---

Teksti.
`;

describe('reviewRows', () => {
  it.each([
    ['no items', 'duplicateOf: null\nreview: []', []],
    [
      'two items',
      'duplicateOf: null\nreview:\n  - field: date\n    reason: no publication label\n  - field: region\n    reason: no region stands out',
      [
        { file: 'a.md', field: 'date', reason: 'no publication label' },
        { file: 'a.md', field: 'region', reason: 'no region stands out' },
      ],
    ],
    ['retired', 'duplicateOf: null\nretired: true\nreview:\n  - field: date\n    reason: x', []],
    ['duplicate', 'duplicateOf: b\nreview:\n  - field: date\n    reason: x', []],
  ])('%s', (_name, extra, rows) => {
    expect(reviewRows('a.md', release(extra))).toEqual(rows);
  });

  it('refuses an invalid release naming the file and field', () => {
    expect(() => reviewRows('bad.md', release('duplicateOf: null\nreview:\n  - field: body\n    reason: x'))).toThrow(/bad\.md[\s\S]*review\.0\.field/);
  });
});
