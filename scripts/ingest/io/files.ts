// The file-system edge of ingest: listing sources and outputs, reading what is on disk, writing
// atomically inside the out folder only.
import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../release.ts';
import { isPlainOutputName } from '../manifest.ts';

export interface SourceListing {
  /** Regular files, sorted by name. */
  files: string[];
  /** Entries that are not read, with why: named in the output so nothing is left out silently. */
  skipped: { name: string; why: string }[];
}

/** Source files in a folder: regular files only; hidden files, sub-folders and links are skipped. */
export function listSources(dir: string): SourceListing {
  const files: string[] = [];
  const skipped: SourceListing['skipped'] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.name.startsWith('.')) skipped.push({ name: d.name, why: 'a hidden file' });
    else if (d.isSymbolicLink()) skipped.push({ name: d.name, why: 'a symbolic link' });
    else if (d.isDirectory()) skipped.push({ name: d.name, why: 'a sub-folder (sources are not read recursively)' });
    else if (d.isFile()) files.push(d.name);
    else skipped.push({ name: d.name, why: 'not a regular file' });
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  skipped.sort((a, b) => byName(a.name, b.name));
  return { files: files.sort(byName), skipped };
}

/** Release files (*.md, not hidden) in the out folder, sorted; none when it does not exist yet. */
export function listOutputs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && isPlainOutputName(d.name))
    .map((d) => d.name)
    .sort();
}

export function readTextOrNull(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** sha256 of a file's bytes, or undefined when there is no file. */
export function fileSha(path: string): string | undefined {
  return existsSync(path) ? sha256(readFileSync(path)) : undefined;
}

/** Our temp files: `.ingest-<pid>-<n>.tmp`; stale ones (from a killed run) are removed next run. */
const TEMP = /^\.ingest-\d+-\d+\.tmp$/u;
let tempCount = 0;

/** Temp file beside the target, then rename: a reader never sees half a file. */
export function writeAtomic(dir: string, name: string, text: string): void {
  const temp = join(dir, `.ingest-${process.pid}-${tempCount++}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, join(dir, name));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export function removeStaleTemps(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (TEMP.test(name) && lstatSync(join(dir, name)).isFile()) rmSync(join(dir, name));
}
