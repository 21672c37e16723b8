// One Chromium (and, when asked, one static server) per browser-test suite: launched in beforeAll with
// the project's flags, closed in afterAll. The suites read the browser and the server's address from
// the returned session inside their tests, once beforeAll has run.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launchChromium } from './chromium.ts';

export interface ChromiumSessionOptions {
  /** The built site to serve over http: a folder, or a function giving it (called in beforeAll, e.g. a build). Default: no server. */
  serve?: string | (() => string);
  /** The sub-path the site is served under, as a host would with a project site. Default '/arkisto/'. */
  under?: string;
}

export interface ChromiumSession {
  readonly browser: Browser;
  /** The served folder. */
  readonly root: string;
  /** The http address of the served folder, ending in the sub-path, e.g. "http://127.0.0.1:41234/arkisto/". */
  readonly url: string;
  /** The file:// address of `relative` inside the served folder; of the folder itself (ending in '/') without it. */
  fileUrl(relative?: string): string;
}

export function chromiumSession({ serve, under = '/arkisto/' }: ChromiumSessionOptions = {}): ChromiumSession {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let root: string | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
    if (serve === undefined) return;
    root = typeof serve === 'function' ? serve() : serve;
    server = await serveStatic(root, under);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A value beforeAll sets: read before it (or, for the server, without `serve`) is a mistake in the suite. */
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`chromiumSession: no ${what} (read before beforeAll, or not asked for)`);
    return value;
  };
  return {
    get browser() {
      return ready(browser, 'browser');
    },
    get root() {
      return ready(root, 'served folder');
    },
    get url() {
      return ready(server, 'server').url;
    },
    fileUrl: (relative = '') => pathToFileURL(path.join(ready(root, 'served folder'), relative || path.sep)).href,
  };
}
