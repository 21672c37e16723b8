// Command-line flags of ingest: --sources DIR, --out DIR, --force, --explain FILE.
import { resolve } from 'node:path';
import { parseFlags, UsageError } from '../../lib/cli-args.ts';

export interface IngestArgs {
  sources: string;
  out: string;
  force: boolean;
  /** A source file to explain instead of ingesting anything. */
  explain?: string;
}

export const USAGE = 'usage: npm run ingest [-- --sources DIR] [--out DIR] [--force] | npm run ingest -- --explain FILE';

/** Throws UsageError naming the problem on a bad flag, a missing or empty value. */
export function parseIngestArgs(argv: readonly string[], defaults: IngestArgs): IngestArgs {
  const values = parseFlags(argv, { sources: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, explain: { type: 'string' } });
  const folder = (flag: string, value: string | undefined, fallback: string): string => {
    if (value === undefined) return fallback;
    // An unset shell variable gives "": never read it as the current folder.
    if (value.trim() === '') throw new UsageError(`--${flag} needs a folder, got an empty value`);
    return resolve(value);
  };
  const file = (flag: string, value: string): string => {
    if (value.trim() === '') throw new UsageError(`--${flag} needs a file, got an empty value`);
    return resolve(value);
  };
  return {
    sources: folder('sources', values.sources, defaults.sources),
    out: folder('out', values.out, defaults.out),
    force: values.force ?? defaults.force,
    ...(values.explain === undefined ? {} : { explain: file('explain', values.explain) }),
  };
}
