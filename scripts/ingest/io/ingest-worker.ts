// A worker thread of ingest: runs the pipeline over the sources it is given and posts each outcome.
import { parentPort, workerData } from 'node:worker_threads';
import { processSource } from './source-job.ts';

const { jobs } = workerData as { jobs: { file: string; bytes: Uint8Array }[] };
for (const { file, bytes } of jobs) parentPort?.postMessage({ file, outcome: processSource(file, bytes) });
