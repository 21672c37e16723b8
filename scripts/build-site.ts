// `npm run build:site -- --releases DIR --out DIR`: builds the site with Eleventy's programmatic API.
// Options reach .eleventy.ts through environment variables so every entry point shares one config.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hasHeapLimit, heapLimitMb } from './site/heap-limit.ts';
import { DEFAULT_OUT_DIR, DEFAULT_RELEASES_DIR } from './site/site-options.ts';

// Run again with a heap limit sized to the machine unless one was given (see heap-limit.ts).
if (!hasHeapLimit(process.execArgv, process.env.NODE_OPTIONS)) {
  const heapFlag = `--max-old-space-size=${heapLimitMb(totalmem())}`;
  const child = spawnSync(process.execPath, [...process.execArgv, heapFlag, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
const { Eleventy } = await import('@11ty/eleventy');

const { values } = parseArgs({
  options: {
    releases: { type: 'string', default: DEFAULT_RELEASES_DIR },
    out: { type: 'string', default: DEFAULT_OUT_DIR },
    'site-url': { type: 'string' },
    'keep-out': { type: 'boolean', default: false },
  },
});

const releasesDir = path.resolve(values.releases);
const outDir = path.resolve(values.out);
process.env.ARCHIVE_RELEASES_DIR = releasesDir;
process.env.ARCHIVE_OUT_DIR = outDir;
if (values['site-url']) process.env.SITE_URL = values['site-url'];

const started = performance.now();
// A clean output folder: pages of releases removed since the last build must not linger.
if (!values['keep-out']) await rm(outDir, { recursive: true, force: true });
const eleventy = new Eleventy(undefined, outDir, { configPath: '.eleventy.ts', quietMode: true });
const results = (await eleventy.write()) as unknown as [unknown[], { outputPath?: string }[]];
const written = results[1].filter((r) => r.outputPath).length;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`[build:site] ${written} files from ${path.relative('.', releasesDir) || '.'} into ${path.relative('.', outDir) || '.'} in ${seconds} s`);
