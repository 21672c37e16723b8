// The one region a release is about, from the regions and municipalities it names.
//
// Scoring: every mention scores by where it stands — title 3, lead paragraph 2, elsewhere 1 — and a
// municipality scores for its region like the region's own name. The best region wins only when it
// stands out: at least MIN_SCORE (one mention in the title or lead, or two in the body) and at least
// DOMINANCE times the runner-up, so a neighbour mentioned in passing does not decide, and a release
// naming several regions evenly (a national or joint release) gets null.
import { findPlaceMentions } from './place-names.ts';
import type { CleanedSource, RegionName } from './types.ts';

const WEIGHT = { title: 3, lead: 2, body: 1 } as const;
const MIN_SCORE = 2;
const DOMINANCE = 2;

/** Score of each region named in a release. */
export function scoreRegions(source: CleanedSource): Map<RegionName, number> {
  const parts: [string, number][] = [
    [source.title, WEIGHT.title],
    ...source.paragraphs.map((p, i): [string, number] => [p, i === 0 ? WEIGHT.lead : WEIGHT.body]),
  ];
  const scores = new Map<RegionName, number>();
  for (const [text, weight] of parts) {
    for (const mention of findPlaceMentions(text)) {
      scores.set(mention.region, (scores.get(mention.region) ?? 0) + weight);
    }
  }
  return scores;
}

export function extractRegion(source: CleanedSource): RegionName | null {
  const ranked = [...scoreRegions(source)].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SCORE) return null;
  if (second && best[1] < DOMINANCE * second[1]) return null;
  return best[0];
}
