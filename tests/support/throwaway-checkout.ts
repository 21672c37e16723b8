// A disposable copy of the checkout for tests that run the build CLI end to end: what the build reads
// (package.json, config, scripts, layouts, content) copied, node_modules linked, git initialised.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');

const COPIED = ['package.json', 'package-lock.json', 'tsconfig.json', '.eleventy.ts', 'scripts', 'layouts', 'content'];

export function throwawayCheckout(prefix: string): string {
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of COPIED) cpSync(path.join(REPO, entry), path.join(work, entry), { recursive: true });
  symlinkSync(path.join(REPO, 'node_modules'), path.join(work, 'node_modules'));
  spawnSync('git', ['init', '-q'], { cwd: work });
  return work;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs scripts/build-site.ts in `cwd` as `npm run build:site` would (one process, no SITE_URL). */
export function runBuildSite(cwd: string, args: string[]): CliRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-site.ts', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: '', ARCHIVE_FEEDBACK: '' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under `dir` with its bytes, by path relative to `dir`: for byte-for-byte tree comparisons. */
export function treeContents(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, name);
    if (statSync(full).isFile()) files.set(name, readFileSync(full));
  }
  return files;
}
