import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../scripts/ingest/manifest.ts';
import {
  decideOutput,
  decideWrite,
  duplicateOrder,
  orphanDecision,
  needsProcessing,
  outputState,
  removalDecision,
  type OutputDecision,
  type OutputFacts,
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
    ['no cached fingerprint (a fresh clone)', { ...ENTRY, fingerprint: null }, 's1', 'r1', false, true],
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
    ['edited, but already what ingest writes now → unchanged', 'edited', 'n1', 'n1', false, 'unchanged'],
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

describe('decideOutput', () => {
  const facts = (over: Partial<OutputFacts>): OutputFacts => ({
    entry: { ...ENTRY, output: 'x.md' },
    fresh: false,
    output: 'x.md',
    duplicateOf: null,
    state: 'generated',
    previousState: undefined,
    previousOutputTaken: false,
    renamedTo: undefined,
    force: false,
    ...over,
  });
  it.each<[string, Partial<OutputFacts>, OutputDecision]>([
    ['a new source', { entry: undefined, state: 'missing' }, { kind: 'generate' }],
    ['unchanged source, file as written', {}, { kind: 'unchanged' }],
    ['unchanged source, file edited', { state: 'edited' }, { kind: 'kept-edited', file: 'x.md', why: 'edited' }],
    ['source changed, file as written', { fresh: true }, { kind: 'generate' }],
    ['source changed, file edited: decideWrite keeps it', { fresh: true, state: 'edited' }, { kind: 'generate' }],
    ['now a duplicate of another release', { duplicateOf: 'y' }, { kind: 'generate' }],
    ['file deleted by hand', { state: 'missing' }, { kind: 'deleted-by-hand', file: 'x.md' }],
    ['file deleted by hand, source changed', { state: 'missing', fresh: true }, { kind: 'deleted-by-hand', file: 'x.md' }],
    ['file deleted by hand, --force', { state: 'missing', force: true }, { kind: 'generate' }],
    ['file renamed by hand to z.md', { state: 'missing', renamedTo: 'z.md' }, { kind: 'kept-edited', file: 'z.md', why: 'renamed' }],
    ['a new source whose release z.md an editor already made', { entry: undefined, state: 'missing', renamedTo: 'z.md' }, { kind: 'kept-edited', file: 'z.md', why: 'renamed' }],
    ['file renamed by hand, --force', { state: 'missing', renamedTo: 'z.md', force: true }, { kind: 'generate', replaces: 'z.md' }],
    ['new id, old file as written', { output: 'x2.md', state: 'missing', previousState: 'generated', fresh: true }, { kind: 'generate' }],
    ['new id, old file edited', { output: 'x2.md', state: 'missing', previousState: 'edited', fresh: true }, { kind: 'kept-edited', file: 'x.md', why: 'old-id' }],
    ['new id, old file deleted by hand', { output: 'x2.md', state: 'missing', previousState: 'missing', fresh: true }, { kind: 'deleted-by-hand', file: 'x.md' }],
    ['new id, old name now taken by another release', { output: 'x2.md', state: 'missing', previousState: 'edited', previousOutputTaken: true }, { kind: 'generate' }],
    ['new id, old file edited, --force', { output: 'x2.md', state: 'missing', previousState: 'edited', force: true }, { kind: 'generate' }],
  ])('%s', (_name, over, expected) => {
    expect(decideOutput(facts(over))).toEqual(expected);
  });
});
