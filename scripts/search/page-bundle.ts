// The search page's one script, assets/haku/haku.js: lunr with its Finnish and Swedish pipelines
// (from node_modules, as published), the engine bundle and the page's own bundle, concatenated. From
// file:// every script file is a load of its own, and scripts added by a script only start loading
// once that script runs: one file named in the page (deferred, so it loads while the HTML is
// parsed), beside the index head, replaces six loads, four of them in a second round.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { engineBundleSource } from './client-bundle.ts';
import { LUNR_BROWSER_FILES } from './finnish-lunr.ts';
import { uiBundleSource } from './ui-bundle.ts';

const require = createRequire(import.meta.url);

/** lunr's files in load order, each ended so that the next one cannot continue its last statement. */
export function lunrSource(): string {
  return LUNR_BROWSER_FILES.map((file) => `// ---- ${file}\n${readFileSync(require.resolve(file), 'utf8')}\n;\n`).join('');
}

export function pageBundleSource(): string {
  return `${lunrSource()}${engineBundleSource()}${uiBundleSource()}`;
}
