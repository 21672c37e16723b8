// Recognises region and municipality names in running Finnish text, in any inflected form. Shared by
// region.ts and places.ts so both read place names the same way.
import type { RegionName } from '../data/regions.ts';
import { MUNICIPALITY_REGION } from './data/municipalities.ts';
import {
  AMBIGUOUS_NAMES,
  CASE_ENDINGS,
  EXTRA_STEMS,
  GRADATION_RULES,
  REGION_STEMS,
} from './data/place-stems.ts';

export interface PlaceMention {
  /** Nominative name of the region or municipality. */
  name: string;
  kind: 'region' | 'municipality';
  /** The region itself, or the region the municipality belonged to. */
  region: RegionName;
  /** Offset of the mention in the text searched. */
  index: number;
  /** The word form as written, e.g. "Lahdessa". */
  text: string;
}

interface StemOwner {
  name: string;
  kind: PlaceMention['kind'];
  region: RegionName;
}

function municipalityStems(name: string): string[] {
  const stems = [name, ...(EXTRA_STEMS[name] ?? [])];
  // Case-insensitive, so a name that is the whole suffix ("Lahti") gets its stems too ("Lahde").
  const rule = GRADATION_RULES.find(([suffix]) => name.toLowerCase().endsWith(suffix));
  if (rule) {
    for (const oblique of rule[1]) {
      const stem = name.slice(0, -rule[0].length) + oblique;
      stems.push(stem.charAt(0).toUpperCase() + stem.slice(1));
    }
  }
  return stems;
}

function buildStemTable(): Map<string, StemOwner> {
  const table = new Map<string, StemOwner>();
  for (const [name, region] of MUNICIPALITY_REGION) {
    for (const stem of municipalityStems(name))
      table.set(stem, { name, kind: 'municipality', region });
  }
  // Regions last: where a region and a municipality share a stem, the region is meant.
  for (const [region, stems] of Object.entries(REGION_STEMS)) {
    for (const stem of stems) {
      table.set(stem, { name: region, kind: 'region', region: region as RegionName });
    }
  }
  return table;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const byLengthDesc = (a: string, b: string): number => b.length - a.length || a.localeCompare(b);

const STEMS = buildStemTable();
const STEM_ALTERNATIVES = [...STEMS.keys()].sort(byLengthDesc).map(escape).join('|');
const ENDING_ALTERNATIVES = [...new Set(CASE_ENDINGS)].filter(Boolean).sort(byLengthDesc).join('|');
// A name starts where no letter, digit or hyphen stands before it (so "Pohjanmaa" is not found inside
// "Etelä-Pohjanmaan") and ends where no letter follows (so "Pirkanmaa2019" and "Pirkanmaa-sopimus"
// count, "Oulunkylä" does not).
const PLACE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}@.-])(${STEM_ALTERNATIVES})(?:${ENDING_ALTERNATIVES})?(?:kin)?(?!\\p{L})`,
  'gu',
);

const SENTENCE_START = /(?:^|[.!?:;"”»•–\n]|\s-)\s*$/u;
const CAPITALISED_WORD_BEFORE = /\p{Lu}\p{Ll}+\s+$/u;
const CAPITALISED_WORD_AFTER = /^\s+\p{Lu}/u;

function ambiguousInContext(text: string, index: number, end: number): boolean {
  const before = text.slice(0, index);
  const after = text.slice(end);
  return (
    SENTENCE_START.test(before) ||
    CAPITALISED_WORD_BEFORE.test(before) ||
    CAPITALISED_WORD_AFTER.test(after)
  );
}

/** Every region and municipality mention in `text`, in order. */
export function findPlaceMentions(text: string): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const match of text.matchAll(PLACE_PATTERN)) {
    const stem = match[1] ?? '';
    const owner = STEMS.get(stem);
    if (!owner) continue;
    const end = match.index + match[0].length;
    if (
      owner.kind === 'municipality' &&
      AMBIGUOUS_NAMES.has(owner.name) &&
      ambiguousInContext(text, match.index, end)
    ) {
      continue;
    }
    mentions.push({ ...owner, index: match.index, text: match[0] });
  }
  return mentions;
}
