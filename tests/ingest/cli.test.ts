// The ingest command against temp dirs: encodings, bad input, editors' edits, determinism,
// incremental runs and duplicates. Most cases call runIngest in-process; one spawns the real CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestOptions } from '../../scripts/ingest-cli.ts';
import { FINGERPRINT_CACHE_FILE, parseFingerprintCache } from '../../scripts/ingest/fingerprint-cache.ts';
import { MANIFEST_FILE, MANIFEST_FILE_V1, parseManifest, type Manifest } from '../../scripts/ingest/manifest.ts';
import { renderedHtml, renderedText } from './support/rendered-text.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'content/sources');
const seed = (name: string) => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(name)) as string), 'utf8');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function manifestIn(out: string): Manifest {
  const read = parseManifest(readFileSync(join(out, MANIFEST_FILE), 'utf8'));
  if (read.status !== 'ok') throw new Error(`manifest not ok: ${JSON.stringify(read)}`);
  return read.manifest;
}

function workspace(files: Record<string, string | Uint8Array> = {}, withSeeds = true) {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  temps.push(dir);
  const sources = join(dir, 'sources');
  const out = join(dir, 'out');
  if (withSeeds) cpSync(SEEDS, sources, { recursive: true });
  else cpSync(SEEDS, sources, { recursive: true, filter: (src) => src === SEEDS });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(sources, name), content);
  const lines: string[] = [];
  const run = (extra: Partial<IngestOptions> = {}) => runIngest({ sources, out, force: false, rulesHash: 'rules-1', log: (l) => lines.push(l), ...extra });
  const outputs = () => readdirSync(out).filter((f) => f.endsWith('.md')).sort();
  const read = (name: string) => readFileSync(join(out, name), 'utf8');
  return { dir, sources, out, run, lines, outputs, read };
}

describe('ingest: encodings', () => {
  // Seed 004 with the characters ISO-8859-15 lacks (” – •) made ASCII: every encoding can hold it,
  // and its "M€" exercises the byte that tells ISO-8859-15 from Windows-1252.
  const text = seed('004').replace(/”/g, '"').replace(/–/g, '-').replace(/•/g, '-');
  const encodings: [string, Uint8Array][] = [
    ['utf-8', Buffer.from(text, 'utf8')],
    ['utf-8 BOM + CRLF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')])],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')])],
    ['windows-1252', iconv.encode(text, 'windows-1252')],
    ['iso-8859-15', iconv.encode(text.replace(/\n/g, '\r\n'), 'iso-8859-15')],
  ];
  const results = encodings.map(([name, bytes]) => {
    const ws = workspace({ 'release.txt': bytes }, false);
    const summary = ws.run();
    const [file] = ws.outputs();
    const { data, content } = matter(ws.read(file as string), {});
    return { name, summary, file, data: { ...data, source: undefined }, content };
  });

  it.each(results.map((r) => [r.name, r]))('%s is written and reads as the UTF-8 original', (_name, result) => {
    const reference = results[0] as (typeof results)[number];
    expect(result.summary).toMatchObject({ written: 1, rejected: 0 });
    expect(result.file).toBe(reference.file);
    expect(result.data).toEqual(reference.data);
    expect(result.content).toBe(reference.content);
    expect(result.content).toContain('noin 1,9 M€ ja ICT-rahoitusta noin 2,6 M€');
    expect(result.content).toContain('Seppo Huldén');
  });

  it('a Windows-1252 file keeps its typographic quotes and dashes', () => {
    const ws = workspace({ 'cp.txt': iconv.encode(seed('003'), 'windows-1252') }, false);
    ws.run();
    expect(ws.read(ws.outputs()[0] as string)).toContain('Pirkanmaan liiton toimesta – niin ettei');
  });
});

