// Scope and region together: a release is national (about the whole country; region null), regional
// (about the one region region.ts finds), or unknown (null) with a review note when the evidence is
// weak. Rules in data/scope-markers.ts. Order:
// 1. a national body as publisher (byline in the preamble or above the lead) → national;
// 2. a region with evidence in the title, a dateline or the lead (region.ts) → regional;
// 3. national content in the title, the labels above it or the lead (all regions, elections, the
//    government as actor, regions in the plural), or MANY_REGIONS regions named without evidence →
//    national;
// 4. exactly one region named plainly, in a text about "the region" (OWN_REGION_WORDS) → regional;
// 5. otherwise null, and a review item when some region was named.
import {
  MANY_REGIONS,
  NATIONAL_CONTENT_RULES,
  OWN_REGION_MIN,
  OWN_REGION_WORDS,
  PUBLISHER_RULES,
} from './data/scope-markers.ts';
import { leadIndex, leadIndices } from './lead.ts';
import { extractRegion, inPassing, scoreRegions } from './region.ts';
import type { CleanedSource, RegionName } from './types.ts';
import type { ReviewItem, Scope } from '../lib/release-schema.ts';

export interface Placement {
  scope: Scope | null;
  region: RegionName | null;
  review: ReviewItem[];
  /** Why, in a few words (for --explain). */
  reason: string;
}

/** Short lines a byline may stand on: the preamble and the lines of blocks above the lead. */
function bylineLines(source: CleanedSource): string[] {
  const lead = Math.max(0, leadIndex(source.paragraphs));
  const above = source.paragraphs.slice(0, lead).flatMap((p) => p.split('\n'));
  return [...source.preamble, ...above].map((line) => line.trim()).filter((line) => line.length <= 100);
}

export function nationalPublisher(source: CleanedSource): string | null {
  for (const line of bylineLines(source)) {
    const rule = PUBLISHER_RULES.find((r) => r.pattern.test(line));
    if (rule) return `${rule.name}: "${line}"`;
  }
  return null;
}

/** A match that is not in a sentence marking it as a partner or example ("ministeriön kanssa"). */
function plainMatch(pattern: RegExp, text: string): boolean {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(global)].some((m) => !inPassing(text, m.index));
}

export function nationalContent(source: CleanedSource, regionsNamed: number): string | null {
  // The lead's two paragraphs and any short block above them (a standfirst, a subheading).
  const last = leadIndices(source.paragraphs, 2).at(-1) ?? -1;
  const lead = source.paragraphs.slice(0, last + 1);
  for (const rule of NATIONAL_CONTENT_RULES) {
    const withLead = rule.where === 'lead' || (rule.where === 'lead-without-region' && regionsNamed === 0);
    const texts = withLead ? [source.title, ...source.preamble, ...lead] : [source.title];
    if (texts.some((text) => plainMatch(rule.pattern, text))) return rule.name;
  }
  return null;
}

function ownRegion(source: CleanedSource, scores: ReturnType<typeof scoreRegions>): RegionName | null {
  const named = [...scores];
  if (named.length !== 1 || !named[0]?.[1].plain) return null;
  const text = [source.title, ...source.paragraphs].join('\n');
  return [...text.matchAll(OWN_REGION_WORDS)].length >= OWN_REGION_MIN ? named[0][0] : null;
}

export function extractPlacement(source: CleanedSource): Placement {
  const publisher = nationalPublisher(source);
  if (publisher) return { scope: 'national', region: null, review: [], reason: `published by ${publisher}` };
  const region = extractRegion(source);
  if (region) return { scope: 'regional', region, review: [], reason: `${region} named in the title, a dateline or the lead` };
  const scores = scoreRegions(source);
  const named = [...scores.keys()];
  const content = nationalContent(source, named.length);
  if (content) return { scope: 'national', region: null, review: [], reason: `national content: ${content}` };
  if (named.length >= MANY_REGIONS) {
    return { scope: 'national', region: null, review: [], reason: `${named.length} regions named, none with evidence` };
  }
  const own = ownRegion(source, scores);
  if (own) return { scope: 'regional', region: own, review: [], reason: `the only region named, in a text about "the region"` };
  if (named.length === 0) return { scope: null, region: null, review: [], reason: 'no region named' };
  const reason = `names ${named.join(', ')}, but not in the title, a dateline or the lead, or not one above the others`;
  return { scope: null, region: null, review: [{ field: 'region', reason }], reason };
}
