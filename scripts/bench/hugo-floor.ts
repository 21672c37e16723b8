// The second floor of the bench: Hugo (Debian's `hugo`) building the same release Markdown with one
// minimal template, no taxonomies, feeds or sitemap: what a fast static generator pays for the pages alone.
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HUGO = 'hugo';

const TEMPLATE = `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>
`;

const CONFIG = `baseURL = "/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;

/** Hugo's version line, or null when it is not installed. */
export function hugoVersion(): string | null {
  const run = spawnSync(HUGO, ['version'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
}

/** A Hugo site in `siteDir` whose content/tiedotteet is the releases folder (linked, not copied). */
export function prepareHugoSite(siteDir: string, releasesDir: string): void {
  mkdirSync(join(siteDir, 'layouts/_default'), { recursive: true });
  mkdirSync(join(siteDir, 'content'), { recursive: true });
  writeFileSync(join(siteDir, 'hugo.toml'), CONFIG);
  writeFileSync(join(siteDir, 'layouts/_default/single.html'), TEMPLATE);
  writeFileSync(join(siteDir, 'layouts/_default/list.html'), TEMPLATE);
  symlinkSync(releasesDir, join(siteDir, 'content/tiedotteet'));
}

/** Arguments for one build of `siteDir` into `outDir`. */
export function hugoArgs(siteDir: string, outDir: string): string[] {
  return ['--quiet', '--source', siteDir, '--destination', outDir];
}
