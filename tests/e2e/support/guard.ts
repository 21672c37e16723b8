// Fails a browser test on any request that leaves this machine's copy of the site: only file: URLs
// and the test's own 127.0.0.1 server are allowed. Also collects console errors (CSP violations).
import type { BrowserContext, Page } from 'playwright-core';

export interface Guard {
  /** Requests to other hosts, each aborted. */
  foreign: string[];
  /** Console errors and page errors, e.g. "Refused to load … Content Security Policy". */
  errors: string[];
  watch(page: Page): void;
}

export async function guardContext(context: BrowserContext): Promise<Guard> {
  const guard: Guard = {
    foreign: [],
    errors: [],
    watch(page) {
      page.on('console', (message) => {
        if (message.type() === 'error') guard.errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => guard.errors.push(`${page.url()}: ${error.message}`));
    },
  };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.protocol === 'file:' || url.protocol === 'data:' || url.hostname === '127.0.0.1';
    if (local) return route.continue();
    guard.foreign.push(url.href);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => guard.watch(page));
  return guard;
}
