// What the site build CLI hands the Eleventy config and the plugins that write files for one build:
// the releases it has already read, validated and derived (so they are not read twice), and the writer
// that takes over unchanged files from the previous build (output-writer.ts). Other entry points
// (tests, Eleventy's own CLI) start no session: then every file is made and written.
import { OutputWriter, type FileDigests, type PreviousOutput } from './output-writer.ts';
import type { Release } from './types.ts';

/** What the stamp file of a build (BUILD_STAMP) records: which inputs and bytes made each file. */
export interface PageCache {
  /** Digest of templates, code and options (code-digest.ts). */
  code: string;
  /** Site path → digest of the inputs it was made from (valid under the same `code` only). */
  pages: FileDigests;
  /** Site path → digest of its bytes. */
  files: FileDigests;
}

export interface BuildSession {
  /** Every release file, derived (toRelease), in file-name order. */
  releases: readonly Release[];
  code: string;
  writer: OutputWriter;
  /**
   * Whether this process has built before (serve's worker). Eleventy keeps templates it has read,
   * compiled and resolved as layouts in process-wide caches keyed by path, so a second build would
   * meet an edited layout's old text: such a build turns those caches off.
   */
  rebuild: boolean;
}

let session: BuildSession | null = null;

/** Starts a build's session, or (null) ends it. */
export function startBuildSession(value: BuildSession | null): void {
  session = value;
}

export function currentBuildSession(): BuildSession | null {
  return session;
}

const writers = new Map<string, OutputWriter>();

/** The session's writer, or (no session) one writer per out folder that reuses nothing. */
export function outputWriter(outDir: string): OutputWriter {
  if (session) return session.writer;
  let writer = writers.get(outDir);
  if (!writer) {
    writer = new OutputWriter(outDir, null);
    writers.set(outDir, writer);
  }
  return writer;
}

/** What the previous build left that this one may take over: input digests only under the same code. */
export function previousOutput(dir: string, cache: PageCache | null, code: string): PreviousOutput | null {
  if (!cache) return null;
  return { dir, pages: cache.code === code ? cache.pages : {}, files: cache.files };
}

const STAMP_FORMAT = 3;

function sorted(digests: FileDigests | ReadonlyMap<string, string>): FileDigests {
  const entries = digests instanceof Map ? [...digests] : Object.entries(digests);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The stamp file's text: marks the folder as a build of this site and carries the page cache. */
export function stampText(cache: { code: string; pages: FileDigests | ReadonlyMap<string, string>; files: FileDigests | ReadonlyMap<string, string> }): string {
  return `${JSON.stringify({ site: 'uudistusarkisto', format: STAMP_FORMAT, code: cache.code, pages: sorted(cache.pages), files: sorted(cache.files) })}\n`;
}

function isDigests(value: unknown): value is FileDigests {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((d) => typeof d === 'string');
}

/** The page cache in a stamp file's text, or null (an older stamp, damage): then nothing is reused. */
export function parseStamp(text: string): PageCache | null {
  try {
    const value = JSON.parse(text) as { format?: unknown; code?: unknown; pages?: unknown; files?: unknown };
    if (value.format !== STAMP_FORMAT || typeof value.code !== 'string') return null;
    if (!isDigests(value.pages) || !isDigests(value.files)) return null;
    return { code: value.code, pages: value.pages, files: value.files };
  } catch {
    return null;
  }
}
