// Releases as the site derives them from their files (toRelease: front matter checked, body rendered),
// kept across builds so a rebuild after one edit parses and renders one file, not 10,000. An entry is
// found by the digest of the file's name and bytes under the code digest of the build that made it,
// so an edited file or changed code never meets a stale entry. The cache lives beside the out folder,
// not in it (".dist-releases-cache.json" for dist/: never published), is written atomically and is
// only ever an accelerator: missing, unreadable or of another format, it is ignored.
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Release } from './types.ts';

const FORMAT = 1;

/** File name and bytes → the key of a release's entry. */
export function releaseKey(name: string, text: string): string {
  return createHash('sha1').update(name).update('\0').update(text).digest('base64url');
}

/** Where the cache of builds into `outDir` is kept: "/x/.dist-releases-cache.json" for "/x/dist". */
export function releaseCachePath(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}-releases-cache.json`);
}

/** The cached releases made under `code`, by key; empty when there is no usable cache. */
export async function readReleaseCache(file: string, code: string): Promise<Map<string, Release>> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as { format?: unknown; code?: unknown; releases?: unknown };
    if (value.format !== FORMAT || value.code !== code || typeof value.releases !== 'object' || value.releases === null) return new Map();
    return new Map(Object.entries(value.releases as Record<string, Release>));
  } catch {
    return new Map();
  }
}

/**
 * The cache file's text for these entries. Call it before the releases are used: the archive adds
 * to a release (alsoPublishedAs), and the cache must hold each release as its file alone made it.
 */
export function releaseCacheText(code: string, entries: ReadonlyMap<string, Release>): string {
  return JSON.stringify({ format: FORMAT, code, releases: Object.fromEntries(entries) });
}

/**
 * Writes the cache to `temp` (in the build's staging folder, which a killed build's successor cleans)
 * and renames it into place: a killed build leaves the old cache or none, never half of one.
 */
export async function writeReleaseCache(file: string, temp: string, text: string | Uint8Array): Promise<void> {
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
