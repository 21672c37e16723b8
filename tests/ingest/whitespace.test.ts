import { describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../../scripts/ingest/whitespace.ts';

describe('normalizeWhitespace', () => {
  it.each([
    ['nbsp in a phone number (seed 000)', 'p. 040\u00a0743 6356', 'p. 040 743 6356'],
    ['nbsp runs inside a sentence (seed 004)', 'yhteistyön\u00a0 \u00a0 \u00a0 \u00a0 paraneminen', 'yhteistyön paraneminen'],
    ['line of only nbsp becomes blank (seed 000)', 'a\n\n\u00a0\n\nb', 'a\n\nb'],
    ['narrow nbsp and thin space', 'a\u202fb\u2009c', 'a b c'],
    ['zero-width and soft hyphen removed', 'sote\u200b-uudis\u00adtus\ufeff', 'sote-uudistus'],
    ['trailing and leading spaces trimmed', '  • kohta  \nrivi \t', '• kohta\nrivi'],
    ['runs of blank lines collapse to one', 'a\n\n\n\n \n\nb', 'a\n\nb'],
    ['no blank lines at the ends', '\n\n a \n\n', 'a'],
    ['tab becomes a space', 'a\tb', 'a b'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeWhitespace(input)).toBe(expected);
  });
});
