// One site build, callable: what `npm run build:site` does after parsing its arguments, run by the CLI
// (scripts/build-site.ts) once per process and by serve's build worker (scripts/serve/build-worker.ts)
// many times in one warm process. Order matters for safety: the folders, then the out folder (never the
// checkout or content/), then every release file (all problems reported, nothing written), then the
// build into a staging folder beside the out folder, swapped in only when complete. Options reach
// .eleventy.ts through environment variables so every entry point shares one config.
import { rmSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStagingDir, recoverTempDirs, swapIn } from '../lib/atomic-dir.ts';
import { BUILD_STAMP, outDirFacts, outDirRefusal } from '../lib/safe-out-dir.ts';
import { BUILD_USAGE, type BuildOptions, EXIT_INVALID_RELEASES, EXIT_OK, EXIT_USAGE } from './build-args.ts';
import { currentBuildSession, parseStamp, previousOutput, stampText, startBuildSession } from './build-session.ts';
import { codeDigest } from './code-digest.ts';
import { InvalidReleaseFiles, readReleases } from './load-releases.ts';
import { OutputWriter } from './output-writer.ts';
import { readReleaseCache, releaseCachePath, releaseCacheText, writeReleaseCache } from './release-cache.ts';
import { parseSiteUrl, siteOptionsFromEnv } from './site-options.ts';
import { guardStaging } from './staging-guard.ts';
import type { Release } from './types.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Builds this process has run Eleventy for (see BuildSession.rebuild). */
let buildsStarted = 0;

/** Where a build's own lines go (Eleventy and the plugins print to the console themselves). */
export interface BuildLog {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export interface BuildResult {
  /** EXIT_OK, EXIT_INVALID_RELEASES or EXIT_USAGE (build-args.ts). */
  exitCode: number;
  /** The lines given to log.error, in order: what went wrong, for a caller that shows it elsewhere. */
  errors: string[];
}

/** Builds the site as `npm run build:site` with these options does, exit code and messages included. */
export async function buildSite(options: BuildOptions, log: BuildLog): Promise<BuildResult> {
  const errors: string[] = [];
  const fail = (exitCode: number, line: string): BuildResult => {
    errors.push(line);
    log.error(line);
    return { exitCode, errors };
  };
  const usageError = (message: string): BuildResult => fail(EXIT_USAGE, `build:site: ${message}\n\n${BUILD_USAGE}`);

  const releasesInfo = await stat(options.releases).catch(() => null);
  if (releasesInfo && !releasesInfo.isDirectory()) return usageError(`--releases is a file, not a folder: ${options.releases}`);
  if (!releasesInfo && options.releasesGiven) return usageError(`--releases folder does not exist: ${options.releases}`);
  if (options.siteUrl !== undefined) process.env.SITE_URL = options.siteUrl;
  let siteOptions;
  try {
    parseSiteUrl(process.env.SITE_URL);
    siteOptions = siteOptionsFromEnv(process.env);
  } catch (error) {
    return usageError((error as Error).message);
  }

  const refusal = outDirRefusal(await outDirFacts(options.out, options.releases, REPO_ROOT));
  if (refusal) return fail(EXIT_USAGE, `build:site: refusing to build into "${options.out}": ${refusal}. Nothing was changed.`);

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
    for (const problem of error.problems) {
      errors.push(problem);
      log.error(problem);
    }
    return fail(EXIT_INVALID_RELEASES, `build:site: ${error.problems.length} invalid release file(s); nothing written, ${options.out} left as it was.`);
  }
  // Taken now: the archive adds cross-references (alsoPublishedAs) to the releases it is given.
  const cacheText = read.made > 0 || read.entries.size !== cached.size ? releaseCacheText(code, read.entries) : null;
  // The previous build's page cache, unless --full: unchanged files are taken over from it.
  const previousStamp = options.full ? null : await readFile(path.join(outDir, BUILD_STAMP), 'utf8').catch(() => null);
  const previousCache = previousStamp === null ? null : parseStamp(previousStamp);

  for (const cleaned of await recoverTempDirs(outDir)) log.info(`[build:site] cleaned ${cleaned}, left by an interrupted build`);
  const staging = await createStagingDir(outDir);
  // Interrupted by Ctrl-C or a kill that can be caught: the staging folder goes, the out folder stays.
  const release = guardStaging(staging);
  try {
    // Written beside the build (an accelerator, not part of the site).
    const cacheWrite =
      cacheText !== null
        ? writeReleaseCache(cacheFile, path.join(staging, '.releases-cache.tmp'), cacheText).catch((error: Error) => {
            log.warn(`[build:site] the release cache was not saved (${error.message}); the next build reads every release again`);
          })
        : Promise.resolve();
    startBuildSession({
      releases: read.releases,
      code,
      writer: new OutputWriter(staging, previousOutput(outDir, previousCache, code)),
      rebuild: buildsStarted++ > 0,
    });

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
      await swapIn(staging, outDir, 'background');
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      log.info(
        `[build:site] ${written} files from ${path.relative('.', releasesDir) || '.'} into ${path.relative('.', outDir) || '.'} in ${seconds} s ` +
          `(${writer.counts.written} written, ${writer.counts.linked} unchanged and taken over)`,
      );
      return { exitCode: EXIT_OK, errors };
    } catch (error) {
      await cacheWrite;
      rmSync(staging, { recursive: true, force: true });
      return fail(EXIT_INVALID_RELEASES, `build:site: the build failed, ${options.out} left as it was: ${(error as Error).message}`);
    }
  } finally {
    // A later build in the same process (serve's worker) starts from no session of this one.
    startBuildSession(null);
    release();
  }
}
