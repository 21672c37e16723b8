import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTarget, DEFAULT_SEED, parseSynthArgs, runSynth } from '../../scripts/synth.ts';

const tmp = mkdtempSync(join(tmpdir(), 'synth-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('synth command', () => {
  it('parses its options with a default seed', () => {
    const options = parseSynthArgs(['--count', '5', '--out', join(tmp, 'a')]);
    expect(options).toMatchObject({ count: 5, start: 0, seed: DEFAULT_SEED, manifest: null });
    expect(parseSynthArgs(['--count', '1', '--out', 'x', '--seed', 's', '--start', '7']).start).toBe(7);
  });

  it('takes a vocabulary, template by default', () => {
    expect(parseSynthArgs(['--count', '1', '--out', 'x']).vocabulary).toBe('template');
    expect(parseSynthArgs(['--count', '1', '--out', 'x', '--vocabulary', 'realistic']).vocabulary).toBe('realistic');
  });

  it.each([
    [['--count', '0', '--out', 'x']],
    [['--count', '3']],
    [['--out', 'x', '--count']],
    [['--bogus', '1']],
    [['--count', '1', '--out', 'x', '--vocabulary', 'rich']],
  ])(
    'rejects %j',
    (argv) => expect(() => parseSynthArgs(argv)).toThrow(/usage/),
  );

  it('never writes into content/ nor into a folder holding other files', () => {
    const root = '/repo';
    const base = { count: 1, seed: 's', start: 0, manifest: null };
    expect(() => checkTarget({ ...base, out: '/repo/content/sources' }, root)).toThrow(/real corpus/);
    expect(() => checkTarget({ ...base, out: '/repo/content' }, root)).toThrow(/real corpus/);
    expect(() => checkTarget({ ...base, out: '/elsewhere', manifest: '/elsewhere/truth.jsonl' }, root)).toThrow(/outside/);
    const full = join(tmp, 'full');
    runSynth({ ...base, out: full });
    expect(() => checkTarget({ ...base, out: full })).toThrow(/not empty/);
  });

  it('writes the same bytes for the same seed, and adds release N with --start', () => {
    const a = join(tmp, 'run-a');
    const b = join(tmp, 'run-b');
    runSynth({ count: 20, out: a, seed: 'x', start: 0, manifest: join(tmp, 'truth.jsonl') });
    runSynth({ count: 19, out: b, seed: 'x', start: 0, manifest: null });
    runSynth({ count: 1, out: b, seed: 'x', start: 19, manifest: null });
    const files = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).toBe(true);
    expect(readFileSync(join(tmp, 'truth.jsonl'), 'utf8').trim().split('\n')).toHaveLength(20);
  });

  it('refuses a --start run into a folder only when not adding', () => {
    const dir = join(tmp, 'other');
    runSynth({ count: 1, out: dir, seed: 'x', start: 0, manifest: null });
    writeFileSync(join(dir, 'note.txt'), 'x');
    expect(() => runSynth({ count: 1, out: dir, seed: 'x', start: 0, manifest: null })).toThrow(/not empty/);
  });

  // Reads the real word list (~2 million forms; seconds, more on a loaded machine).
  it('writes realistic releases with many more word forms and the same truth', { timeout: 120_000 }, () => {
    const plain = runSynth({ count: 30, out: join(tmp, 'plain'), seed: 'v', start: 0, manifest: join(tmp, 'plain.jsonl') });
    const rich = runSynth({ count: 30, out: join(tmp, 'rich'), seed: 'v', start: 0, manifest: join(tmp, 'rich.jsonl'), vocabulary: 'realistic' });
    expect(rich.distinctForms).toBeGreaterThan(plain.distinctForms * 2);
    expect(readFileSync(join(tmp, 'rich.jsonl'), 'utf8')).toBe(readFileSync(join(tmp, 'plain.jsonl'), 'utf8'));
    expect(readdirSync(join(tmp, 'rich')).sort()).toEqual(readdirSync(join(tmp, 'plain')).sort());
  });
});
