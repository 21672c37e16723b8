// What `npm run serve` watches and what a change there sets off: a table, one row per folder.
// A changed source is ingested first (its release changes, then the site); anything else only
// rebuilds the site, which is incremental.

export type Step = 'ingest' | 'site';

export interface WatchTarget {
  /** Folder relative to the checkout. */
  dir: string;
  steps: readonly Step[];
}

export const WATCH_TARGETS: readonly WatchTarget[] = [
  // content/sources/003.txt edited → ingest rewrites its release → site
  { dir: 'content/sources', steps: ['ingest', 'site'] },
  // content/releases/<id>.md edited by an archivist → site
  { dir: 'content/releases', steps: ['site'] },
  // layouts/pages/release.njk → site (every page: the code digest changed)
  { dir: 'layouts', steps: ['site'] },
  // content/pages/tietoa/index.njk → site
  { dir: 'content/pages', steps: ['site'] },
];

/** The steps to run, in order, for the targets whose contents changed. Pure. */
export function stepsFor(changed: readonly WatchTarget[]): Step[] {
  const wanted = new Set(changed.flatMap((t) => t.steps));
  return (['ingest', 'site'] as const).filter((step) => wanted.has(step));
}

/** A fingerprint of a folder's files (path, size, mtime): a change event whose fingerprint is the last built one is ours. */
export function fingerprint(files: readonly { path: string; size: number; mtimeMs: number }[]): string {
  return files
    .map((f) => `${f.path}\0${f.size}\0${f.mtimeMs}`)
    .sort()
    .join('\n');
}
