import { describe, expect, it } from 'vitest';
import { compareWithTruth, type IngestedRelease } from '../../scripts/bench/accuracy.ts';
import { placeOf, summariseProfile, type CpuProfile } from '../../scripts/bench/profile-summary.ts';
import type { ReleaseTruth } from '../../scripts/synth/archive.ts';

describe('profile summary', () => {
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
  // root → main → similarity (self 30 ms), root → main (self 10 ms), root → (garbage collector) 5 ms
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 4] },
      { id: 2, callFrame: frame('main', 'file:///w/scripts/ingest-cli.ts'), children: [3] },
      { id: 3, callFrame: frame('similarity', 'file:///w/scripts/ingest/fingerprint.ts') },
      { id: 4, callFrame: frame('(garbage collector)', '') },
    ],
    samples: [3, 3, 3, 2, 4],
    timeDeltas: [10_000, 10_000, 10_000, 10_000, 5_000],
    startTime: 0,
    endTime: 45_000,
  };
  it('adds self and inclusive time per function and self time per file', () => {
    const s = summariseProfile(profile);
    expect(s.totalMs).toBe(45);
    expect(s.self[0]).toMatchObject({ name: 'similarity scripts/ingest/fingerprint.ts:1', ms: 30 });
    expect(s.inclusive.find((e) => e.name.startsWith('main'))?.ms).toBe(40);
    expect(s.byPlace.map((e) => e.name)).toEqual(['scripts/ingest/fingerprint.ts', 'scripts/ingest-cli.ts', '(garbage collector)']);
  });
  it.each([
    ['file:///w/node_modules/@11ty/eleventy/src/Template.js', 'node_modules/@11ty/eleventy'],
    ['file:///w/node_modules/nunjucks/src/compiler.js', 'node_modules/nunjucks'],
    ['node:fs', 'node:fs'],
    ['file:///work/main/scripts/site/format.ts', 'scripts/site/format.ts'],
  ])('places %s in %s', (url, place) => expect(placeOf({ functionName: 'f', url, lineNumber: 0 })).toBe(place));
});

describe('accuracy against the generator’s truth', () => {
  const truth = (file: string, extra: Partial<ReleaseTruth>): ReleaseTruth => ({
    file,
    index: 0,
    title: 't',
    region: 'Pirkanmaa',
    date: '2018-02-23',
    dateCertainty: 'exact',
    dateEvidence: '23.02.2018',
    dateStyle: 'dotted-padded',
    topics: ['ICT'],
    contactStyle: 'lines',
    contactCount: 2,
    chrome: 'bare',
    encoding: 'utf8',
    crlf: false,
    duplicateOf: null,
    ...extra,
  });
  const got = (sourceFile: string, id: string, extra: Partial<IngestedRelease>): IngestedRelease => ({
    id,
    sourceFile,
    date: '2018-02-23',
    dateCertainty: 'exact',
    region: 'Pirkanmaa',
    topics: ['ICT'],
    contacts: 2,
    duplicateOf: null,
    ...extra,
  });
  it('counts agreement per field and maps duplicate ids back to source files', () => {
    const scores = compareWithTruth(
      [truth('a.txt', {}), truth('b.txt', { duplicateOf: 'a.txt' }), truth('c.txt', { region: null })],
      [got('a.txt', 'id-a', {}), got('b.txt', 'id-b', { duplicateOf: 'id-a', date: '2017-02-23' }), got('c.txt', 'id-c', {})],
    );
    const by = Object.fromEntries(scores.map((s) => [s.field, s]));
    expect(by.duplicateOf).toMatchObject({ agree: 3, total: 3 });
    expect(by.date).toMatchObject({ agree: 2, total: 3 });
    expect(by.region?.examples[0]).toContain('c.txt');
  });
});
