// `npm run build:site -- --releases DIR --out DIR`: builds the site with Eleventy's programmatic API.
// Order matters for safety: arguments, then the out folder (never the checkout or content/), then
// every release file (all problems reported, nothing written), then the build into a staging folder
// beside the out folder, swapped in only when complete. Options reach .eleventy.ts through
// environment variables so every entry point shares one config.
import { rmSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStagingDir, recoverTempDirs, swapIn } from './lib/atomic-dir.ts';
import { BUILD_STAMP, outDirFacts, outDirRefusal } from './lib/safe-out-dir.ts';
import { BUILD_USAGE, EXIT_INVALID_RELEASES, EXIT_OK, EXIT_USAGE, parseBuildArgs } from './site/build-args.ts';
import { InvalidReleaseFiles, readReleases } from './site/load-releases.ts';
import { readReleaseCache, releaseCachePath, releaseCacheText, writeReleaseCache } from './site/release-cache.ts';
import type { Release } from './site/types.ts';
import { currentBuildSession, parseStamp, previousOutput, stampText, startBuildSession } from './site/build-session.ts';
import { OutputWriter } from './site/output-writer.ts';
import { codeDigest } from './site/code-digest.ts';
import { parseSiteUrl, siteOptionsFromEnv } from './site/site-options.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

function usageError(message: string): never {
  console.error(`build:site: ${message}\n\n${BUILD_USAGE}`);
  process.exit(EXIT_USAGE);
}

const args = parseBuildArgs(process.argv.slice(2));
if (args.kind === 'help') {
  console.log(BUILD_USAGE);
  process.exit(EXIT_OK);
}
if (args.kind === 'usage') usageError(args.message);
const options = args.options;

const releasesInfo = await stat(options.releases).catch(() => null);
if (releasesInfo && !releasesInfo.isDirectory()) usageError(`--releases is a file, not a folder: ${options.releases}`);
if (!releasesInfo && options.releasesGiven) usageError(`--releases folder does not exist: ${options.releases}`);
if (options.siteUrl !== undefined) process.env.SITE_URL = options.siteUrl;
let siteOptions;
try {
  parseSiteUrl(process.env.SITE_URL);
  siteOptions = siteOptionsFromEnv(process.env);
} catch (error) {
  usageError((error as Error).message);
}

const refusal = outDirRefusal(await outDirFacts(options.out, options.releases, REPO_ROOT));
if (refusal) {
  console.error(`build:site: refusing to build into "${options.out}": ${refusal}. Nothing was changed.`);
  process.exit(EXIT_USAGE);
}

const releasesDir = path.resolve(options.releases);
const outDir = path.resolve(options.out);
const started = performance.now();

const code = await codeDigest(REPO_ROOT, { siteUrl: siteOptions.siteUrl, feedback: siteOptions.feedback });
// Releases whose files did not change since the last build come from the cache, unless --full.
const cacheFile = releaseCachePath(outDir);
const cached = options.full ? new Map<string, Release>() : await readReleaseCache(cacheFile, code);
let read;
try {
  read = await readReleases(releasesDir, cached);
} catch (error) {
  if (!(error instanceof InvalidReleaseFiles)) throw error;
  for (const problem of error.problems) console.error(problem);
  console.error(`build:site: ${error.problems.length} invalid release file(s); nothing written, ${options.out} left as it was.`);
  process.exit(EXIT_INVALID_RELEASES);
}
// Taken now: the archive adds cross-references (alsoPublishedAs) to the releases it is given.
const cacheText = read.made > 0 || read.entries.size !== cached.size ? releaseCacheText(code, read.entries) : null;
// The previous build's page cache, unless --full: unchanged files are taken over from it.
const previousStamp = options.full ? null : await readFile(path.join(outDir, BUILD_STAMP), 'utf8').catch(() => null);
const previousCache = previousStamp === null ? null : parseStamp(previousStamp);

for (const cleaned of await recoverTempDirs(outDir)) console.log(`[build:site] cleaned ${cleaned}, left by an interrupted build`);
const staging = await createStagingDir(outDir);
// Interrupted by Ctrl-C or a kill that can be caught: the staging folder goes, the out folder stays.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    rmSync(staging, { recursive: true, force: true });
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}
// Written beside the build (an accelerator, not part of the site).
const cacheWrite =
  cacheText !== null
    ? writeReleaseCache(cacheFile, path.join(staging, '.releases-cache.tmp'), cacheText).catch((error: Error) => {
        console.warn(`[build:site] the release cache was not saved (${error.message}); the next build reads every release again`);
      })
    : Promise.resolve();
startBuildSession({ releases: read.releases, code, writer: new OutputWriter(staging, previousOutput(outDir, previousCache, code)) });

process.env.ARCHIVE_RELEASES_DIR = releasesDir;
process.env.ARCHIVE_SOURCES_DIR = path.resolve(options.sources);
process.env.ARCHIVE_OUT_DIR = staging;
try {
  const { Eleventy } = await import('@11ty/eleventy');
  const eleventy = new Eleventy(undefined, staging, { configPath: '.eleventy.ts', quietMode: true });
  const results = (await eleventy.write()) as unknown as [unknown[], { outputPath?: string }[]];
  const written = results[1].filter((r) => r.outputPath).length;
  const { writer } = currentBuildSession()!;
  await writeFile(path.join(staging, BUILD_STAMP), stampText({ code, pages: writer.pages, files: writer.files }));
  // Before the swap: the cache's temp file is in the staging folder until it is renamed out.
  await cacheWrite;
  await swapIn(staging, outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `[build:site] ${written} files from ${path.relative('.', releasesDir) || '.'} into ${path.relative('.', outDir) || '.'} in ${seconds} s ` +
      `(${writer.counts.written} written, ${writer.counts.linked} unchanged and taken over)`,
  );
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`build:site: the build failed, ${options.out} left as it was: ${(error as Error).message}`);
  process.exit(EXIT_INVALID_RELEASES);
}
