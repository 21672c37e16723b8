// The search index's worker thread: builds one site build's search data (cached-search.ts) per
// message, so that on a machine with two cores the index (the longest single piece of a site build)
// is made while Eleventy renders the pages. Started once per process by search-for-build.ts; with
// `keepVoikko` (serve's build worker) Voikko and its analyses stay loaded here between builds.
import { parentPort, workerData } from 'node:worker_threads';
import { cachedSearch, type CachedSearchJob } from './cached-search.ts';
import { keepVoikkoOpen } from './voikko.ts';

export type SearchThreadReply = { ok: true; search: Awaited<ReturnType<typeof cachedSearch>> } | { ok: false; message: string; stack?: string };

if ((workerData as { keepVoikko?: boolean } | null)?.keepVoikko) keepVoikkoOpen();

parentPort?.on('message', (job: CachedSearchJob) => {
  cachedSearch(job).then(
    (search) => parentPort!.postMessage({ ok: true, search } satisfies SearchThreadReply),
    (error: Error) => parentPort!.postMessage({ ok: false, message: error.message, stack: error.stack } satisfies SearchThreadReply),
  );
});
