// A build's staging folder must not outlive an interrupted build (Ctrl-C, a kill that can be caught):
// the out folder stays as it was and nothing half-built is left beside it. One set of handlers per
// process, installed with the first staging folder, serves every build that process runs.
import { rmSync } from 'node:fs';

/** Exit codes as a shell reports a process ended by the signal. */
const SIGNAL_EXIT = { SIGINT: 128 + 2, SIGTERM: 128 + 15, SIGHUP: 128 + 1 } as const;

const guarded = new Set<string>();
let installed = false;

function onSignal(signal: keyof typeof SIGNAL_EXIT): void {
  for (const dir of guarded) rmSync(dir, { recursive: true, force: true });
  process.exit(SIGNAL_EXIT[signal]);
}

/** Removes `dir` if the process is interrupted before the returned function is called. */
export function guardStaging(dir: string): () => void {
  if (!installed) {
    installed = true;
    for (const signal of Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]) process.once(signal, () => onSignal(signal));
  }
  guarded.add(dir);
  return () => guarded.delete(dir);
}
