// Before a run, the pipeline's work for every source the run will process, done on worker threads:
// ingest itself is one synchronous pass in file order (ingest-cli.ts), so this is where the other
// cores help. It only reads (sources, manifest, fingerprint cache) and never decides anything: the
// run takes an outcome only for a source whose bytes still have the same sha256, and does anything
// missing itself. Any problem here (a folder that is not there, a manifest in doubt) just means
// fewer outcomes ahead; the run reports it as it always has.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { needsProcessing } from '../plan.ts';
import { sha256 } from '../release.ts';
import { listSources } from './files.ts';
import { readPreviousRecord } from './previous-record.ts';
import type { SourceOutcome } from './source-job.ts';
import { PARALLEL_FROM, processSourcesInParallel } from './worker-pool.ts';

export interface AheadOutcome {
  sha256: string;
  outcome: SourceOutcome;
}

/** Threads: the cores, at most 4; INGEST_THREADS=1 turns them off. */
export function ingestThreads(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.INGEST_THREADS);
  return Number.isInteger(asked) && asked >= 1 ? asked : Math.min(availableParallelism(), 4);
}

export async function computeAhead(
  run: { sources: string; out: string; force: boolean; rulesHash: string },
  parallelFrom: number = PARALLEL_FROM,
): Promise<Map<string, AheadOutcome>> {
  const ahead = new Map<string, AheadOutcome>();
  const threads = ingestThreads();
  if (threads < 2) return ahead;
  try {
    const entries = readPreviousRecord(run.out).trusted?.entries ?? {};
    const jobs = listSources(run.sources).files.flatMap((file) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(run.sources, file));
      } catch {
        return []; // the run reports it
      }
      const sha = sha256(bytes);
      return needsProcessing(entries[file], sha, run.rulesHash, run.force) ? [{ file, bytes, sha }] : [];
    });
    if (jobs.length < parallelFrom) return ahead;
    const { outcomes } = await processSourcesInParallel(jobs, threads);
    for (const { file, sha } of jobs) ahead.set(file, { sha256: sha, outcome: outcomes.get(file) as SourceOutcome });
  } catch {
    ahead.clear();
  }
  return ahead;
}
