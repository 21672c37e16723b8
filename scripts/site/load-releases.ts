// The site's only reading of content/releases: every file is read once, parsed and validated here,
// at the boundary, and handed on as plain data. Errors name the file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readFrontMatter, type FrontMatterFile } from '../lib/front-matter.ts';
import { parseReleaseFrontMatter } from '../lib/release-schema.ts';
import { toRelease } from './archive.ts';
import { releaseKey } from './release-cache.ts';
import type { Release, ReleaseFile } from './types.ts';

/** Files read at once: enough to keep the disk busy, few enough not to run out of descriptors. */
const CONCURRENCY = 64;

/** An id becomes a folder name and a URL segment as it is: only characters safe in both. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Parses one release file's text. Pure; `file` is only used in error messages. */
export function parseReleaseFile(text: string, file: string): ReleaseFile {
  const id = path.basename(file, '.md');
  if (!SAFE_ID.test(id)) {
    throw new Error(`${file}: the file name is the release's id in its URL and may use only A–Z, a–z, 0–9, ".", "_" and "-"`);
  }
  // Dates stay the strings an editor typed (see front-matter.ts); the error names the file.
  const parsed: FrontMatterFile = readFrontMatter(text, file);
  return {
    id,
    path: file,
    // A copy: the parsed values are slices of the file's text and would keep all of it in memory.
    frontMatter: parseReleaseFrontMatter(structuredClone(parsed.data), file),
    bodyMarkdown: parsed.content.replace(/^\s*\n/, ''),
  };
}

/** Every invalid release file of one read, each problem naming its file: thrown after all were read. */
export class InvalidReleaseFiles extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length} invalid release file${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
    this.name = 'InvalidReleaseFiles';
  }
}

/**
 * Reads every *.md in `dir` (not recursive), in file-name order. A missing folder is an empty archive.
 * Every file is read and checked before this fails, so one run reports all invalid files.
 */
export function readReleaseFiles(dir: string): Promise<ReleaseFile[]> {
  return readEach(dir, (text, file) => parseReleaseFile(text, file));
}

/**
 * Every *.md in `dir` as the site's release (toRelease), taken from `cached` (release-cache.ts) when
 * the file's name and bytes are unchanged: then it is neither parsed nor rendered again. Returns the
 * releases in file-name order and the entries a cache of this read holds; fails like readReleaseFiles.
 */
export async function readReleases(
  dir: string,
  cached: ReadonlyMap<string, Release>,
): Promise<{ releases: Release[]; entries: Map<string, Release>; made: number }> {
  const entries = new Map<string, Release>();
  let made = 0;
  const releases = await readEach(dir, (text, file) => {
    const key = releaseKey(path.basename(file), text);
    let release = cached.get(key);
    if (!release) {
      const parsed = parseReleaseFile(text, file);
      try {
        release = toRelease(parsed);
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
      }
      made++;
    }
    entries.set(key, release);
    return release;
  });
  return { releases, entries, made };
}

async function readEach<T>(dir: string, make: (text: string, file: string) => T): Promise<T[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const made: T[] = new Array(names.length);
  const problems: (string | undefined)[] = new Array(names.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < names.length) {
      const index = next++;
      const file = path.join(dir, names[index]!);
      try {
        made[index] = make(await readFile(file, 'utf8'), file);
      } catch (error) {
        problems[index] = (error as Error).message;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
  const found = problems.filter((p): p is string => p !== undefined);
  if (found.length) throw new InvalidReleaseFiles(found);
  return made;
}
