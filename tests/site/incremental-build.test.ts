// An incremental build equals a clean build of the same input, byte for byte (the stamp with its page
// cache included), after each kind of edit an archivist makes; and it renders only what changed.
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runBuildSite, throwawayCheckout, treeContents } from '../support/throwaway-checkout.ts';

let work = '';
const rel = (id: string): string => path.join(work, 'rel', `${id}.md`);
const edit = (id: string, from: RegExp, to: string): void => {
  const text = readFileSync(rel(id), 'utf8');
  expect(text).toMatch(from);
  writeFileSync(rel(id), text.replace(from, to));
};

/** Inode of every file under `dir`: a file taken over from the previous build keeps its inode. */
function inodes(dir: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const info = statSync(path.join(dir, name));
    if (info.isFile()) found.set(name, info.ino);
  }
  return found;
}

/** The files the build's writer handled (its stamp's page and file digests), by kind. */
function stampedFiles(): string[] {
  const stamp = JSON.parse(readFileSync(path.join(work, 'inc/.uudistusarkisto-build'), 'utf8')) as { pages: object; files: object };
  return [...Object.keys(stamp.pages), ...Object.keys(stamp.files)];
}

interface IncrementalRun {
  rendered: number;
  unchanged: number;
  /** Releases whose search terms came from the term cache, and those expanded again. */
  termsKept: number;
  termsExpanded: number;
  /** Files of the new build that were written, not taken over from the previous one. */
  rewritten: Set<string>;
}

/** Builds `inc` incrementally and a fresh folder from scratch; returns what the incremental run wrote. */
function buildBoth(name: string): IncrementalRun {
  const before = inodes(path.join(work, 'inc'));
  const inc = runBuildSite(work, ['--releases', 'rel', '--out', 'inc']);
  expect(inc.status, inc.stderr).toBe(0);
  const clean = runBuildSite(work, ['--releases', 'rel', '--out', `clean-${name}`, '--full']);
  expect(clean.status, clean.stderr).toBe(0);
  const a = treeContents(path.join(work, 'inc'));
  const b = treeContents(path.join(work, `clean-${name}`));
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  const differing = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
  expect(differing).toEqual([]);
  rmSync(path.join(work, `clean-${name}`), { recursive: true });
  const counts = /release pages \((\d+) rendered, (\d+) unchanged\)/.exec(inc.stdout);
  expect(counts, inc.stdout).not.toBeNull();
  const rewritten = new Set([...inodes(path.join(work, 'inc'))].filter(([file, ino]) => before.get(file) !== ino).map(([file]) => file));
  const terms = /terms of (\d+) releases kept, (\d+) expanded/.exec(inc.stdout);
  expect(terms, inc.stdout).not.toBeNull();
  return { rendered: Number(counts![1]), unchanged: Number(counts![2]), rewritten, termsKept: Number(terms![1]), termsExpanded: Number(terms![2]) };
}

const searchData = (files: Iterable<string>): string[] => [...files].filter((f) => /^haku\/(hakuindeksi\.js|(indeksi|sijainnit|sanasto|tekstit|otsikot)\/)/.test(f));

