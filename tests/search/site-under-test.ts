// The built site the search browser tests drive: dist/ as the e2e globalSetup builds it, or, where
// that has not happened, a build of content/releases into a temporary folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

let built: string | null = null;

export function siteDir(): string {
  if (existsSync('dist/haku/index.html') && existsSync('dist/haku/indeksi/0.js')) return resolve('dist');
  if (built) return built;
  const out = join(mkdtempSync(join(tmpdir(), 'haku-e2e-')), 'dist');
  const run = spawnSync('npx', ['tsx', 'scripts/build-site.ts', '--releases', 'content/releases', '--out', out], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build:site failed:\n${run.stdout}\n${run.stderr}`);
  built = out;
  return out;
}
