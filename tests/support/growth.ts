// How a function's cost grows with its input, robust on a loaded machine: CPU time (not wall time,
// which counts waiting for the other processes), per call, best of several rounds, each round
// repeating the call until it has used MIN_ROUND_MS so a short call is not lost in the clock's noise.
// Linear work grows about 8x from n to 8n; quadratic about 64x. GROWTH_LIMIT sits between the two,
// far enough from 8x for garbage collection and caches, far enough below 64x to catch a square.

export const GROWTH_FACTOR = 8;
export const GROWTH_LIMIT = 20;
const MIN_ROUND_MS = 5;
/** Calls before measuring, so the compiler's background threads (counted in the process's CPU time) are done. */
const WARM_UP_MS = 10;
const ROUNDS = 3;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds of one call of `run`, averaged over one round of at least MIN_ROUND_MS. */
export function cpuTimePerCall(run: () => unknown, minimum = MIN_ROUND_MS): number {
  const start = cpuMs();
  let calls = 0;
  let used = 0;
  do {
    run();
    calls++;
    used = cpuMs() - start;
  } while (used < minimum);
  return used / calls;
}

/** How many times longer a call takes on `large` than on `small` (after a warm-up call of each, and
 * with the rounds interleaved, so neither size alone meets a cold compiler or a busy moment). */
export function growth<T>(run: (input: T) => unknown, small: T, large: T): number {
  cpuTimePerCall(() => run(small), WARM_UP_MS);
  cpuTimePerCall(() => run(large), WARM_UP_MS);
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    bestSmall = Math.min(bestSmall, cpuTimePerCall(() => run(small)));
    bestLarge = Math.min(bestLarge, cpuTimePerCall(() => run(large)));
  }
  return bestLarge / bestSmall;
}

/**
 * growth(), measured again while it is at or over `limit`, up to `tries` measurements, the lowest
 * kept. Another process on the same cores can push one measurement of a linear rule past the limit
 * (seen: 25x once, under 20x in the next six runs); a quadratic rule is over it every time.
 */
export function growthUnder<T>(limit: number, run: (input: T) => unknown, small: T, large: T, tries = 3): number {
  let lowest = growth(run, small, large);
  for (let i = 1; i < tries && lowest >= limit; i++) lowest = Math.min(lowest, growth(run, small, large));
  return lowest;
}
