import { describe, expect, it } from 'vitest';
import {
  emptyManifest,
  isPlainOutputName,
  NOT_GENERATED,
  parseManifest,
  recoverManifest,
  serializeManifest,
  type ManifestEntry,
} from '../../scripts/ingest/manifest.ts';

const ENTRY: ManifestEntry = {
  sha256: 's1',
  rulesHash: 'r1',
  baseId: 'undated-x',
  output: 'undated-x.md',
  outputSha256: 'o1',
  duplicateOf: null,
  fingerprint: [1, 2, 3],
};

describe('manifest', () => {
  it('serialises deterministically, sorted by source, and reads back', () => {
    const a = serializeManifest({ version: 1, entries: { 'b.txt': ENTRY, 'a.txt': { ...ENTRY, output: 'a.md' } } });
    const b = serializeManifest({ version: 1, entries: { 'a.txt': { ...ENTRY, output: 'a.md' }, 'b.txt': ENTRY } });
    expect(a).toBe(b);
    expect(a.indexOf('"a.txt"')).toBeLessThan(a.indexOf('"b.txt"'));
    expect(parseManifest(a)).toEqual({ status: 'ok', manifest: { version: 1, entries: { 'a.txt': { ...ENTRY, output: 'a.md' }, 'b.txt': ENTRY } } });
    expect(a.split('\n')).toHaveLength(8);
    expect(parseManifest(serializeManifest(emptyManifest()))).toEqual({ status: 'ok', manifest: emptyManifest() });
  });

  const good = serializeManifest({ version: 1, entries: { 'a.txt': ENTRY } });
  const withOutput = (output: string) => serializeManifest({ version: 1, entries: { 'a.txt': { ...ENTRY, output } } });
  it.each([
    ['no file', null, { status: 'missing' }],
    ['truncated JSON', good.slice(0, 60), { status: 'corrupt', reason: expect.stringMatching(/^not valid JSON, perhaps truncated/) }],
    ['merge-conflict markers', `<<<<<<< HEAD\n${good}=======\n${good}>>>>>>> other\n`, { status: 'corrupt', reason: 'merge-conflict markers (line 1)' }],
    ['another version', '{"version":2,"entries":{}}', { status: 'corrupt', reason: expect.stringMatching(/^not an ingest manifest \(version:/) }],
    ['an entry of the wrong shape', '{"version":1,"entries":{"a":{"sha256":1}}}', { status: 'corrupt', reason: expect.stringMatching(/^not an ingest manifest \(entries\.a/) }],
    ['an output outside the out folder', withOutput('../../README.md'), { status: 'corrupt', reason: expect.stringContaining('"../../README.md", which is not a release file inside the out folder') }],
    ['an absolute output', withOutput('/etc/passwd.md'), { status: 'corrupt', reason: expect.stringContaining('"/etc/passwd.md"') }],
    ['an output in a sub-folder', withOutput('sub/x.md'), { status: 'corrupt', reason: expect.stringContaining('"sub/x.md"') }],
    ['the manifest itself as output', withOutput('.ingest-manifest.json'), { status: 'corrupt', reason: expect.stringContaining('".ingest-manifest.json"') }],
    ['an output that is not Markdown', withOutput('x.txt'), { status: 'corrupt', reason: expect.stringContaining('"x.txt"') }],
    ['a source name with a slash', good.replace('"a.txt"', '"../a.txt"'), { status: 'corrupt', reason: expect.stringContaining('"../a.txt" is not a plain file name') }],
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

describe('recoverManifest', () => {
  const claim = (output: string, sourceFile: string) => ({ output, sourceFile, sourceSha256: 'sha', duplicateOf: null });
  it('matches files to existing sources, first by name when two claim one, never a foreign path', () => {
    const recovered = recoverManifest([claim('b.md', 's1.txt'), claim('a.md', 's1.txt'), claim('c.md', 'gone.txt'), claim('../d.md', 's2.txt')], new Set(['s1.txt', 's2.txt']));
    expect(recovered.entries).toEqual({
      's1.txt': { sha256: 'sha', rulesHash: '', baseId: 'a', output: 'a.md', outputSha256: NOT_GENERATED, duplicateOf: null, fingerprint: [] },
    });
  });
});
