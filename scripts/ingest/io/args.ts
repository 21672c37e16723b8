// Command-line flags of ingest: --sources DIR, --out DIR, --force.
import { resolve } from 'node:path';

export interface IngestArgs {
  sources: string;
  out: string;
  force: boolean;
}

export const USAGE = 'usage: ingest [--sources DIR] [--out DIR] [--force]';

/** Throws with a message naming the problem on a bad flag or a missing value. */
export function parseIngestArgs(argv: readonly string[], defaults: IngestArgs): IngestArgs {
  const options = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--force') options.force = true;
    else if (arg === '--sources' || arg === '--out') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a directory`);
      options[arg === '--sources' ? 'sources' : 'out'] = resolve(value);
    } else throw new Error(`unknown argument: ${arg} (${USAGE})`);
  }
  return options;
}
