// Chooses the morphology for an index build: Voikko where installed, else the heuristic fallback
// (announced once on stderr). Caches one analysis per distinct word: archives repeat words a lot.
import { createHeuristicMorphology } from './heuristic-forms.ts';
import { openVoikko } from './voikko.ts';
import { voikkoForms } from './voikko-forms.ts';
import type { Morphology, WordForms } from './word-forms.ts';

export interface MorphologyChoice {
  morphology: Morphology;
  kind: 'voikko' | 'heuristic';
  close(): void;
}

let warned = false;

export function chooseMorphology(vocabulary: () => Iterable<string>, log = console.warn): MorphologyChoice {
  const opened = openVoikko();
  if (opened.voikko === null) {
    if (!warned) {
      log(
        `[search] Voikko not available (${opened.reason}): indexing with the built-in suffix and ` +
          'compound heuristics; Finnish recall is lower. Install libvoikko1 and voikko-fi.',
      );
      warned = true;
    }
    return { morphology: cached(createHeuristicMorphology(vocabulary())), kind: 'heuristic', close() {} };
  }
  const voikko = opened.voikko;
  const partBases = cachedList((part: string) =>
    voikko.analyze(part).map((a) => a.baseForm).filter((b) => b !== ''),
  );
  const morphology = cached((word: string) => voikkoForms(voikko.analyze(word), word, partBases));
  return { morphology, kind: 'voikko', close: () => voikko.close() };
}

function cached(fn: Morphology): Morphology {
  const memo = new Map<string, WordForms>();
  return (word) => {
    let forms = memo.get(word);
    if (forms === undefined) {
      forms = fn(word);
      memo.set(word, forms);
    }
    return forms;
  };
}

function cachedList(fn: (word: string) => string[]): (word: string) => string[] {
  const memo = new Map<string, string[]>();
  return (word) => {
    let list = memo.get(word);
    if (list === undefined) {
      list = fn(word);
      memo.set(word, list);
    }
    return list;
  };
}
