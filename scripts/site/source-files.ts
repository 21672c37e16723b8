// The raw source files published under lahteet/, byte for byte, so a reader can check a release's
// SHA-256. Only a file that is there and still has the recorded hash is linked: a changed source
// would contradict the page. Reading and hashing happen here, at the build's edge.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Archive } from './types.ts';

export const SOURCES_URL = '/lahteet/';

/** Characters no file name in dist/ may hold, so the folder copies to any system and URL safely. */
const UNSAFE_CHARACTER = /[/\\<>:"|?*]|^\.|^$/;

/** A source file name fit to publish as it is: no folders, no control characters, nothing Windows chokes on. */
export function publishableName(file: string): boolean {
  const control = [...file].some((ch) => ch.codePointAt(0)! < 0x20 || ch.codePointAt(0) === 0x7f);
  return !control && !UNSAFE_CHARACTER.test(file) && file.length <= 200;
}

/** Root-relative address of a published source, e.g. "/lahteet/004_6f88.txt" (percent-encoded). */
export function sourceUrl(file: string): string {
  return `${SOURCES_URL}${encodeURIComponent(file)}`;
}

export interface SourceCheck {
  /** Source file name → its absolute path in the sources folder, for files fit to publish. */
  published: Map<string, string>;
  missing: string[];
  changed: string[];
  unsafe: string[];
}

const CONCURRENCY = 32;

/** Checks the source of every published release and of its duplicates against the sources folder. */
export async function checkSources(archive: Archive, sourcesDir: string): Promise<SourceCheck> {
  const wanted = new Map<string, string>();
  for (const r of archive.releases) {
    wanted.set(r.source.file, r.source.sha256);
  }
  const check: SourceCheck = { published: new Map(), missing: [], changed: [], unsafe: [] };
  const names = [...wanted.keys()].sort();
  let next = 0;
  async function worker(): Promise<void> {
    while (next < names.length) {
      const name = names[next++]!;
      if (!publishableName(name)) {
        check.unsafe.push(name);
        continue;
      }
      const file = path.resolve(sourcesDir, name);
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch {
        check.missing.push(name);
        continue;
      }
      if (createHash('sha256').update(bytes).digest('hex') === wanted.get(name)) check.published.set(name, file);
      else check.changed.push(name);
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
  for (const list of [check.missing, check.changed, check.unsafe]) list.sort();
  return check;
}

/** The build's one line per kind of problem, e.g. "3 source files not found in content/sources (first: x.txt)". */
export function sourceCheckMessages(check: SourceCheck, sourcesDir: string): string[] {
  const say = (list: string[], what: string): string[] =>
    list.length ? [`[site] ${list.length} source ${list.length === 1 ? 'file' : 'files'} ${what.replace(/^have /, list.length === 1 ? 'has ' : 'have ').replace(/^differ /, list.length === 1 ? 'differs ' : 'differ ')} (first: ${list[0]}): no "Lataa lähdetiedosto" link for ${list.length === 1 ? 'its release' : 'their releases'}`] : [];
  return [
    ...say(check.missing, `not found in ${sourcesDir}`),
    ...say(check.changed, 'differ from the SHA-256 their release records'),
    ...say(check.unsafe, 'have a name that cannot be published as a file'),
  ];
}
