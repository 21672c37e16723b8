// What a build leaves in its output folder: file count, total bytes, and the search index's size.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface TreeStats {
  files: number;
  bytes: number;
}

export function treeStats(dir: string): TreeStats {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

export interface SizeRawGzip {
  files: number;
  raw: number;
  gzip: number;
}

/** Raw and gzip (level 9) bytes of the given files, summed. */
export function sizeRawGzip(paths: readonly string[]): SizeRawGzip {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const bytes = readFileSync(path);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: paths.length, raw, gzip };
}

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/**
 * The search data the search page loads (see scripts/search/eleventy-plugin.ts): the index head
 * haku/hakuindeksi.js with its posting shards haku/indeksi/*.js, and the chunks of ids, titles and
 * snippet texts haku/tekstit/*.js.
 */
export function searchFiles(dist: string): { index: string[]; texts: string[] } {
  const haku = join(dist, 'haku');
  const head = filesIn(haku).filter((p) => p.endsWith('hakuindeksi.js'));
  return { index: [...head, ...filesIn(join(haku, 'indeksi'))], texts: filesIn(join(haku, 'tekstit')) };
}
