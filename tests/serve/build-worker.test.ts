// serve's build worker in a throwaway checkout: builds made one after another in one warm process,
// with edits between, equal a clean `npm run build:site` of the same input byte for byte; a worker
// that died, or whose code changed on disk, is replaced at the next build; an invalid release fails
// the build with its file, field and reason and leaves the last good site as it was.
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteBuilder as SiteBuilderClass } from '../../scripts/serve/site-builder.ts';
import { runBuildSite, throwawayCheckout, treeContents } from '../support/throwaway-checkout.ts';

let work = '';
let builder: SiteBuilderClass;
const workers: ChildProcess[] = [];

const releaseFile = (): string => {
  const name = readdirSync(path.join(work, 'content/releases')).find((n) => n.endsWith('.md'))!;
  return path.join(work, 'content/releases', name);
};
const edit = (file: string, from: RegExp, to: string): void => {
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
};

/** The files of `dir` that differ from a clean, full build of the same checkout (none is the goal). */
function differencesFromCleanBuild(dir: string): string[] {
  const clean = runBuildSite(work, ['--out', 'clean', '--full']);
  expect(clean.status, clean.stderr).toBe(0);
  const a = treeContents(path.join(work, dir));
  const b = treeContents(path.join(work, 'clean'));
  rmSync(path.join(work, 'clean'), { recursive: true });
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name));
}

beforeAll(async () => {
  work = throwawayCheckout('build-worker-');
  // As runBuildSite builds: no SITE_URL, no feedback address (the worker inherits this environment).
  process.env.SITE_URL = '';
  process.env.ARCHIVE_FEEDBACK = '';
  // The checkout's own copy, so the worker it starts is the checkout's and builds there.
  const { SiteBuilder } = (await import(path.join(work, 'scripts/serve/site-builder.ts'))) as typeof import('../../scripts/serve/site-builder.ts');
  builder = new SiteBuilder(['--out', 'served'], (worker) => workers.push(worker));
}, 60_000);

afterAll(() => {
  for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the build worker', { timeout: 180_000 }, () => {
  it('builds again after an edit in the same process, byte for byte as a clean build', async () => {
    expect(await builder.build()).toEqual({ exitCode: 0, errors: [] });
    edit(releaseFile(), /^title: .*$/m, 'title: Työläisen toinen rakennus muokatulla otsikolla');
    expect(await builder.build()).toEqual({ exitCode: 0, errors: [] });
    expect(workers).toHaveLength(1);
    const page = path.join(work, 'served/tiedotteet', path.basename(releaseFile(), '.md'), 'index.html');
    expect(readFileSync(page, 'utf8')).toContain('Työläisen toinen rakennus muokatulla otsikolla');
    expect(differencesFromCleanBuild('served')).toEqual([]);
  });

  it('reads an edited layout afresh (Eleventy keeps templates in process-wide caches)', async () => {
    edit(path.join(work, 'layouts/base.njk'), /<\/main>/, '<p>Muokattu asettelu</p></main>');
    expect(await builder.build()).toEqual({ exitCode: 0, errors: [] });
    for (const page of ['index.html', 'haku/index.html']) {
      expect(readFileSync(path.join(work, 'served', page), 'utf8')).toContain('<p>Muokattu asettelu</p>');
    }
    expect(workers).toHaveLength(1);
    expect(differencesFromCleanBuild('served')).toEqual([]);
  });

  it('fails on an invalid release with its file, field and reason, and leaves the last good site', async () => {
    const file = releaseFile();
    const before = readFileSync(path.join(work, 'served/index.html'));
    const good = readFileSync(file, 'utf8');
    edit(file, /^lang: .*$/m, 'lang: de');
    const result = await builder.build();
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain(path.basename(file));
    expect(result.errors.join('\n')).toMatch(/lang: /);
    expect(result.errors.join('\n')).toMatch(/1 invalid release file\(s\); nothing written/);
    expect(readFileSync(path.join(work, 'served/index.html')).equals(before)).toBe(true);
    writeFileSync(file, good);
  });

  it('is replaced at the next build when it has died', async () => {
    const dead = new Promise((resolve) => workers.at(-1)!.once('exit', resolve));
    workers.at(-1)!.kill('SIGKILL');
    await dead;
    expect(await builder.build()).toEqual({ exitCode: 0, errors: [] });
    expect(workers).toHaveLength(2);
  });

  it('is replaced when the code it loaded changed on disk, and the new one builds with the new code', async () => {
    appendFileSync(path.join(work, 'scripts/site/format.ts'), '\n// changed while serve runs\n');
    expect(await builder.build()).toEqual({ exitCode: 0, errors: [] });
    expect(workers).toHaveLength(3);
    const stale = workers[1]!;
    if (stale.exitCode === null) await new Promise((resolve) => stale.once('exit', resolve));
    expect(stale.exitCode).toBe(0);
    expect(differencesFromCleanBuild('served')).toEqual([]);
  });
});
