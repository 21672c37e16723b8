// Options of `npm run bench`.
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

export function parseBenchArgs(argv: readonly string[], defaultSeed: string): BenchOptions {
  const options: BenchOptions = { sizes: [...DEFAULT_SIZES], json: null, seed: defaultSeed, keep: false, profileDir: null, incremental: true, repeat: 1 };
  let with50k = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value; ${BENCH_USAGE}`);
      return v;
    };
    if (arg === '--sizes') {
      options.sizes = value()
        .split(',')
        .map((s) => Number(s.replace(/_/g, '')));
      if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes positive integers; ${BENCH_USAGE}`);
    } else if (arg === '--with-50k') with50k = true;
    else if (arg === '--json') options.json = value();
    else if (arg === '--seed') options.seed = value();
    else if (arg === '--profile') options.profileDir = value();
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--no-incremental') options.incremental = false;
    else if (arg === '--repeat') {
      options.repeat = Number(value());
      if (!Number.isInteger(options.repeat) || options.repeat < 1) throw new Error(`--repeat takes a positive integer; ${BENCH_USAGE}`);
    }
    else throw new Error(`unknown argument ${arg}; ${BENCH_USAGE}`);
  }
  if (with50k && !options.sizes.includes(50_000)) options.sizes.push(50_000);
  options.sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  return options;
}
