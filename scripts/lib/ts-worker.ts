// A worker thread whose entry is a TypeScript module. Node 20 does not carry `--import tsx` from a
// worker's execArgv to the worker's own entry ("Unknown file extension .ts"), so the worker starts
// from a two-line ES module that registers tsx's loader on its thread, then imports the entry.
import { Worker, type WorkerOptions } from 'node:worker_threads';

const TSX_API = import.meta.resolve('tsx/esm/api');

export function startTsWorker(entry: URL, options: Omit<WorkerOptions, 'eval' | 'execArgv'> = {}): Worker {
  const start = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(start, { ...options, eval: true });
}
