// The search page's own client (URL state, result tools, CSV, rendering, the controller) is a folder
// of small classic scripts (client/*.js), each adding one module to a shared `ui` object, like the
// engine (client-bundle.ts). The build concatenates them, after lunr and the engine, into
// assets/haku/haku.js (page-bundle.ts): no ES modules, so the page works from file://. Node and the DOM tests evaluate the same bundle.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** UI modules in dependency order (each reads only modules before it); haku.js starts the page. */
export const UI_MODULES = ['strings.js', 'url-state.js', 'result-tools.js', 'csv.js', 'render.js', 'haku.js'] as const;

// A path, not a URL object: DOM test environments replace the global URL.
const MODULE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'client');

/**
 * The UI as one classic script. In a browser it sets `self.UudistusHakuUi` and starts the page
 * controller (which does nothing on a page without the search); where a `module` is given, it
 * exports the `ui` object instead and starts nothing.
 */
export function uiBundleSource(): string {
  const body = UI_MODULES.map((file) => `// ---- ${file}\n${readFileSync(join(MODULE_DIR, file), 'utf8')}`).join('\n');
  return (
    `// Uudistusarkisto search page: scripts/search/client/*.js concatenated by the site build.\n` +
    `(function (root) {\n'use strict';\nvar ui = {};\n${body}\n` +
    `if (typeof module === 'object' && module && module.exports) module.exports = ui;\n` +
    `else {\n  root.UudistusHakuUi = ui;\n  ui.start(root);\n}\n` +
    `})(typeof self !== 'undefined' ? self : this);\n`
  );
}

/** The UI modules as Node sees them (untyped; the tests give the parts they use types). */
export function loadUiBundle(): Record<string, unknown> {
  const holder = { exports: {} as Record<string, unknown> };
  new Function('module', uiBundleSource())(holder);
  return holder.exports;
}