describe('ingest: bad input', () => {
  it('the real CLI names each rejected file and its reason, writes the rest, exits 1', () => {
    const ws = workspace({
      'empty.txt': '',
      'blank.txt': ' \r\n\u00a0\n',
      'kuva.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      'chrome.txt': 'Etusivu > Uutiset\n\n12.3.2019\n\nJaa\nTulosta\n\nVastaa\n',
    });
    const result = spawnSync('npx', ['tsx', join(ROOT, 'scripts/ingest-cli.ts'), '--sources', ws.sources, '--out', ws.out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/rejected ".*empty\.txt": empty/);
    expect(result.stderr).toMatch(/rejected ".*blank\.txt": empty/);
    expect(result.stderr).toMatch(/rejected ".*kuva\.png": not a release: an image/);
    expect(result.stderr).toMatch(/rejected ".*chrome\.txt": invalid: nothing but web chrome/);
    expect(result.stderr).toMatch(/written 5, unchanged 0, kept-edited 0, removed 0, rejected 4/);
    expect(ws.outputs()).toHaveLength(5);
    expect(readdirSync(ws.out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a clean run exits 0; an unknown argument exits 2', () => {
    const ws = workspace();
    const ok = spawnSync('npx', ['tsx', 'scripts/ingest-cli.ts', '--sources', ws.sources, '--out', ws.out], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync('npx', ['tsx', 'scripts/ingest-cli.ts', '--nope'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--nope'");
    expect(bad.stderr).toContain('usage: npm run ingest');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('--help prints the usage on stdout, exits 0 and writes nothing', () => {
    const ws = workspace();
    const help = spawnSync('npx', ['tsx', 'scripts/ingest-cli.ts', '--help', '--out', ws.out], { cwd: ROOT, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: npm run ingest');
    expect(help.stderr).toBe('');
    expect(existsSync(ws.out)).toBe(false);
  });

  it('a source that looks like front matter and template code is text like any other', () => {
    const hostile = '---\ntitle: Väärä otsikko\nlayout: evil.njk\n---\n\nOikea otsikko\n\n{{ eleventy.version }} {% include "x" %} <script>alert(1)</script> ja [linkki](javascript:alert(1)) tässä tekstissä, joka on tiedotteen oma kappale.\n';
    const ws = workspace({ 'hostile.txt': hostile }, false);
    ws.run();
    const text = ws.read(ws.outputs()[0] as string);
    const { data, content } = matter(text, {});
    expect(Object.keys(data)).not.toContain('layout');
    // The fake front matter is text like any other: short lines above the headline, which is taken
    // (as for a site's name above a headline) from just above the first prose; they never become
    // front matter. (Before the site-name rule, its first line "title: Väärä otsikko" was the title.)
    expect(data.title).toBe('Oikea otsikko');
    expect(data.layout).toBeUndefined();
    expect(content).not.toMatch(/\{\{|\{%|%\}|\}\}/);
    const html = renderedHtml(content, true);
    expect(html).not.toMatch(/<script|<a |<hr/);
    expect(renderedText(content, true)).toContain('{{ eleventy.version }} {% include "x" %} <script>alert(1)</script> ja [linkki](javascript:alert(1))');
  });
});

describe('ingest: editors and incremental runs', () => {
  it('is deterministic: two runs into fresh dirs give byte-identical files', () => {
    const a = workspace();
    const b = workspace();
    a.run();
    b.run();
    const files = readdirSync(a.out).sort();
    expect(readdirSync(b.out).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(b.out, f), 'utf8')).toBe(readFileSync(join(a.out, f), 'utf8'));
    expect(files).toContain(MANIFEST_FILE);
  });

  it('processes only new or changed sources; a rules change reaches every release', () => {
    const ws = workspace();
    expect(ws.run()).toMatchObject({ processed: 5, written: 5 });
    expect(ws.run()).toMatchObject({ processed: 0, written: 0, unchanged: 5 });
    const file = readdirSync(ws.sources).sort()[2] as string;
    writeFileSync(join(ws.sources, file), `${readFileSync(join(ws.sources, file), 'utf8')}\n\nLisäys loppuun, joka on uusi kappale.`);
    expect(ws.run()).toMatchObject({ processed: 1, written: 1, unchanged: 4 });
    writeFileSync(join(ws.sources, '010_uusi.txt'), 'Uusi tiedote\n\nKainuussa päätettiin asioista, joista kerrotaan tässä.');
    expect(ws.run()).toMatchObject({ processed: 1, written: 1, unchanged: 5 });
    expect(ws.run({ rulesHash: 'rules-2' })).toMatchObject({ processed: 6, written: 0, unchanged: 6 });
  });

  it("keeps an editor's change and says so; --force regenerates it", () => {
    const ws = workspace();
    ws.run();
    const target = ws.outputs()[0] as string;
    const edited = ws.read(target).replace(/^title: .*$/m, 'title: Toimittajan korjaama otsikko');
    writeFileSync(join(ws.out, target), edited);
    expect(ws.run()).toMatchObject({ keptEdited: 1, unchanged: 4 });
    expect(ws.lines.join('\n')).toContain(`kept ${JSON.stringify(join(ws.out, target))}: edited by hand; --force to regenerate`);
    expect(ws.read(target)).toBe(edited);
    // Still kept when the rules change, and the manifest still knows it was edited.
    expect(ws.run({ rulesHash: 'rules-2' })).toMatchObject({ keptEdited: 1, unchanged: 4 });
    expect(ws.run()).toMatchObject({ keptEdited: 1 });
    expect(ws.read(target)).toBe(edited);
    expect(ws.run({ force: true })).toMatchObject({ written: 1, keptEdited: 0 });
    expect(ws.read(target)).not.toBe(edited);
    expect(ws.run()).toMatchObject({ unchanged: 5, keptEdited: 0 });
  });

  it('a hand-made .md where a new release would go is kept, and the new release takes the next free name', () => {
    const release = { '010_uusi.txt': 'Uusi tiedote\n\nKainuun maakunnassa päätettiin asioista.' };
    const probe = workspace(release, false);
    probe.run();
    const [name] = probe.outputs() as [string];
    const ws = workspace();
    ws.run();
    writeFileSync(join(ws.out, name), 'käsin kirjoitettu\n');
    writeFileSync(join(ws.sources, '010_uusi.txt'), release['010_uusi.txt']);
    expect(ws.run()).toMatchObject({ written: 1, unchanged: 5, invalid: 1 });
    expect(ws.read(name)).toBe('käsin kirjoitettu\n');
    const second = name.replace(/\.md$/, '-2.md');
    expect(matter(ws.read(second), {}).data.source.file).toBe('010_uusi.txt');
    expect(ws.lines.join('\n')).toContain(`invalid ${JSON.stringify(join(ws.out, name))}: (file): no front matter`);
  });

  it('without a manifest, files are matched to sources by their front matter, in one message; nothing is overwritten', () => {
    const ws = workspace();
    ws.run();
    rmSync(join(ws.out, MANIFEST_FILE));
    const [edited, handWritten] = ws.outputs() as [string, string];
    writeFileSync(join(ws.out, edited), ws.read(edited).replace(/^title: .*$/m, 'title: Toimittajan otsikko'));
    writeFileSync(join(ws.out, handWritten), 'käsin kirjoitettu\n');
    const summary = ws.run();
    expect(summary).toMatchObject({ keptEdited: 1, unchanged: 3, written: 1, invalid: 1 });
    expect(ws.read(edited)).toContain('title: Toimittajan otsikko');
    expect(ws.read(handWritten)).toBe('käsin kirjoitettu\n');
    expect(ws.lines.filter((l) => l.includes('is missing'))).toHaveLength(1);
    expect(ws.lines.filter((l) => l.startsWith('kept '))).toHaveLength(1);
    // The next run is an ordinary one: the record is whole again.
    ws.lines.length = 0;
    expect(ws.run()).toMatchObject({ processed: 0, keptEdited: 1, unchanged: 4, written: 0 });
  });

  it('a release whose id changes keeps its edited file (one release, one page) until --force', () => {
    const ws = workspace();
    ws.run();
    const source = join(ws.sources, '002_43d5f8a64c145cb1.txt');
    const before = manifestIn(ws.out).entries['002_43d5f8a64c145cb1.txt']!.output;
    const edited = `${ws.read(before)}\nToimittajan lisäys.\n`;
    writeFileSync(join(ws.out, before), edited);
    writeFileSync(source, readFileSync(source, 'utf8').replace('Keski-Suomen tulevan maakunnan', 'Keski-Suomen uuden maakunnan'));
    expect(ws.run()).toMatchObject({ processed: 1, keptEdited: 1, written: 0 });
    expect(ws.outputs()).toHaveLength(5);
    expect(ws.read(before)).toBe(edited);
    expect(ws.run()).toMatchObject({ processed: 0, keptEdited: 1, written: 0 });
    expect(ws.run({ force: true })).toMatchObject({ written: 1, removed: 1 });
    expect(ws.outputs()).toHaveLength(5);
    expect(ws.outputs()).not.toContain(before);
    expect(ws.outputs().some((f) => f.includes('uuden-maakunnan'))).toBe(true);
  });

  it('a fresh clone (no fingerprint cache, which is not committed) reads every source once, writes no release, and caches again', () => {
    const ws = workspace();
    ws.run();
    const releasesBefore = ws.outputs().map((name) => [name, ws.read(name)]);
    rmSync(join(ws.out, FINGERPRINT_CACHE_FILE));
    expect(ws.run()).toMatchObject({ processed: 5, written: 0, unchanged: 5, keptEdited: 0 });
    expect(ws.outputs().map((name) => [name, ws.read(name)])).toEqual(releasesBefore);
    expect(existsSync(join(ws.out, FINGERPRINT_CACHE_FILE))).toBe(true);
    expect(ws.run()).toMatchObject({ processed: 0, unchanged: 5 });
  });

  it('a format 1 manifest (JSON) is read with its fingerprints, replaced by format 2 and removed, nothing else changes', () => {
    const ws = workspace();
    ws.run();
    const manifest = manifestIn(ws.out);
    const cache = parseFingerprintCache(readFileSync(join(ws.out, FINGERPRINT_CACHE_FILE), 'utf8'));
    const entries = Object.fromEntries(Object.entries(manifest.entries).map(([file, e]) => [file, { ...e, fingerprint: cache.get(file)!.fingerprint }]));
    const formatTwo = readFileSync(join(ws.out, MANIFEST_FILE), 'utf8');
    rmSync(join(ws.out, MANIFEST_FILE));
    rmSync(join(ws.out, FINGERPRINT_CACHE_FILE));
    writeFileSync(join(ws.out, MANIFEST_FILE_V1), JSON.stringify({ version: 1, entries }, null, 2));
    ws.lines.length = 0;
    expect(ws.run()).toMatchObject({ processed: 0, written: 0, unchanged: 5 });
    expect(existsSync(join(ws.out, MANIFEST_FILE_V1))).toBe(false);
    expect(readFileSync(join(ws.out, MANIFEST_FILE), 'utf8')).toBe(formatTwo);
    expect(ws.lines.filter((l) => l.startsWith('manifest: '))).toEqual([expect.stringContaining('replaced by')]);
  });

  it("removes a removed source's output unless it was edited", () => {
    const ws = workspace();
    ws.run();
    const [first, second] = readdirSync(ws.sources).sort() as [string, string];
    const manifest = manifestIn(ws.out);
    const firstOut = manifest.entries[first]!.output;
    const secondOut = manifest.entries[second]!.output;
    writeFileSync(join(ws.out, secondOut), `${ws.read(secondOut)}\nToimittajan lisäys.\n`);
    rmSync(join(ws.sources, first));
    rmSync(join(ws.sources, second));
    expect(ws.run()).toMatchObject({ removed: 1, keptEdited: 1 });
    expect(ws.outputs()).not.toContain(firstOut);
    expect(ws.outputs()).toContain(secondOut);
    expect(ws.lines.at(-2)).toContain('edited by hand');
  });
});

describe('ingest: duplicates', () => {
  // Seed 002 as a city site would republish it: other breadcrumbs, share links, a cookie notice,
  // its own dateline, a back link and the city's address block.
  const republished = [
    'Etusivu > Ajankohtaista > Uutiset',
    'Tämä sivusto käyttää evästeitä. Hyväksy evästeet',
    '',
    'Uutiset',
    '',
    seed('002').split('\n\nSinua voi ehkä kiinnostaa')[0],
    '',
    'Jaa',
    'Facebook',
    'Twitter',
    '',
    '← Takaisin uutislistaukseen',
    '',
    'Jyväskylän kaupunki',
    'PL 193, 40101 Jyväskylä',
    'Puh. 014 266 0000',
  ].join('\r\n');

  it('a republished copy is recorded with duplicateOf the canonical id, and both are written', () => {
    const ws = workspace({ '005_jyvaskyla.txt': republished });
    ws.run();
    const manifest = manifestIn(ws.out);
    const canonical = manifest.entries['002_43d5f8a64c145cb1.txt']!;
    const copy = manifest.entries['005_jyvaskyla.txt']!;
    expect(canonical.duplicateOf).toBeNull();
    expect(copy.duplicateOf).toBe(canonical.output.replace(/\.md$/, ''));
    expect(copy.output).toBe(canonical.output.replace(/\.md$/, '-2.md'));
    expect(matter(ws.read(copy.output), {}).data.duplicateOf).toBe(canonical.output.replace(/\.md$/, ''));
    expect(Object.values(manifest.entries).filter((e) => (e as { duplicateOf: unknown }).duplicateOf !== null)).toHaveLength(1);
  });

  // Changed from "the first in sorted order is canonical, whichever was ingested first": that let a
  // new source whose name sorts earlier unpublish an existing release (its page turned into a
  // duplicate) — the same take-over of a permanent address as an id collision. A published release
  // stays canonical; same input + same manifest still gives the same output.
  it('a release already published stays canonical when a copy sorting earlier arrives', () => {
    const ws = workspace();
    ws.run();
    writeFileSync(join(ws.sources, '0000_first.txt'), republished);
    const summary = ws.run();
    const manifest = manifestIn(ws.out);
    expect(manifest.entries['002_43d5f8a64c145cb1.txt']!.duplicateOf).toBeNull();
    expect(manifest.entries['0000_first.txt']!.duplicateOf).toBe(manifest.entries['002_43d5f8a64c145cb1.txt']!.output.replace(/\.md$/, ''));
    expect(summary.processed).toBe(1);
  });
});
