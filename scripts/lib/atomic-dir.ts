// Atomic replacement of a whole output folder: the new tree is built in a staging folder beside it
// and renamed in only when complete, so a failed or killed build leaves the previous one whole.
// Staging and retired folders carry our own names (with the pid that made them), so leftovers of a
// killed run are recognised and cleaned by the next one, and nothing else is ever touched.
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export type TempKind = 'building' | 'old';

/** ".dist.building-1234" / ".dist.old-1234" for out folder ".../dist". */
export function tempDirName(outDir: string, kind: TempKind, pid: number): string {
  return `.${path.basename(outDir)}.${kind}-${pid}`;
}

export function tempDirPath(outDir: string, kind: TempKind, pid: number): string {
  return path.join(path.dirname(outDir), tempDirName(outDir, kind, pid));
}

/** The out folder a staging folder is built for: ".../dist" for ".../.dist.building-1234", or null. Pure. */
export function outDirOfStaging(staging: string): string | null {
  const match = /^\.(.+)\.building-[1-9][0-9]*$/.exec(path.basename(staging));
  return match ? path.join(path.dirname(staging), match[1]!) : null;
}

/** A name in the out folder's parent that is one of our temp folders for it, or null. Pure. */
export function parseTempDirName(outDir: string, name: string): { kind: TempKind; pid: number } | null {
  const prefix = `.${path.basename(outDir)}.`;
  if (!name.startsWith(prefix)) return null;
  const match = /^(building|old)-([1-9][0-9]*)$/.exec(name.slice(prefix.length));
  return match ? { kind: match[1] as TempKind, pid: Number(match[2]) } : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function isFolder(dir: string): Promise<boolean> {
  return stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/**
 * Cleans what a killed build left beside `outDir`: staging folders are deleted; a retired old tree
 * is renamed back when the kill came between the two renames of the swap (out folder missing),
 * deleted otherwise. Folders of a build still running (its pid alive) are left alone.
 * Returns the names it removed or restored, for the log.
 */
export async function recoverTempDirs(outDir: string, alive: (pid: number) => boolean = isAlive): Promise<string[]> {
  const parent = path.dirname(outDir);
  const names = await readdir(parent).catch(() => [] as string[]);
  const done: string[] = [];
  const stale = names
    .map((name) => ({ name, parsed: parseTempDirName(outDir, name) }))
    .filter((t) => t.parsed && t.parsed.pid !== process.pid && !alive(t.parsed.pid));
  for (const { name, parsed } of stale) {
    const full = path.join(parent, name);
    if (parsed!.kind === 'old' && !(await isFolder(outDir))) {
      await rename(full, outDir);
      done.push(`${name} (restored as ${path.basename(outDir)})`);
    } else {
      await rm(full, { recursive: true, force: true });
      done.push(name);
    }
  }
  return done;
}

/** A fresh, empty staging folder for this process. */
export async function createStagingDir(outDir: string): Promise<string> {
  const staging = tempDirPath(outDir, 'building', process.pid);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  return staging;
}

/** Moves the old tree aside, the staging tree in, then deletes the old one. */
export async function swapIn(staging: string, outDir: string): Promise<void> {
  const retired = tempDirPath(outDir, 'old', process.pid);
  const hadOld = await isFolder(outDir);
  if (hadOld) await rename(outDir, retired);
  await rename(staging, outDir);
  if (hadOld) await rm(retired, { recursive: true, force: true });
}
