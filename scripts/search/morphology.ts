// Chooses the morphology for an index build: Voikko where installed, else the heuristic fallback
// (announced once on stderr). Caches one analysis per distinct word: archives repeat words a lot.
import { createHeuristicMorphology } from './heuristic-forms.ts';
import { openVoikko } from './voikko.ts';
import { voikkoForms } from './voikko-forms.ts';
import type { Morphology, MorphologyKind } from './word-forms.ts';

export interface MorphologyChoice {
  morphology: Morphology;
  kind: MorphologyKind;
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
  const partBases = cached((part: string) =>
    voikko.analyze(part).map((a) => a.baseForm).filter((b) => b !== ''),
  );
  const morphology = cached((word: string) => voikkoForms(voikko.analyze(word), word, partBases));
  return { morphology, kind: 'voikko', close: () => voikko.close() };
}

// One analysis per distinct word: archives repeat a small vocabulary many times.
function cached<T>(fn: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) {
      value = fn(word);
      memo.set(word, value);
    }
    return value;
  };
}
