// lunr with lunr-languages' Finnish and Swedish pipelines, loaded in Node exactly as the browser loads
// them (lunr.js, lunr.stemmer.support.js, lunr.fi.js, lunr.sv.js), so build and query share them.
import { createRequire } from 'node:module';
import type lunrType from 'lunr';

const require = createRequire(import.meta.url);

export type Lunr = typeof lunrType & {
  fi: LanguagePipeline;
  sv: LanguagePipeline;
};

interface LanguagePipeline {
  trimmer: lunrType.PipelineFunction;
  stemmer: lunrType.PipelineFunction;
  stopWordFilter: lunrType.PipelineFunction;
}

function loadFinnishLunr(): Lunr {
  const lunr = require('lunr') as Lunr;
  if (!('fi' in lunr)) {
    (require('lunr-languages/lunr.stemmer.support.js') as (l: unknown) => void)(lunr);
    (require('lunr-languages/lunr.fi.js') as (l: unknown) => void)(lunr);
  }
  if (!('sv' in lunr)) (require('lunr-languages/lunr.sv.js') as (l: unknown) => void)(lunr);
  return lunr;
}

export const lunr: Lunr = loadFinnishLunr();

/** The browser files shipped as assets, in load order (paths inside node_modules). */
export const LUNR_BROWSER_FILES = [
  'lunr/lunr.min.js',
  'lunr-languages/min/lunr.stemmer.support.min.js',
  'lunr-languages/min/lunr.fi.min.js',
  'lunr-languages/min/lunr.sv.min.js',
] as const;
