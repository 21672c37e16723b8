// Which folders a build may replace. A build deletes its out folder's old contents, so a typo or an
// unset variable (`--out ""`, `--out .`, `--out content/releases`) must never reach that delete.
// The rules are a table over facts gathered once (outDirFacts, the only I/O here); each has an example.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** The file every build of this site carries, so a later build knows the folder is ours to replace. */
export const BUILD_STAMP = '.uudistusarkisto-build';

/** Files that together mark a site built before the stamp existed (accepted so old dist/ folders still build). */
export const LEGACY_BUILD_MARKERS = ['index.html', 'feed.xml', 'releases.json', 'assets/site.css'] as const;

export interface OutDirFacts {
  /** The folder exactly as given on the command line. */
  given: string;
  /** Absolute, with symbolic links of its existing part resolved. */
  real: string;
  /** Absolute and real: the checkout, the working folder, content/ and the releases being built. */
  repoRoot: string;
  cwd: string;
  contentDir: string;
  releasesDir: string;
  kind: 'missing' | 'folder' | 'not-a-folder';
  /** Names in the folder (empty unless kind is "folder"). */
  entries: readonly string[];
  /** Whether it carries BUILD_STAMP, or every LEGACY_BUILD_MARKERS file. */
  looksLikeOurBuild: boolean;
}

/** Whether `inner` is `outer` or lies inside it (both absolute and normalised). */
export function isSameOrInside(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

interface Rule {
  /** Why the folder is refused, completing "refusing to build into <folder>: ...". */
  reason: string;
  refuses: (f: OutDirFacts) => boolean;
}

/** First matching rule wins. Examples with the checkout at /repo. */
export const OUT_DIR_RULES: readonly Rule[] = [
  // --out ""  (an unset variable)
  { reason: 'the folder name is empty (an unset variable?)', refuses: (f) => f.given.trim() === '' },
  // --out .   --out ..   --out /
  { reason: 'it is the repository or contains it', refuses: (f) => isSameOrInside(f.repoRoot, f.real) },
  // --out ~ (run from a folder inside it)
  { reason: 'it is the current folder or contains it', refuses: (f) => isSameOrInside(f.cwd, f.real) },
  // --out content/sources   --out content/releases/x
  { reason: 'it is inside content/, the archive itself', refuses: (f) => isSameOrInside(f.real, f.contentDir) },
  // --releases /data/rel --out /data
  { reason: 'it holds the releases being built', refuses: (f) => isSameOrInside(f.releasesDir, f.real) },
  // --releases /data/rel --out /data/rel/site
  { reason: 'it is inside the releases folder', refuses: (f) => isSameOrInside(f.real, f.releasesDir) },
  // --out README.md
  { reason: 'it is a file, not a folder', refuses: (f) => f.kind === 'not-a-folder' },
  // --out ~/Documents
  {
    reason: `it is not empty and is not an earlier build of this site (no ${BUILD_STAMP} file in it)`,
    refuses: (f) => f.kind === 'folder' && f.entries.length > 0 && !f.looksLikeOurBuild,
  },
];

/** The reason the folder must not be built into, or null when it may be. Pure. */
export function outDirRefusal(facts: OutDirFacts): string | null {
  return OUT_DIR_RULES.find((rule) => rule.refuses(facts))?.reason ?? null;
}

/** An absolute path with the symbolic links of its longest existing prefix resolved. */
async function realPathOfMaybeMissing(absolute: string): Promise<string> {
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(await realpath(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Gathers the facts the rules need. `repoRoot` is the checkout this script belongs to. */
export async function outDirFacts(given: string, releasesDir: string, repoRoot: string): Promise<OutDirFacts> {
  const real = await realPathOfMaybeMissing(path.resolve(given));
  const root = await realPathOfMaybeMissing(repoRoot);
  const info = await stat(real).catch(() => null);
  const kind = info === null ? 'missing' : info.isDirectory() ? 'folder' : 'not-a-folder';
  const entries = kind === 'folder' ? await readdir(real) : [];
  const stamped = entries.includes(BUILD_STAMP);
  const legacy = !stamped && entries.length > 0 && (await Promise.all(LEGACY_BUILD_MARKERS.map((m) => exists(path.join(real, m))))).every(Boolean);
  return {
    given,
    real,
    repoRoot: root,
    cwd: await realPathOfMaybeMissing(process.cwd()),
    contentDir: path.join(root, 'content'),
    releasesDir: await realPathOfMaybeMissing(path.resolve(releasesDir)),
    kind,
    entries,
    looksLikeOurBuild: stamped || legacy,
  };
}
