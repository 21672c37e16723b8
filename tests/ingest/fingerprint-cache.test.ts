import { describe, expect, it } from 'vitest';
import {
  parseFingerprintCache,
  serializeFingerprintCache,
  withCachedFingerprints,
} from '../../scripts/ingest/fingerprint-cache.ts';
import type { Manifest, ManifestEntry } from '../../scripts/ingest/manifest.ts';

const ENTRY: ManifestEntry = {
  sha256: 's1',
  rulesHash: 'r1',
  baseId: 'x',
  output: 'x.md',
  outputSha256: 'o1',
  duplicateOf: null,
  fingerprint: null,
};
const SKETCH = [0, 1, 65535, 4294967295];

describe('fingerprint cache', () => {
  it('round-trips the sketches of the entries that have one', () => {
    const manifest: Manifest = {
      entries: { 'b.txt': { ...ENTRY, fingerprint: SKETCH }, 'a.txt': ENTRY },
    };
    const text = serializeFingerprintCache(manifest);
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      'b.txt\ts1\tr1\tAAAAAAAAAAEAAP///////w==',
    ]);
    expect(parseFingerprintCache(text)).toEqual(
      new Map([['b.txt', { sha256: 's1', rulesHash: 'r1', fingerprint: SKETCH }]]),
    );
  });

  it.each([
    ['the same source and rules', { sha256: 's1', rulesHash: 'r1' }, SKETCH],
    ['a changed source', { sha256: 's2', rulesHash: 'r1' }, null],
    ['changed rules', { sha256: 's1', rulesHash: 'r2' }, null],
  ])('gives an entry its cached sketch only for %s', (_name, change, expected) => {
    const cache = parseFingerprintCache(
      serializeFingerprintCache({ entries: { 'a.txt': { ...ENTRY, fingerprint: SKETCH } } }),
    );
    expect(
      withCachedFingerprints({ entries: { 'a.txt': { ...ENTRY, ...change } } }, cache).entries[
        'a.txt'
      ]!.fingerprint,
    ).toEqual(expected);
  });

  it.each([
    ['no file', null],
    ['a line cut short', '# h\na.txt\ts1\tr1\n'],
    ['a sketch that is not base64', 'a.txt\ts1\tr1\t***\n'],
    ['a sketch of a length no whole number of hashes', 'a.txt\ts1\tr1\tAAA=\n'],
  ])('is lenient, as a cache: %s gives nothing', (_name, text) => {
    expect(parseFingerprintCache(text)).toEqual(new Map());
  });
});
