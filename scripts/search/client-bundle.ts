// The browser engine is a folder of small classic scripts (client/engine/*.js), each adding one module
// to a shared `haku` object. The build concatenates them into one classic script, part of the page's
// assets/haku/haku.js (page-bundle.ts; no ES modules, so the page works from file://); Node evaluates
// the same bundle, so the index build, the tests and the bench run exactly the code the browser runs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Engine modules in dependency order (each reads only modules before it). */
export const ENGINE_MODULES = [
  'constants.js',
  'words.js',
  'query.js',
  'postings.js',
  'dictionary.js',
  'phrases.js',
  'ranking.js',
  'snippets.js',
  'engine.js',
] as const;

// A path, not a URL object: DOM test environments replace the global URL.
const MODULE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'client', 'engine');

/**
 * The engine as one classic script: assigns the facade to `self.UudistusHakuEngine` in a browser,
 * and to `module.exports` (the whole `haku` object) where a `module` is given.
 */
export function engineBundleSource(): string {
  const body = ENGINE_MODULES.map((file) => `// ---- ${file}\n${readFileSync(join(MODULE_DIR, file), 'utf8')}`).join('\n');
  return (
    `// Uudistusarkisto search engine: scripts/search/client/engine/*.js concatenated by the site build.\n` +
    `(function (root) {\n'use strict';\nvar haku = {};\n${body}\n` +
    `if (typeof module === 'object' && module && module.exports) module.exports = haku;\n` +
    `else root[haku.constants.GLOBALS.engine] = haku.engine;\n` +
    `})(typeof self !== 'undefined' ? self : this);\n`
  );
}

export interface CodecConstants {
  VARINT_MORE: string;
  VARINT_LAST: string;
  WEIGHT_DIGITS: string;
  WEIGHT_BASE: number;
  WEIGHT_RATIO: number;
  FIELD_SEPARATOR: string;
  DOC_FLAGS: { national: number; scopeUnknown: number; swedish: number };
  GLOBALS: { engine: string; index: string; shards: string; keys: string; positions: string; texts: string; titles: string };
  FOLDERS: { keys: string; shards: string; positions: string; texts: string; titles: string };
}

/** The modules as Node sees them (untyped here; engine.ts gives them types). */
export interface EngineBundle {
  constants: CodecConstants;
  engine: unknown;
  words: unknown;
  postings: unknown;
}

let bundle: EngineBundle | undefined;

// The bundle is a classic script with a CommonJS branch; this package is ESM, so evaluate it as the
// browser does, with a `module` to fill.
export function loadEngineBundle(): EngineBundle {
  if (bundle === undefined) {
    const holder = { exports: {} as unknown };
    new Function('module', engineBundleSource())(holder);
    bundle = holder.exports as EngineBundle;
  }
  return bundle;
}

/** The codec constants and global names, the same object the browser reads. */
export const CODEC: CodecConstants = loadEngineBundle().constants;
