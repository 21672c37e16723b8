// Recognises region and municipality names in running Finnish text, in any inflected form, and their
// Swedish names (Statistics Finland's Swedish names, see data/municipality-names-sv.ts) with the
// Swedish genitive and area compounds. Shared by region.ts and places.ts so both read place names the
// same way. A Swedish mention reports the Finnish name: one identity per place.
import { REGIONS, type RegionName } from '../data/regions.ts';
import { MUNICIPALITY_REGION } from './data/municipalities.ts';
import { AMBIGUOUS_SWEDISH_NAMES, SWEDISH_MUNICIPALITY_NAMES } from './data/municipality-names-sv.ts';
import {
  AMBIGUOUS_NAMES,
  CASE_ENDINGS,
  EXTRA_STEMS,
  EXTRA_SWEDISH_REGION_STEMS,
  GRADATION_RULES,
  REGION_STEMS,
  SWEDISH_AREA_SUFFIXES,
  SWEDISH_ENDINGS,
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
  /** Also a word, first name or surname: counted only where no capitalised word stands beside it. */
  ambiguous: boolean;
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
      table.set(stem, { name, kind: 'municipality', region, ambiguous: AMBIGUOUS_NAMES.has(name) });
  }
  // Regions last: where a region and a municipality share a stem, the region is meant.
  for (const [region, stems] of Object.entries(REGION_STEMS)) {
    for (const stem of stems) {
      table.set(stem, { name: region, kind: 'region', region: region as RegionName, ambiguous: false });
    }
  }
  return table;
}

function buildSwedishTable(): Map<string, StemOwner> {
  const table = new Map<string, StemOwner>();
  for (const [swedish, finnish] of Object.entries(SWEDISH_MUNICIPALITY_NAMES)) {
    const region = MUNICIPALITY_REGION.get(finnish);
    if (!region) throw new Error(`Swedish name ${swedish}: unknown municipality ${finnish}`);
    table.set(swedish, { name: finnish, kind: 'municipality', region, ambiguous: AMBIGUOUS_SWEDISH_NAMES.has(swedish) });
  }
  for (const { name, sv } of REGIONS) {
    for (const stem of [sv, ...(EXTRA_SWEDISH_REGION_STEMS[name] ?? [])]) {
      table.set(stem, { name, kind: 'region', region: name, ambiguous: false });
    }
  }
  return table;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const byLengthDesc = (a: string, b: string): number => b.length - a.length || a.localeCompare(b);

const STEMS = buildStemTable();
const STEM_ALTERNATIVES = [...STEMS.keys()].sort(byLengthDesc).map(escape).join('|');
const ENDING_ALTERNATIVES = [...new Set(CASE_ENDINGS)].filter(Boolean).sort(byLengthDesc).join('|');
const SWEDISH_STEMS = buildSwedishTable();
const alternatives = (words: Iterable<string>): string =>
  [...words].filter(Boolean).sort(byLengthDesc).map(escape).join('|');
// A name starts where no letter, digit or hyphen stands before it (so "Pohjanmaa" is not found inside
// "Etelä-Pohjanmaan") and ends where no letter follows (so "Pirkanmaa2019" and "Pirkanmaa-sopimus"
// count, "Oulunkylä" does not).
const PLACE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}@.-])(${STEM_ALTERNATIVES})(?:${ENDING_ALTERNATIVES})?(?:kin)?(?!\\p{L})`,
  'gu',
);
const SWEDISH_PLACE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}@.-])(${alternatives(SWEDISH_STEMS.keys())})(?:${alternatives(SWEDISH_ENDINGS)})?(?:${alternatives(SWEDISH_AREA_SUFFIXES)})?(?!\\p{L})`,
  'gu',
);

const SENTENCE_START = /(?:^|[.!?:;"”»•–\n]|\s-)\s*$/u;
const CAPITALISED_WORD_BEFORE = /\p{Lu}\p{Ll}+\s+$/u;
const CAPITALISED_WORD_AFTER = /^\s+\p{Lu}/u;

// How far around a name its context is read: enough for any word and sentence end, and a bounded
// slice keeps a long line linear (testing `$`-anchored patterns on the whole prefix was quadratic).
const CONTEXT = 200;

function ambiguousInContext(text: string, index: number, end: number): boolean {
  const before = text.slice(Math.max(0, index - CONTEXT), index);
  const after = text.slice(end, end + CONTEXT);
  return (
    SENTENCE_START.test(before) ||
    CAPITALISED_WORD_BEFORE.test(before) ||
    CAPITALISED_WORD_AFTER.test(after)
  );
}

function mentionsOf(text: string, pattern: RegExp, table: Map<string, StemOwner>): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const match of text.matchAll(pattern)) {
    const owner = table.get(match[1] ?? '');
    if (!owner) continue;
    const end = match.index + match[0].length;
    if (owner.ambiguous && ambiguousInContext(text, match.index, end)) continue;
    mentions.push({ name: owner.name, kind: owner.kind, region: owner.region, index: match.index, text: match[0] });
  }
  return mentions;
}

/** Every region and municipality mention in `text`, Finnish or Swedish, in order. */
export function findPlaceMentions(text: string): PlaceMention[] {
  const finnish = mentionsOf(text, PLACE_PATTERN, STEMS);
  const swedish = mentionsOf(text, SWEDISH_PLACE_PATTERN, SWEDISH_STEMS);
  // A name that both languages spell alike is found twice: keep the first (longer) reading.
  const all = [...finnish, ...swedish].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  // Kept when it starts after every earlier reading ends (a running maximum: linear, not quadratic).
  let reach = -1;
  return all.filter((m) => {
    const kept = reach <= m.index;
    reach = Math.max(reach, m.index + m.text.length);
    return kept;
  });
}
