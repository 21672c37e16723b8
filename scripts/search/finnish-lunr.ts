// lunr with lunr-languages' Finnish pipeline, loaded in Node exactly as the browser loads it
// (lunr.js, then lunr.stemmer.support.js, then lunr.fi.js), so build and query share one pipeline.
import { createRequire } from 'node:module';
import type lunrType from 'lunr';

const require = createRequire(import.meta.url);

export type Lunr = typeof lunrType & {
  fi: {
    trimmer: lunrType.PipelineFunction;
    stemmer: lunrType.PipelineFunction;
    stopWordFilter: lunrType.PipelineFunction;
  };
};

function loadFinnishLunr(): Lunr {
  const lunr = require('lunr') as Lunr;
  if (!('fi' in lunr)) {
    (require('lunr-languages/lunr.stemmer.support.js') as (l: unknown) => void)(lunr);
    (require('lunr-languages/lunr.fi.js') as (l: unknown) => void)(lunr);
  }
  return lunr;
}

export const lunr: Lunr = loadFinnishLunr();

/** The browser files shipped as assets, in load order (paths inside node_modules). */
export const LUNR_BROWSER_FILES = [
  'lunr/lunr.min.js',
  'lunr-languages/min/lunr.stemmer.support.min.js',
  'lunr-languages/min/lunr.fi.min.js',
] as const;
