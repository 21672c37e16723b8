// Options of `npm run bench`.
import { parseFlagsWithUsage, UsageError } from '../lib/cli-args.ts';

export interface BenchOptions {
  sizes: number[];
  json: string | null;
  seed: string;
  /** Keep the temp folders (sources, releases, dist) for inspection. */
  keep: boolean;
  /** Write V8 CPU profiles of ingest and site build into this folder. */
  profileDir: string | null;
  /** Skip the add-one-release rebuild. */
  incremental: boolean;
  /** Runs of each stage; the fastest counts (noisy shared machines), peak RSS is the highest seen. */
  repeat: number;
}

export const DEFAULT_SIZES = [1_000, 10_000];
export const BENCH_USAGE =
  'usage: bench [--sizes 1000,10000] [--with-50k] [--json FILE] [--seed S] [--keep] [--profile DIR] [--repeat N] [--no-incremental]';

const BENCH_FLAGS = {
  sizes: { type: 'string' },
  'with-50k': { type: 'boolean' },
  json: { type: 'string' },
  seed: { type: 'string' },
  keep: { type: 'boolean' },
  profile: { type: 'string' },
  repeat: { type: 'string' },
  'no-incremental': { type: 'boolean' },
} as const;

/** Flags of `npm run bench`; throws UsageError (with the usage line) for anything else. */
export function parseBenchArgs(argv: readonly string[], defaultSeed: string): BenchOptions {
  const flags = parseFlagsWithUsage(argv, BENCH_FLAGS, BENCH_USAGE);
  const usage = (message: string) => new UsageError(`${message}; ${BENCH_USAGE}`);
  let sizes = [...DEFAULT_SIZES];
  if (flags.sizes !== undefined) {
    sizes = flags.sizes.split(',').map((s) => Number(s.replace(/_/g, '')));
    if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw usage('--sizes takes positive integers');
  }
  const repeat = Number(flags.repeat ?? '1');
  if (!Number.isInteger(repeat) || repeat < 1) throw usage('--repeat takes a positive integer');
  if (flags['with-50k'] === true && !sizes.includes(50_000)) sizes.push(50_000);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    json: flags.json ?? null,
    seed: flags.seed ?? defaultSeed,
    keep: flags.keep === true,
    profileDir: flags.profile ?? null,
    incremental: flags['no-incremental'] !== true,
    repeat,
  };
}
