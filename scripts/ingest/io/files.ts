// The file-system edge of ingest: listing sources, reading what is on disk, writing atomically.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256 } from '../release.ts';

/** Source files in a folder, sorted by name: regular files only, no dot files. */
export function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.') && d.isFile())
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

/** Temp file beside the target, then rename: a reader never sees half a file. */
export function writeAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, path);
}
