// Ingest's pipeline on every core: the sources that need it are split across worker threads and
// their outcomes gathered, to be used by the run (ingest-cli.ts) in its own order. The outcomes are
// the ones the process would have computed itself (source-job.ts). A worker that fails is not fatal:
// what it had not delivered is processed in the ingest process.
import { startTsWorker } from '../../lib/ts-worker.ts';
import { processSource, type SourceOutcome } from './source-job.ts';

/**
 * Below this many sources to process, starting threads costs more than it saves: each thread loads
 * tsx and the whole pipeline, and the run's own pass (fingerprints, YAML, writing) stays on one
 * thread. Measured 2026-12-02 on 2 cores, one thread against two: 1,000 sources 6.7 / 7.4 s, 3,000
 * 10.6 / 11.3 s, 10,000 25.1 / 22.3 s; even at about 4,400.
 */
export const PARALLEL_FROM = 5000;

export interface SourceJob {
  file: string;
  bytes: Uint8Array;
}

function runWorker(jobs: readonly SourceJob[], outcomes: Map<string, SourceOutcome>): Promise<void> {
  return new Promise((resolve) => {
    const worker = startTsWorker(new URL('./ingest-worker.ts', import.meta.url), { workerData: { jobs } });
    worker.on('message', ({ file, outcome }: { file: string; outcome: SourceOutcome }) => outcomes.set(file, outcome));
    // A failed worker's remaining jobs are done by the caller.
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}

/**
 * Every job's outcome by file name, computed on `threads` worker threads, and how many of them the
 * threads delivered (the rest were computed here).
 */
export async function processSourcesInParallel(jobs: readonly SourceJob[], threads: number): Promise<{ outcomes: Map<string, SourceOutcome>; onThreads: number }> {
  const outcomes = new Map<string, SourceOutcome>();
  const shares = Array.from({ length: threads }, (_, t) => jobs.filter((_, i) => i % threads === t)).filter((share) => share.length > 0);
  await Promise.all(shares.map((share) => runWorker(share, outcomes)));
  const onThreads = outcomes.size;
  for (const { file, bytes } of jobs) if (!outcomes.has(file)) outcomes.set(file, processSource(file, bytes));
  return { outcomes, onThreads };
}
