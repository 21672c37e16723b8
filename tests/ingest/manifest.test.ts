import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  emptyManifest,
  isPlainOutputName,
  NOT_GENERATED,
  parseManifest,
  recoverManifest,
  serializeManifest,
  type Manifest,
  type ManifestEntry,
} from '../../scripts/ingest/manifest.ts';

const S1 = 'a'.repeat(64);
const O1 = 'b'.repeat(64);
const ENTRY: ManifestEntry = {
  sha256: S1,
  rulesHash: '0123456789abcdef',
  baseId: 'undated-x',
  output: 'undated-x.md',
  outputSha256: O1,
  duplicateOf: null,
  fingerprint: null,
};
const manifestOf = (entries: Record<string, ManifestEntry>): Manifest => ({ entries });
const lines = (text: string) => text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));

describe('manifest format 2', () => {
  it('serialises deterministically, one line per source sorted by name, and reads back', () => {
    const a = serializeManifest(
      manifestOf({ 'b.txt': ENTRY, 'a.txt': { ...ENTRY, output: 'a.md', baseId: 'a' } }),
    );
    const b = serializeManifest(
      manifestOf({ 'a.txt': { ...ENTRY, output: 'a.md', baseId: 'a' }, 'b.txt': ENTRY }),
    );
    expect(a).toBe(b);
    expect(lines(a)).toEqual([
      `a.txt\t${S1}\t0123456789abcdef\ta.md\t${O1}\t-\t=`,
      `b.txt\t${S1}\t0123456789abcdef\tundated-x.md\t${O1}\t-\t=`,
    ]);
    expect(parseManifest(a)).toEqual({
      status: 'ok',
      manifest: manifestOf({ 'a.txt': { ...ENTRY, output: 'a.md', baseId: 'a' }, 'b.txt': ENTRY }),
    });
    expect(parseManifest(serializeManifest(emptyManifest()))).toEqual({
      status: 'ok',
      manifest: emptyManifest(),
    });
  });

  it.each([
    ['a collision suffix (id before suffixes differs)', { output: 'undated-x-2.md' }],
    ['a duplicate', { duplicateOf: 'undated-y' }],
    ['a file ingest did not write as it is', { outputSha256: NOT_GENERATED }],
    ['unknown source hash and rules (recovered)', { sha256: '', rulesHash: '' }],
  ] as const)('keeps %s through a round trip', (_name, change) => {
    const manifest = manifestOf({ 'a.txt': { ...ENTRY, ...change } });
    expect(parseManifest(serializeManifest(manifest))).toEqual({ status: 'ok', manifest });
  });

  it.each([
    ['tab\tin.txt'],
    ['line\nend.txt'],
    ['"quoted".txt'],
    ['-'],
    ['='],
    ['ääkköset ja välit.txt'],
  ])('a source named %j survives a round trip on one line', (name) => {
    const manifest = manifestOf({ [name]: ENTRY });
    const text = serializeManifest(manifest);
    expect(lines(text)).toHaveLength(1);
    expect(parseManifest(text)).toEqual({ status: 'ok', manifest });
  });

  it('is small: a line per source, no fingerprint', () => {
    const id = '2018-02-23-pohjois-pohjanmaa-johtoryhmassa-keskustelua-konsernisuunnitelmista';
    const line = lines(
      serializeManifest(
        manifestOf({ '000_4974e31f02f0484b.txt': { ...ENTRY, baseId: id, output: `${id}.md` } }),
      ),
    )[0]!;
    expect(line.length).toBeLessThan(260);
  });

  // The point of the format: two branches that each ingested a different source merge without a conflict.
  it('two branches that changed different sources merge cleanly (git merge-file)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-merge-'));
    try {
      const entries = Object.fromEntries(
        ['a', 'b', 'c', 'd', 'e'].map((n) => [
          `${n}.txt`,
          { ...ENTRY, baseId: n, output: `${n}.md` },
        ]),
      );
      const base = manifestOf(entries);
      const ours = manifestOf({
        ...entries,
        'b.txt': { ...entries['b.txt']!, outputSha256: 'c'.repeat(64) },
      });
      const theirs = manifestOf({
        ...entries,
        'cc.txt': { ...ENTRY, baseId: 'cc', output: 'cc.md' },
        'e.txt': { ...entries['e.txt']!, sha256: 'd'.repeat(64) },
      });
      const files = {
        base: serializeManifest(base),
        ours: serializeManifest(ours),
        theirs: serializeManifest(theirs),
      };
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      execFileSync('git', [
        'merge-file',
        join(dir, 'ours'),
        join(dir, 'base'),
        join(dir, 'theirs'),
      ]);
      const merged = parseManifest(readFileSync(join(dir, 'ours'), 'utf8'));
      expect(merged).toEqual({
        status: 'ok',
        manifest: manifestOf({
          ...ours.entries,
          'cc.txt': theirs.entries['cc.txt']!,
          'e.txt': theirs.entries['e.txt']!,
        }),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const good = serializeManifest(manifestOf({ 'a.txt': ENTRY }));
  const withOutput = (output: string) =>
    serializeManifest(manifestOf({ 'a.txt': { ...ENTRY, output, baseId: 'x' } }));
  it.each([
    ['no file', null, { status: 'missing' }],
    [
      'a cut last line',
      good.slice(0, -20),
      { status: 'corrupt', reason: 'the last line is cut short, perhaps the file was truncated' },
    ],
    [
      'a cut line',
      good.replace(`\t${O1}\t-\t=`, `\t${O1}\n`),
      { status: 'corrupt', reason: expect.stringMatching(/^line 4 has 5 fields, not 7/) },
    ],
    [
      'merge-conflict markers',
      `<<<<<<< HEAD\n${good}=======\n${good}>>>>>>> other\n`,
      { status: 'corrupt', reason: 'merge-conflict markers (line 1)' },
    ],
    [
      'no header',
      lines(good).join('\n') + '\n',
      { status: 'corrupt', reason: expect.stringMatching(/^not an ingest manifest/) },
    ],
    [
      'a second line for one source',
      good + lines(good)[0] + '\n',
      { status: 'corrupt', reason: expect.stringMatching(/a second line for "a.txt"/) },
    ],
    [
      'a hash that is not one',
      good.replace(S1, 'zz'),
      { status: 'corrupt', reason: expect.stringMatching(/a hash is not a hash/) },
    ],
    [
      'an output outside the out folder',
      withOutput('../../README.md'),
      {
        status: 'corrupt',
        reason: expect.stringContaining(
          '"a.txt" names ../../README.md, which is not a release file inside the out folder',
        ),
      },
    ],
    [
      'an absolute output',
      withOutput('/etc/passwd.md'),
      { status: 'corrupt', reason: expect.stringContaining('/etc/passwd.md') },
    ],
    [
      'an output in a sub-folder',
      withOutput('sub/x.md'),
      { status: 'corrupt', reason: expect.stringContaining('sub/x.md') },
    ],
    [
      'the manifest itself as output',
      withOutput('.ingest-manifest.tsv'),
      { status: 'corrupt', reason: expect.stringContaining('.ingest-manifest.tsv') },
    ],
    [
      'an output that is not Markdown',
      withOutput('x.txt'),
      { status: 'corrupt', reason: expect.stringContaining('x.txt') },
    ],
    [
      'a source name with a slash',
      good.replace('a.txt\t', '../a.txt\t'),
      {
        status: 'corrupt',
        reason: expect.stringContaining('source name ../a.txt is not a plain file name'),
      },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseManifest(text)).toEqual(expected);
  });

  it.each([
    ['x.md', true],
    ['2018-02-23-a.md', true],
    ['.x.md', false],
    ['../x.md', false],
    ['a/x.md', false],
    ['a\\x.md', false],
    ['x.md\n', false],
    ['x.txt', false],
  ])('isPlainOutputName(%j) is %s', (name, expected) => {
    expect(isPlainOutputName(name)).toBe(expected);
  });
});

describe('manifest format 1 (JSON, read once and replaced)', () => {
  const v1 = (entries: unknown) => JSON.stringify({ version: 1, entries }, null, 2);
  const entryV1 = {
    sha256: S1,
    rulesHash: 'r1',
    baseId: 'undated-x',
    output: 'undated-x.md',
    outputSha256: O1,
    duplicateOf: null,
    fingerprint: [1, 2, 3],
  };
  it.each([
    [
      'is read with its fingerprints',
      v1({ 'a.txt': entryV1 }),
      { status: 'ok', manifest: manifestOf({ 'a.txt': { ...entryV1, fingerprint: [1, 2, 3] } }) },
    ],
    [
      'truncated JSON',
      v1({ 'a.txt': entryV1 }).slice(0, 60),
      { status: 'corrupt', reason: expect.stringMatching(/^not valid JSON, perhaps truncated/) },
    ],
    [
      'another version',
      '{"version":3,"entries":{}}',
      { status: 'corrupt', reason: expect.stringMatching(/^not an ingest manifest \(version:/) },
    ],
    [
      'an entry of the wrong shape',
      '{"version":1,"entries":{"a":{"sha256":1}}}',
      { status: 'corrupt', reason: expect.stringMatching(/^not an ingest manifest \(entries\.a/) },
    ],
    [
      'an output outside the out folder',
      v1({ 'a.txt': { ...entryV1, output: '../../README.md' } }),
      {
        status: 'corrupt',
        reason: expect.stringContaining(
          '"../../README.md", which is not a release file inside the out folder',
        ),
      },
    ],
    [
      'a source name with a slash',
      v1({ '../a.txt': entryV1 }),
      { status: 'corrupt', reason: expect.stringContaining('"../a.txt" is not a plain file name') },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseManifest(text)).toEqual(expected);
  });
});

describe('recoverManifest', () => {
  const claim = (output: string, sourceFile: string) => ({
    output,
    sourceFile,
    sourceSha256: 'sha',
    duplicateOf: null,
  });
  it('matches files to existing sources, first by name when two claim one, never a foreign path', () => {
    const recovered = recoverManifest(
      [
        claim('b.md', 's1.txt'),
        claim('a.md', 's1.txt'),
        claim('c.md', 'gone.txt'),
        claim('../d.md', 's2.txt'),
      ],
      new Set(['s1.txt', 's2.txt']),
    );
    expect(recovered.entries).toEqual({
      's1.txt': {
        sha256: 'sha',
        rulesHash: '',
        baseId: 'a',
        output: 'a.md',
        outputSha256: NOT_GENERATED,
        duplicateOf: null,
        fingerprint: null,
      },
    });
  });
});
