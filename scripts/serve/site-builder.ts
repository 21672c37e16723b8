// serve's side of the build worker (build-worker.ts): starts it with the first build, starts a new one
// when it has died or its code went stale, passes its output through to the terminal, and stops it.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BuildReply, BuildRequest } from './worker-messages.ts';

const WORKER = fileURLToPath(new URL('./build-worker.ts', import.meta.url));
/** The checkout the worker belongs to: Eleventy finds .eleventy.ts and content/pages from there. */
const CHECKOUT = fileURLToPath(new URL('../..', import.meta.url));
/** As `npm run build:site` runs: the heap a 50,000-release build needs, TypeScript through tsx. */
const NODE_OPTIONS = ['--max-old-space-size=3072', '--import', 'tsx'];

export interface BuildOutcome {
  exitCode: number;
  /** What went wrong, for the page: the build's error lines, or why the worker stopped. */
  errors: string[];
}

export class SiteBuilder {
  #worker: ChildProcess | null = null;

  /**
   * `buildArgs`: build:site's arguments for every build; `started` is told of each worker process
   * (serve prints its pid and stops it on Ctrl-C).
   */
  constructor(
    readonly buildArgs: readonly string[],
    readonly started: (worker: ChildProcess) => void,
  ) {}

  /** One site build in the worker, started first if there is none. */
  async build(): Promise<BuildOutcome> {
    for (;;) {
      const worker = this.#worker ?? this.#start();
      const reply = await ask(worker, { kind: 'build' });
      if (reply.kind === 'built') return { exitCode: reply.exitCode, errors: reply.errors };
      if (this.#worker === worker) this.#worker = null;
      if (reply.kind === 'gone') {
        return { exitCode: 1, errors: [`build:site: the build worker stopped (${reply.how}); the next change starts a new one`] };
      }
      console.log('[serve] the build code changed on disk: a new build worker builds with it');
    }
  }

  #start(): ChildProcess {
    const worker = fork(WORKER, [...this.buildArgs], { cwd: CHECKOUT, execArgv: NODE_OPTIONS, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    worker.stdout!.on('data', (chunk: Buffer) => process.stdout.write(chunk));
    worker.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    // A send to a worker that has just died: its 'exit' answers the request.
    worker.on('error', (error) => console.error(`[serve] build worker (pid ${worker.pid}): ${error.message}`));
    worker.once('exit', () => {
      if (this.#worker === worker) this.#worker = null;
    });
    this.#worker = worker;
    this.started(worker);
    return worker;
  }
}

/** Sends one request and waits for its reply, or for the worker's end (a crash, a kill). */
function ask(worker: ChildProcess, request: BuildRequest): Promise<BuildReply | { kind: 'gone'; how: string }> {
  return new Promise((resolve) => {
    if (worker.exitCode !== null || worker.signalCode !== null || !worker.connected) {
      resolve({ kind: 'gone', how: worker.signalCode ? `signal ${worker.signalCode}` : `exit ${worker.exitCode}` });
      return;
    }
    const onMessage = (reply: BuildReply): void => {
      worker.off('exit', onExit);
      resolve(reply);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      worker.off('message', onMessage);
      resolve({ kind: 'gone', how: signal ? `signal ${signal}` : `exit ${code}` });
    };
    worker.once('message', onMessage);
    worker.once('exit', onExit);
    worker.send(request);
  });
}
