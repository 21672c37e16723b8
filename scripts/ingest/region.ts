// The one region a release is about, from the regions and municipalities it names.
//
// Scoring (numbers in data/region-scoring.ts): every mention scores by where it stands — title 3,
// preamble (a dateline's place, "Juuka 8.6.2015") and lead paragraph 2, elsewhere 1 — halved in a
// sentence that marks it as made in passing ("… myös Satakunnan kanssa", "esimerkiksi Lapissa"); a
// municipality scores for its region like the region's own name. The best region wins only when it
// stands out: at least MIN_SCORE and at least DOMINANCE times the runner-up, so a neighbour mentioned
// in passing does not decide, and a release naming several regions evenly gets null.
import {
  DOMINANCE,
  MENTION_WEIGHT,
  MIN_SCORE,
  PASSING_FACTOR,
  PASSING_MARKERS,
} from './data/region-scoring.ts';
import { findPlaceMentions } from './place-names.ts';
import type { CleanedSource, RegionName } from './types.ts';

function sentenceAt(text: string, index: number): string {
  const start = Math.max(0, ...['. ', '! ', '? ', '\n'].map((b) => text.lastIndexOf(b, index) + 1));
  const ends = ['. ', '! ', '? ', '\n'].map((b) => text.indexOf(b, index)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length).toLowerCase();
}

function inPassing(text: string, index: number): boolean {
  // Each word as written and without a sentence-final period ("kanssa." is "kanssa"; "esim." stays).
  const words = sentenceAt(text, index)
    .split(/[\s,;:()”"!?]+/u)
    .flatMap((word) => [word, word.replace(/\.$/u, '')]);
  return PASSING_MARKERS.some((marker) =>
    marker.includes(' ') ? sentenceAt(text, index).includes(marker) : words.includes(marker),
  );
}

/** Score of each region named in a release. */
export function scoreRegions(source: CleanedSource): Map<RegionName, number> {
  const parts: [string, number][] = [
    [source.title, MENTION_WEIGHT.title],
    ...source.preamble.map((line): [string, number] => [line, MENTION_WEIGHT.preamble]),
    ...source.paragraphs.map((p, i): [string, number] => [
      p,
      i === 0 ? MENTION_WEIGHT.lead : MENTION_WEIGHT.body,
    ]),
  ];
  const scores = new Map<RegionName, number>();
  for (const [text, weight] of parts) {
    for (const mention of findPlaceMentions(text)) {
      const score = inPassing(text, mention.index) ? weight * PASSING_FACTOR : weight;
      scores.set(mention.region, (scores.get(mention.region) ?? 0) + score);
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
