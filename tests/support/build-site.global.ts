// Builds the site once before the browser tests: dist/ from the built-in corpus (content/releases, or
// the site's fixture releases while ingest has not written any), as `npm run build:site` does, and a
// second build of the fixture releases (hostile, undated, duplicate) with a SITE_URL.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { DIST, FIXTURE_DIST, FIXTURE_RELEASES, FIXTURE_SITE_URL } from '../e2e/support/paths.ts';

function build(releases: string, out: string, env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/build-site.ts', '--releases', releases, '--out', out],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, SITE_URL: '', ...env } },
  );
  if (result.status !== 0) throw new Error(`[e2e] site build from ${releases} failed (exit ${result.status})`);
}

function hasReleases(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => name.endsWith('.md'));
  } catch {
    return false;
  }
}

export default function setup(): void {
  const corpus = hasReleases('content/releases') ? 'content/releases' : FIXTURE_RELEASES;
  if (corpus !== 'content/releases') console.warn('[e2e] content/releases is empty: building dist/ from the fixture releases');
  build(corpus, DIST);
  build(FIXTURE_RELEASES, FIXTURE_DIST, { SITE_URL: FIXTURE_SITE_URL });
}
