import { describe, expect, it } from 'vitest';
import {
  decideWrite,
  duplicateOrder,
  orphanDecision,
  emptyManifest,
  needsProcessing,
  outputState,
  parseManifest,
  removalDecision,
  serializeManifest,
  type ManifestEntry,
} from '../../scripts/ingest/plan.ts';

const ENTRY: ManifestEntry = {
  sha256: 's1',
  rulesHash: 'r1',
  baseId: 'undated-x',
  output: 'undated-x.md',
  outputSha256: 'o1',
  duplicateOf: null,
  fingerprint: [1, 2, 3],
};

describe('needsProcessing', () => {
  it.each([
    ['new source', undefined, 's1', 'r1', false, true],
    ['unchanged source and rules', ENTRY, 's1', 'r1', false, false],
    ['source changed', ENTRY, 's2', 'r1', false, true],
    ['rules changed', ENTRY, 's1', 'r2', false, true],
    ['--force', ENTRY, 's1', 'r1', true, true],
  ] as const)('%s', (_name, entry, sha, rules, force, expected) => {
    expect(needsProcessing(entry, sha, rules, force)).toBe(expected);
  });
});

describe('outputState and decideWrite', () => {
  it.each([
    ['missing', 'o1', undefined, 'missing'],
    ['as generated', 'o1', 'o1', 'generated'],
    ['edited', 'o1', 'e1', 'edited'],
    ['not in the manifest', undefined, 'e1', 'edited'],
  ] as const)('%s', (_name, recorded, disk, expected) => {
    expect(outputState(recorded, disk)).toBe(expected);
  });

  it.each([
    ['missing → write', 'missing', undefined, 'n1', false, 'write'],
    ['generated, new content → write', 'generated', 'o1', 'n1', false, 'write'],
    ['generated, same content → unchanged', 'generated', 'n1', 'n1', false, 'unchanged'],
    ['edited → kept', 'edited', 'e1', 'n1', false, 'kept-edited'],
    ['edited with --force → write', 'edited', 'e1', 'n1', true, 'write'],
  ] as const)('%s', (_name, state, disk, next, force, expected) => {
    expect(decideWrite(state, disk, next, force)).toBe(expected);
  });

  it.each([
    ['generated', 'remove'],
    ['edited', 'kept-edited'],
    ['missing', 'gone'],
  ] as const)('removal of a %s output: %s', (state, expected) => {
    expect(removalDecision(state)).toBe(expected);
  });
});

describe('manifest', () => {
  it('serialises deterministically, sorted by source, and reads back', () => {
    const a = serializeManifest({ version: 1, entries: { 'b.txt': ENTRY, 'a.txt': { ...ENTRY, output: 'a.md' } } });
    const b = serializeManifest({ version: 1, entries: { 'a.txt': { ...ENTRY, output: 'a.md' }, 'b.txt': ENTRY } });
    expect(a).toBe(b);
    expect(a.indexOf('"a.txt"')).toBeLessThan(a.indexOf('"b.txt"'));
    expect(parseManifest(a).entries['b.txt']).toEqual(ENTRY);
    expect(a.split('\n')).toHaveLength(8);
    expect(parseManifest(serializeManifest(emptyManifest()))).toEqual(emptyManifest());
  });

  it.each([[null], ['not json'], ['{"version":2,"entries":{}}'], ['{"version":1,"entries":{"a":{"sha256":1}}}']])(
    'an unreadable manifest (%s) counts as empty',
    (text) => {
      expect(parseManifest(text)).toEqual(emptyManifest());
    },
  );
});

describe('orphanDecision', () => {
  it.each([
    ['generated', false, false, 'remove'],
    ['edited', false, false, 'kept-edited'],
    ['edited', false, true, 'kept-edited'],
    ['edited', true, false, 'kept-edited'],
    ['edited', true, true, 'remove'],
    ['missing', true, true, 'gone'],
  ] as const)('%s, regenerated %s, force %s → %s', (state, regenerated, force, expected) => {
    expect(orphanDecision(state, regenerated, force)).toBe(expected);
  });
});

describe('duplicateOrder', () => {
  it('recorded canonicals first, then recorded duplicates, then new sources, each by file name', () => {
    const r = (file: string, previousDuplicateOf: string | null | undefined) => ({ file, previousDuplicateOf });
    const order = duplicateOrder([r('a-new', undefined), r('b-dup', 'x'), r('c-canon', null), r('0-new', undefined), r('d-canon', null)]);
    expect(order.map((o) => o.file)).toEqual(['c-canon', 'd-canon', 'b-dup', '0-new', 'a-new']);
  });
});
