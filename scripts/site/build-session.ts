// What the site build CLI hands the Eleventy config and the release-pages plugin for one build: the
// release files it has already read and validated (so they are not read twice), and the page cache
// of the previous build, which lets unchanged release pages be taken over instead of rendered.
// Other entry points (tests, Eleventy's own CLI) start no session: then everything is rendered.
import type { ReleaseFile } from './types.ts';

/** What the stamp file of a build (BUILD_STAMP) records: which inputs made each release page. */
export interface PageCache {
  /** Digest of templates, code and options (code-digest.ts). */
  code: string;
  /** Site path ("tiedotteet/<id>/index.html") → digest of the page's inputs. */
  pages: Record<string, string>;
}

export interface BuildSession {
  files: readonly ReleaseFile[];
  code: string;
  /** The previous build (the out folder as it is) and its cache, or null for a full build. */
  previous: { dir: string; cache: PageCache } | null;
  /** Filled by the release-pages plugin: every page this build made, with its digest. */
  pages: Map<string, string>;
  rendered: number;
  reused: number;
}

let session: BuildSession | null = null;

export function startBuildSession(value: BuildSession): void {
  session = value;
}

export function currentBuildSession(): BuildSession | null {
  return session;
}

const STAMP_FORMAT = 2;

/** The stamp file's text: marks the folder as a build of this site and carries the page cache. */
export function stampText(cache: PageCache): string {
  const pages = Object.fromEntries(Object.entries(cache.pages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ site: 'uudistusarkisto', format: STAMP_FORMAT, code: cache.code, pages })}\n`;
}

/** The page cache in a stamp file's text, or null (an older stamp, damage): then nothing is reused. */
export function parseStamp(text: string): PageCache | null {
  try {
    const value = JSON.parse(text) as { format?: unknown; code?: unknown; pages?: unknown };
    if (value.format !== STAMP_FORMAT || typeof value.code !== 'string') return null;
    if (typeof value.pages !== 'object' || value.pages === null || Array.isArray(value.pages)) return null;
    const pages = value.pages as Record<string, unknown>;
    if (!Object.values(pages).every((d) => typeof d === 'string')) return null;
    return { code: value.code, pages: pages as Record<string, string> };
  } catch {
    return null;
  }
}