beforeAll(() => {
  work = throwawayCheckout('incremental-');
  cpSync(path.join(REPO, 'tests/fixtures/site-releases'), path.join(work, 'rel'), { recursive: true });
  expect(runBuildSite(work, ['--releases', 'rel', '--out', 'inc']).status).toBe(0);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// In order: each case starts from the previous one's incremental build.
describe('incremental build = clean build, byte for byte', { timeout: 120_000 }, () => {
  it('nothing changed: nothing rendered, and no file the writer handles written again', () => {
    const { rendered, rewritten, termsExpanded, termsKept } = buildBoth('same');
    expect(rendered).toBe(0);
    expect(termsExpanded).toBe(0);
    expect(termsKept).toBeGreaterThan(0);
    const handled = stampedFiles();
    expect(handled.length).toBeGreaterThan(0);
    expect(searchData(handled).length).toBeGreaterThan(0);
    expect(handled.filter((f) => rewritten.has(f))).toEqual([]);
  });
  it('a title edit renders that page and its neighbours and related pages, not the rest', () => {
    edit('006_lappi-kasvupalvelut', /^title: .*$/m, 'title: Lapin kasvupalvelut, muokattu otsikko');
    const { rendered, unchanged, rewritten } = buildBoth('title');
    expect(rendered).toBeGreaterThan(0);
    expect(unchanged).toBeGreaterThan(0);
    expect(rewritten.has('haku/otsikot/0.js')).toBe(true);
  });
  it('a date edit', () => {
    edit('009_pirkanmaa-ict-helmikuu', /^date: .*$/m, "date: '2016-02-01'");
    buildBoth('date');
  });
  it('a region edit', () => {
    edit('007_uusimaa-valinnanvapaus', /^region: .*$/m, 'region: Lappi');
    buildBoth('region');
  });
  it('a topics edit', () => {
    edit('008_varsinais-suomi-ohjausryhma', /^topics: .*$/m, 'topics: [ICT]');
    buildBoth('topics');
  });
  it('a body edit rewrites some search files, not all', () => {
    appendFileSync(rel('003_f60aae9a8104c5dd'), '\nLisätty kappale, joka mainitsee pilotin.\n');
    const { rewritten, termsKept, termsExpanded } = buildBoth('body');
    expect(termsExpanded).toBeGreaterThanOrEqual(1);
    expect(termsKept).toBeGreaterThan(0);
    const search = searchData(stampedFiles());
    expect(search.filter((f) => rewritten.has(f)).length).toBeGreaterThan(0);
    // Ids and titles did not change.
    expect(rewritten.has('haku/otsikot/0.js')).toBe(false);
    expect(search.filter((f) => !rewritten.has(f)).length).toBeGreaterThan(0);
  });
  it('a word new to the archive inside another release\'s compound: that release\'s kept terms are not used', { timeout: 240_000 }, () => {
    // Voikko knows neither word, so the fallback splits the compound by the archive's own words.
    appendFileSync(rel('003_f60aae9a8104c5dd'), '\nZorblaxquintevarit kokoontuivat.\n');
    buildBoth('compound');
    appendFileSync(rel('007_uusimaa-valinnanvapaus'), '\nZorblax puhui.\n');
    expect(buildBoth('compound-part').termsExpanded).toBeGreaterThanOrEqual(2);
  });
  it('a missing term cache: every release expanded, same bytes', () => {
    rmSync(path.join(work, '.inc-search-cache.bin'));
    expect(buildBoth('no-term-cache').termsKept).toBe(0);
  });
  it('an added release', () => {
    const text = readFileSync(rel('006_lappi-kasvupalvelut'), 'utf8').replace(/^title: .*$/m, 'title: Uusi tiedote Lapista');
    writeFileSync(rel('020_lappi-uusi'), text);
    buildBoth('added');
  });
  it('a removed release', () => {
    unlinkSync(rel('000_4974e31f02f0484b'));
    buildBoth('removed');
  });
  it('a release marked as a duplicate of another', () => {
    edit('020_lappi-uusi', /^duplicateOf: .*$/m, 'duplicateOf: 006_lappi-kasvupalvelut');
    buildBoth('duplicate');
  });
  it('a template change renders every page again', () => {
    const layout = path.join(work, 'layouts/pages/release.njk');
    writeFileSync(layout, readFileSync(layout, 'utf8').replace('<article class="ua-release">', '<article class="ua-release" data-edited>'));
    const { unchanged } = buildBoth('template');
    expect(unchanged).toBe(0);
    expect(readFileSync(path.join(work, 'inc/tiedotteet/006_lappi-kasvupalvelut/index.html'), 'utf8')).toContain('data-edited');
  });
});
