// serve's build worker: one long-lived process that runs a site build (buildSite) for each request, so
// a rebuild after an edit pays for no process start: Node, tsx, Eleventy, the config's modules, Voikko
// and its word analyses stay loaded. Started by scripts/serve.ts with build:site's arguments, spoken to
// over the IPC channel (worker-messages.ts); it exits when that channel closes, so it never outlives
// serve. It builds only with the code it loaded: when scripts/ change on disk it answers "stale" and
// exits, and serve starts a fresh worker for the build.
import { fileURLToPath } from 'node:url';
import { BUILD_USAGE, EXIT_INVALID_RELEASES, EXIT_USAGE, parseBuildArgs } from '../site/build-args.ts';
import { buildSite } from '../site/build-site.ts';
import { codeDigest } from '../site/code-digest.ts';
import { keepVoikkoOpen } from '../search/voikko.ts';
import type { BuildReply, BuildRequest } from './worker-messages.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What this process runs: its modules and the installed packages (layouts are read afresh per build). */
const LOADED_CODE = ['scripts', '.eleventy.ts', 'package-lock.json'] as const;

const args = parseBuildArgs(process.argv.slice(2));
if (args.kind !== 'build' || !process.send) {
  console.error(`build worker: npm run serve starts it, with an IPC channel and build:site's arguments\n\n${BUILD_USAGE}`);
  process.exit(EXIT_USAGE);
}
const options = args.options;
keepVoikkoOpen();
const loaded = await codeDigest(REPO_ROOT, {}, LOADED_CODE);
const reply = (message: BuildReply, then: () => void = () => {}): void => void process.send!(message, then);

process.on('disconnect', () => process.exit(0));
process.on('message', (request: BuildRequest) => {
  if (request.kind !== 'build') return;
  void (async () => {
    if ((await codeDigest(REPO_ROOT, {}, LOADED_CODE)) !== loaded) {
      // Disconnecting ends the process (below) once the answer is sent.
      reply({ kind: 'stale' }, () => process.disconnect());
      return;
    }
    try {
      const { exitCode, errors } = await buildSite(options, { info: console.log, warn: console.warn, error: console.error });
      reply({ kind: 'built', exitCode, errors });
    } catch (error) {
      // Not a failed build but a fault (an unreadable folder, a bug): reported as a failed build, and
      // the worker stays up for the next change.
      const line = `build:site: the build failed: ${(error as Error).stack ?? String(error)}`;
      console.error(line);
      reply({ kind: 'built', exitCode: EXIT_INVALID_RELEASES, errors: [line] });
    }
  })();
});
