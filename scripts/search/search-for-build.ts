// The search data of one site build, with the index terms of unchanged releases taken from the
// previous build's term cache (term-cache.ts) and this build's cache saved for the next. Only a build
// started by the site build CLI (a build session with a previous build to take over from: not the
// first, not --full) reads the cache; every session build writes it. Elsewhere (tests, Eleventy's
// own CLI) everything is expanded in the build's own thread, as before.
// A session build makes its search data on a worker thread (search-thread.ts), started as soon as the
// archive is known, while Eleventy renders the pages on the main thread: the index was the longest
// single piece of a build, run after the pages. SITE_THREADS=1 keeps it in the build's own thread; a
// thread that cannot start or dies is replaced by the build's own thread, with a warning.
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { outDirOfStaging } from '../lib/atomic-dir.ts';
import { startTsWorker } from '../lib/ts-worker.ts';
import { currentBuildSession } from '../site/build-session.ts';
import type { Archive } from '../site/types.ts';
import { cachedSearch, type CachedSearch, type CachedSearchJob } from './cached-search.ts';
import { morphologyStamp } from './morphology-stamp.ts';
import type { SearchThreadReply } from './search-thread.ts';
import { siteSearchFor, toSearchable, type SiteSearch } from './site-search.ts';
import { termCachePath } from './term-cache.ts';
import { voikkoKeptOpen } from './voikko.ts';

// The thread's heap limit. With build:site's main heap at 3 GB (package.json), a build of 50,000
// releases peaked at 3.7 GB RSS; with both at 6 GB V8 let the heaps grow to 4.6 GB before collecting.
const THREAD_HEAP_MB = 2048;

/** A worker thread that could not do its job (not the job's own error): the job is done here instead. */
class ThreadFailure extends Error {}

let thread: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function searchThread(): Worker {
  if (!thread) {
    thread = startTsWorker(new URL('./search-thread.ts', import.meta.url), {
      workerData: { keepVoikko: voikkoKeptOpen() },
      resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
    });
    // Idle, the thread does not keep the process alive; it is ref'd while it has a job.
    thread.unref();
  }
  return thread;
}

function onThread(job: CachedSearchJob): Promise<CachedSearch> {
  return new Promise((resolve, reject) => {
    const worker = searchThread();
    const settle = (then: () => void): void => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit).unref();
      then();
    };
    const lost = (reason: string): void => {
      if (thread === worker) thread = null;
      void worker.terminate();
      settle(() => reject(new ThreadFailure(reason)));
    };
    const onMessage = (reply: SearchThreadReply): void =>
      settle(() => (reply.ok ? resolve(reply.search) : reject(Object.assign(new Error(reply.message), { stack: reply.stack }))));
    const onError = (error: Error): void => lost(error.message);
    const onExit = (code: number): void => lost(`exited with code ${code}`);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit).ref();
    worker.postMessage(job);
  });
}

/** The search data, and where it was made (for the build's log line). */
async function searchOf(job: CachedSearchJob): Promise<CachedSearch & { thread: boolean }> {
  if (process.env.SITE_THREADS === '1') return { ...(await cachedSearch(job)), thread: false };
  try {
    return { ...(await onThread(job)), thread: true };
  } catch (error) {
    if (!(error instanceof ThreadFailure)) throw error;
    console.warn(`[search] the index thread failed (${error.message}); building the index in the build's own thread`);
    return { ...(await cachedSearch(job)), thread: false };
  }
}

const started = new WeakMap<Archive, Promise<SiteSearch & { reuse?: string }>>();

/**
 * The build's search data, started at the first call for an archive and shared by later ones: the
 * plugin starts it before Eleventy renders and takes it after.
 */
export function searchForBuild(archive: Archive): Promise<SiteSearch & { reuse?: string }> {
  let search = started.get(archive);
  if (!search) {
    search = startSearch(archive);
    started.set(archive, search);
  }
  return search;
}

async function startSearch(archive: Archive): Promise<SiteSearch & { reuse?: string }> {
  const session = currentBuildSession();
  const outDir = session ? outDirOfStaging(session.writer.outDir) : null;
  if (!session || !outDir) return siteSearchFor(archive);
  const job: CachedSearchJob = {
    searchable: archive.releases.map(toSearchable),
    cacheFile: termCachePath(outDir),
    cacheTemp: path.join(session.writer.outDir, '.search-cache.tmp'),
    key: `${session.code}\n${morphologyStamp()}`,
    readKept: session.writer.previous !== null,
  };
  // One job at a time: a process builds one site at a time, but never let two jobs share the thread.
  const result = queue.then(() => searchOf(job));
  queue = result.catch(() => {});
  const { warnings, thread, reuse, ...search } = await result;
  for (const line of warnings) console.warn(line);
  return { ...search, reuse: `${reuse}${thread ? ', on a worker thread' : ''}` };
}
