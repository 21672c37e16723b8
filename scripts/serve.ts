// `npm run serve [-- --port 8080 --out dist]`: builds the site, serves it on 127.0.0.1, watches the
// sources, releases, layouts and pages, re-ingests a changed source, rebuilds (incrementally) and
// reloads the open pages. Site builds run in one long-lived build worker (serve/build-worker.ts), warm
// from the second build on; a changed source is ingested by `npm run ingest` as a child process. A
// failed step shows its error in the terminal and on the page while the last good site stays served.
// Ctrl-C stops every child process before exiting.
import { type ChildProcess, spawn } from 'node:child_process';
import type { Server } from 'node:http';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startDevServer } from './serve/dev-server.ts';
import { LiveChannel } from './serve/live-reload.ts';
import { SiteBuilder } from './serve/site-builder.ts';
import { watchTree } from './serve/watch-tree.ts';
import { fingerprint, stepsFor, type Step, WATCH_TARGETS, type WatchTarget } from './serve/watch-plan.ts';

const USAGE = 'Usage: npm run serve -- [--port N (default 8080, 0 = any free port)] [--out DIR (default dist)]';
/** Quiet time after a file event before building: an editor's save is several events in a few ms. */
const DEBOUNCE_MS = 50;
let args;
try {
  args = parseArgs({ options: { port: { type: 'string', default: '8080' }, out: { type: 'string', default: 'dist' } }, strict: true }).values;
} catch (error) {
  console.error(`serve: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: --port must be a number from 0 to 65535\n${USAGE}`);
  process.exit(2);
}
const outDir = path.resolve(args.out);
const live = new LiveChannel();
const children = new Set<ChildProcess>();

/** Every child serve starts is printed with its pid and stopped with serve. */
function track(child: ChildProcess, what: string): void {
  children.add(child);
  console.log(`[serve] ${what} (pid ${child.pid})`);
  child.once('close', () => children.delete(child));
}

const site = new SiteBuilder(['--out', outDir], (worker) => track(worker, 'build worker'));

/** Ingest as a child process, echoing its output; resolves to its exit code and stderr. */
function runIngest(): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest-cli.ts'], { stdio: ['ignore', 'pipe', 'pipe'] });
    track(child, 'ingest');
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => process.stdout.write(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      process.stderr.write(chunk);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stderr }));
  });
}

/** Runs one step; resolves to its exit code and what to show on the page when it failed. */
async function runStep(step: Step): Promise<{ code: number; error: string }> {
  if (step === 'ingest') {
    const { code, stderr } = await runIngest();
    return { code, error: `npm run ingest (exit ${code}):\n${stderr.trim()}` };
  }
  const { exitCode, errors } = await site.build();
  return { code: exitCode, error: `npm run build:site (exit ${exitCode}):\n${errors.join('\n').trim()}` };
}

async function folderFingerprint(dir: string): Promise<string> {
  const names = (await readdir(dir, { recursive: true }).catch(() => [] as string[])) as string[];
  const files = await Promise.all(
    names.map(async (name) => {
      const info = await stat(path.join(dir, name)).catch(() => null);
      return info?.isFile() ? { path: name, size: info.size, mtimeMs: info.mtimeMs } : null;
    }),
  );
  return fingerprint(files.filter((f) => f !== null));
}

const built = new Map<string, string>();
async function changedTargets(): Promise<WatchTarget[]> {
  const changed: WatchTarget[] = [];
  for (const target of WATCH_TARGETS) {
    const now = await folderFingerprint(target.dir);
    if (built.get(target.dir) !== now) changed.push(target);
  }
  return changed;
}
async function recordBuilt(): Promise<void> {
  for (const target of WATCH_TARGETS) built.set(target.dir, await folderFingerprint(target.dir));
}

let running = false;
let again = false;
let stopping = false;

/** Runs what the changes since the last run call for; changes during a run start one more run after it. */
async function rebuild(first: boolean): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  do {
    again = false;
    const steps: Step[] = first ? ['ingest', 'site'] : stepsFor(await changedTargets());
    first = false;
    if (steps.length === 0) continue;
    // Fingerprints taken before the steps: an edit made while they run is seen by the next round.
    const before = new Map<string, string>();
    for (const target of WATCH_TARGETS) before.set(target.dir, await folderFingerprint(target.dir));
    const errors: string[] = [];
    let siteBuilt = false;
    for (const step of steps) {
      if (stopping) break;
      const { code, error } = await runStep(step);
      if (code !== 0) errors.push(error);
      if (step === 'site') siteBuilt = code === 0;
    }
    // Releases the ingest step just wrote are part of this round, not a new change.
    await recordBuilt();
    if (steps.includes('ingest')) before.set('content/releases', built.get('content/releases')!);
    for (const [dir, print] of before) if (dir !== 'content/releases' && built.get(dir) !== print) again = true;
    if (errors.length) live.buildError(errors.join('\n\n'));
    else if (siteBuilt) live.reload();
  } while (again && !stopping);
  running = false;
}

let timer: NodeJS.Timeout | null = null;
const watchers: { close(): void }[] = [];
function onChange(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void rebuild(false), DEBOUNCE_MS);
}

let server: Server | null = null;
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

await rebuild(true);
const started = await startDevServer(outDir, port, live).catch((error: Error) => {
  console.error(`serve: cannot listen on 127.0.0.1:${port}: ${error.message}`);
  process.exit(2);
});
server = started.server;
for (const target of WATCH_TARGETS) watchers.push(watchTree(target.dir, onChange));
console.log(`[serve] serving ${path.relative('.', outDir) || '.'} at ${started.url} (Ctrl-C stops)`);

function stop(): void {
  if (stopping) return;
  stopping = true;
  console.log('\n[serve] stopping');
  if (timer) clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  live.close();
  server?.close();
  server?.closeAllConnections();
  for (const child of children) child.kill('SIGTERM');
  const done = (): void => process.exit(0);
  if (children.size === 0) done();
  else for (const child of children) child.once('close', () => children.size === 0 && done());
}
