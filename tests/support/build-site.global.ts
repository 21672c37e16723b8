// Builds the site once from the built-in corpus before the browser tests run.
// Replaced by the site work: until then it only checks that a dist/ exists.
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (!existsSync('dist/index.html')) {
    console.warn('[e2e] dist/index.html missing: run "npm run build" first.');
  }
}
