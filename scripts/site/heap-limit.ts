// The V8 heap limit the site build runs with. A safety margin, not a fix: Node's default old-space
// limit (about 4 GB on a 64-bit machine with enough memory) is less than a 50,000-release build's
// search index needs at its peak (3.3 GB live, more before a collection), and V8 then aborts the
// build however much memory the machine has free.
const MB = 1024 * 1024;

/** Never below Node's own default on a small machine. */
const FLOOR_MB = 4096;

/** Half the machine's memory (or FLOOR_MB), in MB: room to finish, some left for everything else. */
export function heapLimitMb(totalMemoryBytes: number): number {
  return Math.max(FLOOR_MB, Math.floor(totalMemoryBytes / MB / 2));
}

/** Whether the user already chose a limit (a flag on the command line or in NODE_OPTIONS). */
export function hasHeapLimit(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((arg) => arg.startsWith('--max-old-space-size'));
}
