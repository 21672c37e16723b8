// The ingest command's refusals and its handling of a doubtful manifest, end to end in throwaway
// folders: bad usage prints usage and creates nothing (exit 2), and nothing outside the out folder
// is ever read, written or deleted.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main, runIngest } from '../../scripts/ingest-cli.ts';
import { MANIFEST_FILE, parseManifest, serializeManifest, type ManifestEntry } from '../../scripts/ingest/manifest.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'content/sources');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
afterEach(() => vi.restoreAllMocks());

function throwaway() {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-safety-'));
  temps.push(dir);
  const sources = join(dir, 'sources');
  cpSync(SEEDS, sources, { recursive: true });
  writeFileSync(join(dir, 'file.txt'), 'x');
  return { dir, sources, out: join(dir, 'out') };
}

/** Runs main() in-process; returns the exit code and what it printed. */
function run(argv: string[]) {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = main(argv);
  vi.restoreAllMocks();
  return { code, stderr };
}

/** Every path under dir, to show that a refused run created nothing. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('bad usage: usage line, exit 2, nothing created', () => {
  const ws = throwaway();
  const cases: [string, string[], RegExp][] = [
    ['an unknown flag', ['--nope'], /Unknown option '--nope'/],
    ['a flag without its value', ['--sources', ws.sources, '--out'], /'--out <value>' argument missing/],
    ['a stray argument', ['content/sources'], /Unexpected argument 'content\/sources'/],
    ['an empty --out (an unset variable)', ['--sources', ws.sources, '--out', ''], /--out needs a folder, got an empty value/],
    ['a blank --sources', ['--sources', ' ', '--out', join(ws.dir, 'o')], /--sources needs a folder/],
    ['a missing sources folder', ['--sources', join(ws.dir, 'nope'), '--out', join(ws.dir, 'o')], /the sources folder ".*nope" does not exist/],
    ['a file as the sources folder', ['--sources', join(ws.dir, 'file.txt'), '--out', join(ws.dir, 'o')], /--sources ".*file\.txt" is a file, not a folder/],
    ['a file as the out folder', ['--sources', ws.sources, '--out', join(ws.dir, 'file.txt')], /--out ".*file\.txt" is a file, not a folder/],
    ['--sources X --out X', ['--sources', ws.sources, '--out', ws.sources], /the sources and out folders are the same folder/],
    ['the same folder spelt differently', ['--sources', ws.sources, '--out', `${ws.sources}/../sources/`], /the same folder/],
    ['out inside sources', ['--sources', ws.sources, '--out', join(ws.sources, 'out')], /the out folder is inside the sources folder/],
    ['sources inside out', ['--sources', ws.sources, '--out', ws.dir], /the sources folder is inside the out folder/],
    ['the repository root', ['--sources', ws.sources, '--out', ROOT], /the repository root or a folder above it/],
    ['a folder above the repository', ['--sources', ws.sources, '--out', dirname(ROOT)], /the repository root or a folder above it/],
    ['the file-system root', ['--sources', ws.sources, '--out', '/'], /the repository root or a folder above it|the sources folder is inside the out folder/],
    ['content/', ['--sources', ws.sources, '--out', join(ROOT, 'content')], /the content folder/],
    ['content/sources', ['--sources', ws.sources, '--out', join(ROOT, 'content/sources')], /the built-in sources folder/],
    ['inside .git', ['--sources', ws.sources, '--out', join(ROOT, '.git/x')], /inside the repository's git folder/],
  ];
  it.each(cases)('%s', (_name, argv, message) => {
    const before = tree(ws.dir);
    const { code, stderr } = run(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('usage: npm run ingest');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(tree(ws.dir)).toEqual(before);
  });

  it('the real command: exit 2, one message and the usage line, no stack trace', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest-cli.ts', '--sources', ws.sources, '--out', ws.sources], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^ingest: refusing --sources .* the same folder$/), expect.stringMatching(/^usage: /)]);
  });
});

describe('the manifest is a trusted record', () => {
  function ingested() {
    const ws = throwaway();
    const lines: string[] = [];
    const ingest = (force = false) => runIngest({ sources: ws.sources, out: ws.out, force, rulesHash: 'r', log: (l) => lines.push(l) });
    ingest();
    const manifestPath = join(ws.out, MANIFEST_FILE);
    const manifest = () => {
      const read = parseManifest(readFileSync(manifestPath, 'utf8'));
      if (read.status !== 'ok') throw new Error(`manifest not ok: ${JSON.stringify(read)}`);
      return read.manifest;
    };
    const releases = () => readdirSync(ws.out).filter((f) => f.endsWith('.md')).sort();
    return { ...ws, lines, ingest, manifestPath, manifest, releases };
  }

  it('an entry pointing outside the out folder deletes nothing there and reads nothing there', () => {
    const ws = ingested();
    const victim = join(ws.dir, 'victim.md');
    const m = ws.manifest();
    const [source, entry] = Object.entries(m.entries)[0] as [string, ManifestEntry];
    writeFileSync(victim, readFileSync(join(ws.out, entry.output)));
    rmSync(join(ws.sources, source));
    writeFileSync(ws.manifestPath, serializeManifest(m).replace(`\t${entry.output}\t`, '\t../victim.md\t'));
    ws.lines.length = 0;
    ws.ingest();
    expect(existsSync(victim)).toBe(true);
    expect(ws.lines.filter((l) => l.includes('is corrupt'))).toEqual([expect.stringContaining('names ../victim.md, which is not a release file inside the out folder')]);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2)), /is corrupt: the last line is cut short, perhaps the file was truncated/],
    ['merge-conflict markers', (text: string) => `<<<<<<< HEAD\n${text}=======\n${text}>>>>>>> theirs\n`, /is corrupt: merge-conflict markers \(line 1\)/],
    ['missing', () => null, /is missing/],
  ])('a %s manifest: one message saying what ingest does, nothing lost, no "edited" flood', (_name, damage, message) => {
    const ws = ingested();
    const [edited] = ws.releases() as [string];
    writeFileSync(join(ws.out, edited), readFileSync(join(ws.out, edited), 'utf8').replace(/^title: .*$/m, 'title: Käsin korjattu'));
    const damaged = damage(readFileSync(ws.manifestPath, 'utf8'));
    if (damaged === null) rmSync(ws.manifestPath);
    else writeFileSync(ws.manifestPath, damaged);
    ws.lines.length = 0;
    const summary = ws.ingest();
    expect(summary).toMatchObject({ written: 0, removed: 0, keptEdited: 1, unchanged: 4 });
    expect(ws.lines.filter((l) => message.test(l))).toHaveLength(1);
    expect(ws.lines.join('\n')).toMatch(/matches the 5 release files there to their sources by source\.file .* \(5 matched\)/);
    expect(ws.lines.filter((l) => !l.startsWith('review: '))).toHaveLength(3); // the review count is its own line
    expect(readFileSync(join(ws.out, edited), 'utf8')).toContain('title: Käsin korjattu');
    expect(ws.releases()).toHaveLength(5);
    expect(ws.manifest().entries).not.toEqual({});
  });

  it('a renamed release is not published twice; --force puts it back under its id', () => {
    const ws = ingested();
    const [first] = ws.releases() as [string];
    const renamed = 'oma-nimi.md';
    cpSync(join(ws.out, first), join(ws.out, renamed));
    rmSync(join(ws.out, first));
    ws.lines.length = 0;
    expect(ws.ingest()).toMatchObject({ written: 0, keptEdited: 1, invalid: 0 });
    expect(ws.releases()).toHaveLength(5);
    expect(ws.releases()).toContain(renamed);
    expect(ws.lines[0]).toMatch(/^kept ".*oma-nimi\.md": the release of ".*", renamed by hand from ".*"; not written again/);
    expect(ws.ingest()).toMatchObject({ written: 0, keptEdited: 1 });
    expect(ws.releases()).toHaveLength(5);
    expect(ws.ingest(true)).toMatchObject({ written: 1, removed: 1 });
    expect(ws.releases()).toContain(first);
    expect(ws.releases()).not.toContain(renamed);
  });

  it('a copy of a release under another name is reported, not silently published twice', () => {
    const ws = ingested();
    const [first] = ws.releases() as [string];
    cpSync(join(ws.out, first), join(ws.out, 'kopio.md'));
    ws.lines.length = 0;
    expect(ws.ingest()).toMatchObject({ invalid: 1, unchanged: 5 });
    expect(ws.lines[0]).toMatch(/^invalid ".*kopio\.md": source\.file: names ".*", whose release is ".*": the site would publish it twice; delete one$/);
  });

  it('a deleted release is not written again, and the message says how to retire one; exit 1', () => {
    const ws = ingested();
    const [first] = ws.releases() as [string];
    rmSync(join(ws.out, first));
    ws.lines.length = 0;
    expect(ws.ingest()).toMatchObject({ written: 0, deletedByHand: 1 });
    expect(existsSync(join(ws.out, first))).toBe(false);
    expect(ws.lines[0]).toMatch(/^not written: ".*" was deleted by hand, but its source ".*" is still there\. To take a release off the site, put "retired: true" in its front matter; to drop it for good, remove its source; --force writes it again$/);
    const { code } = run(['--sources', ws.sources, '--out', ws.out]);
    expect(code).toBe(1);
    expect(ws.ingest(true)).toMatchObject({ written: 1 });
    expect(existsSync(join(ws.out, first))).toBe(true);
  });

  it('every invalid edited release is reported with its field and reason, in one run; exit 1', () => {
    const ws = ingested();
    const [a, b] = ws.releases() as [string, string];
    writeFileSync(join(ws.out, a), readFileSync(join(ws.out, a), 'utf8').replace(/^date: .*$/m, 'date: 2018-02-30'));
    writeFileSync(join(ws.out, b), readFileSync(join(ws.out, b), 'utf8').replace(/^region: .*$/m, 'region: Atlantis').replace(/^topics:.*$/m, 'topics: 12'));
    ws.lines.length = 0;
    expect(ws.ingest()).toMatchObject({ keptEdited: 2, invalid: 2 });
    const invalid = ws.lines.filter((l) => l.startsWith('invalid'));
    expect(invalid).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^invalid ".*${a}": date: not a calendar date$`)),
        expect.stringMatching(new RegExp(`^invalid ".*${b}": region: `)),
        expect.stringMatching(new RegExp(`^invalid ".*${b}": topics: `)),
      ]),
    );
    expect(run(['--sources', ws.sources, '--out', ws.out]).code).toBe(1);
  });

  it('a run that changes nothing writes nothing, not even the manifest', () => {
    const ws = ingested();
    const stamps = () => readdirSync(ws.out).map((f) => [f, statSync(join(ws.out, f)).mtimeMs]);
    const before = stamps();
    const later = Date.now() + 5000;
    utimesSync(ws.manifestPath, new Date(later - 60_000), new Date(later - 60_000));
    const manifestBefore = statSync(ws.manifestPath).mtimeMs;
    expect(ws.ingest()).toMatchObject({ written: 0, unchanged: 5 });
    expect(statSync(ws.manifestPath).mtimeMs).toBe(manifestBefore);
    expect(stamps().filter(([f]) => f !== MANIFEST_FILE)).toEqual(before.filter(([f]) => f !== MANIFEST_FILE));
  });

  it('an out folder that does not exist yet is created only when there is something to write', () => {
    const ws = throwaway();
    mkdirSync(join(ws.dir, 'empty-sources'));
    const { code } = run(['--sources', join(ws.dir, 'empty-sources'), '--out', join(ws.dir, 'new-out')]);
    expect(code).toBe(0);
    expect(existsSync(join(ws.dir, 'new-out', MANIFEST_FILE))).toBe(true);
  });
});
