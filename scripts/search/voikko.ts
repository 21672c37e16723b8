// Voikko (libvoikko + voikko-fi) through the koffi FFI: the only I/O edge of the morphology.
// C API (libvoikko voikko.h): voikkoInit, voikkoAnalyzeWordCstr returns a NULL-terminated array of
// analyses, voikko_mor_analysis_value_cstr reads one attribute, and both have matching free calls.
import { createRequire } from 'node:module';
import type { WordAnalysis } from './word-analysis.ts';

const require = createRequire(import.meta.url);

export interface Voikko {
  analyze(word: string): WordAnalysis[];
  close(): void;
}

const POINTER_SIZE = 8;

/** Opens Voikko's Finnish dictionary, or returns null (with the reason) where it is not installed. */
export function openVoikko(): { voikko: Voikko } | { voikko: null; reason: string } {
  if (process.env.SEARCH_NO_VOIKKO === '1') return { voikko: null, reason: 'SEARCH_NO_VOIKKO=1' };
  try {
    if (!keepOpen) return { voikko: bindVoikko() };
    kept ??= rememberingAnalyses(bindVoikko());
    return { voikko: kept };
  } catch (error) {
    return { voikko: null, reason: error instanceof Error ? error.message : String(error) };
  }
}

let keepOpen = false;
let kept: Voikko | undefined;

/**
 * For a process that builds the index again and again (serve's build worker): from now on openVoikko
 * gives one handle, never closed, that remembers every word's analyses. A word's analyses depend only
 * on the dictionary, so they hold for every later build; a one-build process does not pay the memory.
 */
export function keepVoikkoOpen(): void {
  keepOpen = true;
}

/** Whether keepVoikkoOpen was called (a worker thread of this process is told to do the same). */
export function voikkoKeptOpen(): boolean {
  return keepOpen;
}

function rememberingAnalyses(voikko: Voikko): Voikko {
  const analysed = new Map<string, WordAnalysis[]>();
  return {
    analyze(word: string): WordAnalysis[] {
      let analyses = analysed.get(word);
      if (analyses === undefined) {
        analyses = voikko.analyze(word);
        analysed.set(word, analyses);
      }
      return analyses;
    },
    close(): void {
      // Kept for the next build; the process's end releases it.
    },
  };
}

let boundLibrary: ReturnType<typeof bindLibrary> | undefined;

// koffi registers type names globally: bind the library once per process, open handles many times.
function bindLibrary() {
  const koffi = require('koffi') as typeof import('koffi');
  const lib = koffi.load('libvoikko.so.1');
  koffi.opaque('VoikkoHandle');
  const init = lib.func('VoikkoHandle *voikkoInit(_Out_ const char **error, const char *langcode, const char *path)');
  const terminate = lib.func('void voikkoTerminate(VoikkoHandle *handle)');
  const analyzeWord = lib.func('void **voikkoAnalyzeWordCstr(VoikkoHandle *handle, const char *word)');
  const valueOf = lib.func('void *voikko_mor_analysis_value_cstr(void *analysis, const char *key)');
  const freeValue = lib.func('void voikko_free_mor_analysis_value_cstr(void *value)');
  const freeAnalyses = lib.func('void voikko_free_mor_analysis(void **analyses)');
  return { koffi, init, terminate, analyzeWord, valueOf, freeValue, freeAnalyses };
}

function bindVoikko(): Voikko {
  boundLibrary ??= bindLibrary();
  const { koffi, init, terminate, analyzeWord, valueOf, freeValue, freeAnalyses } = boundLibrary;

  const error: (string | null)[] = [null];
  const handle: unknown = init(error, 'fi', null);
  if (!handle) throw new Error(`voikkoInit failed: ${error[0] ?? 'no Finnish dictionary (voikko-fi)'}`);

  function attribute(analysis: unknown, key: string): string {
    const value: unknown = valueOf(analysis, key);
    if (!value) return '';
    const text = koffi.decode(value, 'char', -1) as string;
    freeValue(value);
    return text;
  }

  return {
    analyze(word: string): WordAnalysis[] {
      const list: unknown = analyzeWord(handle, word);
      if (!list) return [];
      const analyses: WordAnalysis[] = [];
      for (let i = 0; ; i++) {
        const analysis: unknown = koffi.decode(list, i * POINTER_SIZE, 'void *');
        if (!analysis) break;
        analyses.push({
          baseForm: attribute(analysis, 'BASEFORM'),
          structure: attribute(analysis, 'STRUCTURE'),
          wordClass: attribute(analysis, 'CLASS'),
        });
      }
      freeAnalyses(list);
      return analyses;
    },
    close(): void {
      terminate(handle);
    },
  };
}
