// Chooses the morphology for an index build: Voikko where installed, else the heuristic fallback
// (announced once on stderr). Caches one analysis per distinct word: archives repeat words a lot.
import { createHeuristicMorphology } from './heuristic-forms.ts';
import { openVoikko } from './voikko.ts';
import { compoundHeadBases, isProperName, voikkoForms } from './voikko-forms.ts';
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
  const partBases = cached((part: string) => {
    const bases = voikko.analyze(part).map((a) => a.baseForm).filter((b) => b !== '');
    return bases.length > 0 ? bases : compoundHeadBases(part);
  });
  // Words Voikko does not know ("sote", "soteuudistuksen", names, Swedish) get the fallback's suffix
  // rules and compound splitter, so they still have base forms and parts.
  let fallback: Morphology | undefined;
  const morphology = cached((word: string) => {
    const analyses = voikko.analyze(word);
    fallback ??= createHeuristicMorphology(vocabulary());
    if (analyses.length === 0) return fallback(word);
    const forms = voikkoForms(analyses, word, partBases);
    // Voikko keeps some compounds whole ("maakuntahallitus"): split those by the archive's words.
    if (forms.parts.length === 0 && !isProperName(analyses)) {
      const guessed = fallback(word);
      return guessed.tail === undefined ? forms : { ...forms, parts: guessed.parts, tail: guessed.tail, tails: guessed.tails ?? [guessed.tail] };
    }
    return forms;
  });
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
