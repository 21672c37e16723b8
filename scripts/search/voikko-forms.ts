// Base forms and compound parts from Voikko's analyses. Pure: the analyses come in as data.
import type { WordAnalysis } from './word-analysis.ts';
import type { WordForms } from './word-forms.ts';

// Proper names are not split: "Pirkanmaa" is not about "maa".
const PROPER_NAME_CLASSES = new Set(['paikannimi', 'etunimi', 'sukunimi', 'nimi']);
const MIN_PART_LENGTH = 3;

// [ending of a compound's first part, base-form ending, example]: a first part Voikko cannot read alone.
export const COMPOUND_HEAD_RULES: [RegExp, string, string][] = [
  [/is$/, 'inen', 'väliaikais(hallinto) → väliaikainen'],
  [/(ä|a)llis$/, '$1llinen', 'valtakunnallis(tavoite) → valtakunnallinen'],
];

/** Base forms of a compound's first part by COMPOUND_HEAD_RULES (empty when none applies). */
export function compoundHeadBases(part: string): string[] {
  const rule = COMPOUND_HEAD_RULES.find(([ending]) => ending.test(part));
  return rule ? [part.replace(rule[0], rule[1])] : [];
}

/**
 * A name has no common-noun reading (one outside the name classes, written in lower case: STRUCTURE
 * "=ppp…"). "Pirkanmaa" is not split (its noun reading is capitalised, "=ipp…"); "maakuntahallitus",
 * also read as the name of a body, is.
 */
export function isProperName(analyses: WordAnalysis[]): boolean {
  return !analyses.some((a) => !PROPER_NAME_CLASSES.has(a.wordClass) && !a.structure.startsWith('=i'));
}

/** Splits a word at the part boundaries ("=") of a STRUCTURE string: "kasvu", "palvelu", "pilotit". */
export function surfaceParts(word: string, structure: string): string[] {
  const parts: string[] = [];
  let current = '';
  let at = 0;
  for (const mark of structure) {
    if (mark === '=') {
      if (current) parts.push(current);
      current = '';
    } else {
      current += word.charAt(at);
      at++;
    }
  }
  if (current) parts.push(current);
  return parts.join('') === word ? parts : [word];
}

/**
 * The parts in base form: every part but the last is written as in the text; the last one takes its
 * base form from the whole word's BASEFORM ("kasvupalvelupilotti" minus "kasvupalvelu").
 */
export function baseParts(parts: string[], baseForm: string): string[] {
  const lowerBase = baseForm.toLowerCase();
  const lowerParts = parts.map((p) => p.toLowerCase());
  const head = lowerParts.slice(0, -1).join('');
  if (parts.length < 2 || !lowerBase.startsWith(head) || lowerBase.length <= head.length) return lowerParts;
  return [...lowerParts.slice(0, -1), lowerBase.slice(head.length)];
}

/** Every run of consecutive parts shorter than the whole: heads, tails and middles. */
export function partRuns(parts: string[]): string[] {
  const runs: string[] = [];
  for (let from = 0; from < parts.length; from++) {
    for (let to = from + 1; to <= parts.length; to++) {
      if (to - from === parts.length) continue;
      const run = parts.slice(from, to).join('');
      if (run.length >= MIN_PART_LENGTH) runs.push(run);
    }
  }
  return runs;
}

/**
 * Forms of a word from its analyses. `partBases` gives the base forms of a single non-final part
 * ("valinnan" → "valinta"), looked up by the caller (with its cache).
 */
export function voikkoForms(
  analyses: WordAnalysis[],
  word: string,
  partBases: (part: string) => string[],
): WordForms {
  const bases = new Set<string>();
  const parts = new Set<string>();
  const properName = isProperName(analyses);
  let tail: string | undefined;
  let tails: string[] | undefined;
  for (const analysis of analyses) {
    if (analysis.baseForm) bases.add(analysis.baseForm.toLowerCase());
    if (properName) continue;
    const surface = surfaceParts(word, analysis.structure);
    if (surface.length < 2) continue;
    tail ??= surface[surface.length - 1];
    // "terveyden|huolto|palvelut": "huoltopalvelut", "palvelut".
    tails ??= surface.slice(1).map((_, k) => surface.slice(k + 1).join(''));
    const inBaseForm = baseParts(surface, analysis.baseForm);
    for (const run of partRuns(inBaseForm)) parts.add(run);
    for (const part of surface.slice(0, -1)) {
      if (part.length < MIN_PART_LENGTH) continue;
      for (const base of partBases(part)) parts.add(base.toLowerCase());
    }
    // A head of several parts gets its base form by the head rules too: "väli|aikais|hallinnosta"
    // is about "väliaikainen", which neither "väli" nor "aikais" alone says.
    for (let end = 2; end < surface.length; end++) {
      for (const base of compoundHeadBases(surface.slice(0, end).join('').toLowerCase())) parts.add(base);
    }
  }
  const lower = word.toLowerCase();
  bases.delete(lower);
  const forms: WordForms = { bases: [...bases], parts: [...parts].filter((p) => p !== lower && !bases.has(p)) };
  if (tail !== undefined) forms.tail = tail;
  if (tails !== undefined) forms.tails = tails;
  return forms;
}
