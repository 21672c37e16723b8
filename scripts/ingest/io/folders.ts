// Which --sources/--out pairs ingest refuses before touching anything, and why. The rules are a
// table over real paths (symlinks resolved), so `--out ./x/../sources` or a link cannot slip through.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../../lib/cli-args.ts';

/** Whether `inner` is `outer` or lies inside it (both absolute, resolved). */
export function isInside(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

/** Out folders ingest never writes into, whatever the sources: the checkout itself and its inputs. */
export function protectedFolders(root: string): { path: string; why: string }[] {
  return [
    { path: join(root, 'content'), why: 'the content folder (releases go into content/releases)' },
    { path: join(root, 'content', 'sources'), why: 'the built-in sources folder' },
    { path: join(root, 'content', 'pages'), why: "the site's pages" },
  ];
}

/**
 * Why ingest refuses this pair of (real, absolute) folders, or null. Examples: sources /a out /a
 * ("the same folder"), sources /a out /a/out ("inside"), out = the checkout or any folder above it.
 */
export function folderConflict(sources: string, out: string, root: string): string | null {
  // The checkout is named first: it is the worst target, and the message must not depend on where
  // the sources happen to live (a temp folder beside a checkout in /tmp is inside /tmp too).
  if (isInside(root, out)) return 'the out folder is the repository root or a folder above it';
  if (sources === out) return 'the sources and out folders are the same folder';
  if (isInside(out, sources)) return 'the out folder is inside the sources folder';
  if (isInside(sources, out)) return 'the sources folder is inside the out folder';
  if (isInside(out, join(root, '.git'))) return "the out folder is inside the repository's git folder";
  const folder = protectedFolders(root).find((f) => f.path === out);
  return folder ? `the out folder is ${folder.why}` : null;
}

/** A path with symlinks resolved as far as it exists; the missing tail is appended as given. */
export function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
}

/** Throws UsageError when the folders cannot be used; creates nothing. */
export function checkFolders(sources: string, out: string, root: string): void {
  if (!existsSync(sources)) throw new UsageError(`the sources folder ${JSON.stringify(sources)} does not exist`);
  if (!statSync(sources).isDirectory()) throw new UsageError(`--sources ${JSON.stringify(sources)} is a file, not a folder`);
  if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`--out ${JSON.stringify(out)} is a file, not a folder`);
  const conflict = folderConflict(realPath(sources), realPath(out), realPath(root));
  if (conflict) throw new UsageError(`refusing --sources ${JSON.stringify(sources)} --out ${JSON.stringify(out)}: ${conflict}`);
}
