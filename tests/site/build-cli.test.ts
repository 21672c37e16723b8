// The site build CLI end to end in a throwaway copy of the checkout: every destructive case from
// issue 9 is refused with one line naming the folder and the reason, and nothing is deleted.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_STAMP } from '../../scripts/lib/safe-out-dir.ts';
import { REPO, runBuildSite, throwawayCheckout } from '../support/throwaway-checkout.ts';

let work = '';

/** Every file under `dir` (node_modules left out) with its size and modification time. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const s = statSync(full);
        out.push(`${path.relative(work, full)} ${s.size} ${s.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

const build = (args: string[]) => runBuildSite(work, args);

const release = (name: string): string => readFileSync(path.join(REPO, 'content/releases', name), 'utf8');
const RELEASES = readdirSync(path.join(REPO, 'content/releases')).filter((n) => n.endsWith('.md'));

beforeAll(() => {
  work = throwawayCheckout('build-cli-');
  mkdirSync(path.join(work, 'notes'));
  writeFileSync(path.join(work, 'notes/todo.txt'), 'keep me');
  mkdirSync(path.join(work, 'data/rel'), { recursive: true });
  for (const name of RELEASES) writeFileSync(path.join(work, 'data/rel', name), release(name));
  symlinkSync(work, path.join(work, 'notes/link-to-checkout'));
  // An earlier build to protect.
  expect(build(['--out', 'dist']).status).toBe(0);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('build:site refuses folders it must never replace', () => {
  const cases: [string, string[], RegExp][] = [
    ['an empty --out (unset variable)', ['--out', ''], /refusing to build into "": the folder name is empty/],
    ['the checkout', ['--out', '.'], /refusing to build into "\.": it is the repository/],
    ['a parent of the checkout', ['--out', '..'], /refusing to build into "\.\.": it is the repository or contains it/],
    ['the checkout through a symbolic link', ['--out', 'notes/link-to-checkout'], /it is the repository/],
    ['content/', ['--out', 'content'], /"content": it is inside content\//],
    ['content/releases', ['--out', 'content/releases'], /"content\/releases": it is inside content\//],
    ['content/sources', ['--out', 'content/sources'], /"content\/sources": it is inside content\//],
    ['a folder inside content/', ['--out', 'content/pages/x'], /it is inside content\//],
    ['the releases folder', ['--releases', 'data/rel', '--out', 'data/rel'], /"data\/rel": it holds the releases/],
    ['an ancestor of the releases', ['--releases', 'data/rel', '--out', 'data'], /"data": it holds the releases/],
    ['a folder that is not a build', ['--out', 'notes'], /"notes": it is not empty and is not an earlier build/],
    ['a file', ['--out', 'package.json'], /"package.json": it is a file/],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const before = snapshot(work);
    const run = build(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(snapshot(work)).toEqual(before);
  });
});

describe('bad usage prints usage, exit 2, no stack trace, creates nothing', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown flag', ['--bogus'], /Unknown option '--bogus'/],
    ['a missing value', ['--out'], /argument missing/],
    ['a flag where a value belongs', ['--out', '--releases', 'x'], /ambiguous/],
    ['a missing --releases folder', ['--releases', 'nowhere', '--out', 'site'], /--releases folder does not exist: nowhere/],
    ['a file as --releases', ['--releases', 'package.json', '--out', 'site'], /--releases is a file, not a folder/],
    ['a site URL that is not http(s)', ['--site-url', 'ftp://x.fi/', '--out', 'site'], /SITE_URL must be http/],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const before = snapshot(work);
    const run = build(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Usage: npm run build:site/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(snapshot(work)).toEqual(before);
  });

  it('--help documents the exit codes', () => {
    const run = build(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Exit codes: 0 built, 1 release files invalid .*, 2 usage/);
  });
});

describe('invalid release files', () => {
  it('are all reported (file, field, reason) before anything is written; exit 1; dist/ untouched', () => {
    const bad = path.join(work, 'bad');
    mkdirSync(bad);
    const [first, second, third] = RELEASES as [string, string, string];
    writeFileSync(path.join(bad, first), release(first));
    writeFileSync(path.join(bad, second), release(second).replace(/^lang: fi$/m, 'lang: de'));
    writeFileSync(path.join(bad, third), release(third).replace(/^dateCertainty: \w+$/m, 'dateCertainty: maybe'));
    const before = snapshot(work);
    const run = build(['--releases', 'bad', '--out', 'dist']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`bad/${second}`);
    expect(run.stderr).toMatch(/lang: /);
    expect(run.stderr).toContain(`bad/${third}`);
    expect(run.stderr).toMatch(/dateCertainty: /);
    expect(run.stderr).toMatch(/2 invalid release file\(s\); nothing written, dist left as it was/);
    expect(snapshot(work)).toEqual(before);
    rmSync(bad, { recursive: true });
  });
});

/** The temp folders beside dist/, once the old tree's background deletion has had time to end. */
async function tempFoldersLeft(): Promise<string[]> {
  const left = () => readdirSync(work).filter((n) => n.startsWith('.dist.'));
  const deadline = Date.now() + 30_000;
  while (left().some((n) => n.startsWith('.dist.old-')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return left();
}

describe('atomic builds', () => {
  it('stamps what it builds, replaces it whole and leaves no temp folder', async () => {
    writeFileSync(path.join(work, 'dist/stale.html'), 'from a removed release');
    const run = build(['--out', 'dist']);
    expect(run.status).toBe(0);
    // The index is made beside the pages, on its own thread (search-for-build.ts), not after them.
    expect(run.stdout).toMatch(/\[search\] index of \d+ releases .*on a worker thread/);
    expect(existsSync(path.join(work, 'dist', BUILD_STAMP))).toBe(true);
    expect(existsSync(path.join(work, 'dist/stale.html'))).toBe(false);
    // No staging folder at all; the old tree goes in the background (atomic-dir.ts).
    expect(readdirSync(work).filter((n) => n.startsWith('.dist.building-'))).toEqual([]);
    expect(await tempFoldersLeft()).toEqual([]);
  });

  it('a build killed with SIGKILL leaves dist/ whole; the next run cleans up after it', async () => {
    const before = snapshot(path.join(work, 'dist'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build-site.ts', '--out', 'dist'], { cwd: work, stdio: 'ignore' });
    // Kill once the staging folder has content: mid-build.
    const staging = path.join(work, `.dist.building-${child.pid}`);
    const deadline = Date.now() + 60_000;
    while (!(existsSync(staging) && readdirSync(staging).length > 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(existsSync(staging)).toBe(true);
    expect(snapshot(path.join(work, 'dist'))).toEqual(before);

    const rerun = build(['--out', 'dist']);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toContain(`cleaned .dist.building-${child.pid}`);
    expect(await tempFoldersLeft()).toEqual([]);
  }, 120_000);
});
