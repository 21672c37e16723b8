// Atomic replacement of a whole output folder: the new tree is built in a staging folder beside it
// and renamed in only when complete, so a failed or killed build leaves the previous one whole.
// Staging and retired folders carry our own names (with the pid that made them), so leftovers of a
// killed run are recognised and cleaned by the next one, and nothing else is ever touched.
import { spawn } from 'node:child_process';
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

/**
 * Moves the old tree aside, the staging tree in, then deletes the old one: before returning, or
 * ("background") in a detached process, so that the build is done once the new tree is in place.
 * Deleting a site of 10,000 releases (~50,000 files, ~20,000 folders) took 10-13 s on a 2-core
 * machine, a third of a rebuild after one edit, and nothing waits for it.
 */
export async function swapIn(staging: string, outDir: string, deleteOld: 'now' | 'background' = 'now'): Promise<void> {
  const retired = tempDirPath(outDir, 'old', process.pid);
  // Left by this process's previous swap (serve's worker) if its deleter has not taken it yet.
  if (await isFolder(retired)) await rm(retired, { recursive: true, force: true });
  const hadOld = await isFolder(outDir);
  if (hadOld) await rename(outDir, retired);
  await rename(staging, outDir);
  if (!hadOld) return;
  if (deleteOld === 'now') await rm(retired, { recursive: true, force: true });
  else deleteInBackground(retired);
}

/**
 * The deleter: renames the retired tree after its own pid (so that a build starting meanwhile sees
 * it as a live process's folder and leaves it alone: recoverTempDirs), then deletes it. It checks the
 * name is one of ours first. Plain JavaScript: it starts in ~50 ms, without tsx.
 */
const DELETER = `
const { renameSync, rmSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');
const from = process.argv[1];
const match = /^(\\..+\\.old-)[1-9][0-9]*$/.exec(basename(from));
if (!match) process.exit(2);
const own = join(dirname(from), match[1] + process.pid);
try { renameSync(from, own); } catch { process.exit(0); }
rmSync(own, { recursive: true, force: true });
`;

export function deleteInBackground(retired: string): void {
  const child = spawn(process.execPath, ['-e', DELETER, retired], { detached: true, stdio: 'ignore' });
  // Could not start: deleted here, as before.
  child.on('error', () => void rm(retired, { recursive: true, force: true }));
  child.unref();
}
