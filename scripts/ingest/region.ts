// The one region a release is about, from the regions and municipalities it names.
//
// Scoring (numbers in data/region-scoring.ts): every mention scores by where it stands — title 3,
// preamble (a dateline's place, "Juuka 8.6.2015", a section label "Österbotten") and lead 2,
// elsewhere 1 — halved in a sentence that marks it as made in passing ("… myös Satakunnan kanssa",
// "esimerkiksi Lapissa") or in a quote; a municipality scores for its region like the region's own
// name (Swedish names too: "Vasa", "Borgå"). The best region wins only with evidence (a plain mention
// in the title, the preamble or the lead), at least MIN_SCORE, and at least DOMINANCE times the
// runner-up: a venue, an example or a quote far down never decides, and a release naming several
// regions evenly gets null.
import {
  DOMINANCE,
  MENTION_WEIGHT,
  MIN_SCORE,
  PASSING_FACTOR,
  PASSING_MARKERS,
  QUOTE_PARAGRAPH,
} from './data/region-scoring.ts';
import { leadIndex } from './lead.ts';
import { findPlaceMentions } from './place-names.ts';
import type { CleanedSource, RegionName } from './types.ts';

// The sentence around `index`, from just after the last ". ", "! ", "? " or line break at or before
// it to the next one at or after it, as [start, end). The breaks of a text are found once and looked
// up by binary search: searching back and forth from every mention was quadratic on a long line
// without breaks.
function sentenceSpan(breaks: readonly number[], index: number): [number, number] {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((breaks[mid] as number) < index) low = mid + 1;
    else high = mid;
  }
  // breaks[low] is the first break at or after index; the last one at or before it is that one
  // when it is at index, else the one before.
  const next = breaks[low];
  const previous = next === index ? next : breaks[low - 1];
  return [previous === undefined ? 0 : previous + 1, next ?? Number.POSITIVE_INFINITY];
}

interface TextSentences {
  text: string;
  breaks: number[];
  /** inPassing's verdict per sentence span ("start end"): judged once, as a long sentence costs its length. */
  passing: Map<string, boolean>;
}

let sentenceCache: TextSentences = { text: '', breaks: [], passing: new Map() };

function sentencesOf(text: string): TextSentences {
  if (sentenceCache.text !== text) {
    const breaks: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' || ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ')) breaks.push(i);
    }
    sentenceCache = { text, breaks, passing: new Map() };
  }
  return sentenceCache;
}

function sentenceInPassing(sentence: string): boolean {
  // Each word as written and without a sentence-final period ("kanssa." is "kanssa"; "esim." stays).
  const words = sentence.split(/[\s,;:()”"!?]+/u).flatMap((word) => [word, word.replace(/\.$/u, '')]);
  return PASSING_MARKERS.some((marker) => (marker.includes(' ') ? sentence.includes(marker) : words.includes(marker)));
}

export function inPassing(text: string, index: number): boolean {
  const { breaks, passing } = sentencesOf(text);
  const [start, end] = sentenceSpan(breaks, index);
  const key = `${start} ${end}`;
  let verdict = passing.get(key);
  if (verdict === undefined) {
    verdict = sentenceInPassing(text.slice(start, end).toLowerCase());
    passing.set(key, verdict);
  }
  return verdict;
}

/** A lead or dateline opening with the place in capitals ("KARLEBY Landskapet …") names it as usual. */
function uncapitalisedDateline(text: string): string {
  return text.replace(/^(\p{Lu})(\p{Lu}{2,})(?=\s)/u, (_m, first: string, rest: string) => first + rest.toLowerCase());
}

export interface RegionScore {
  score: number;
  /** A plain mention in the title, preamble or lead. */
  evidence: boolean;
  /** A plain mention anywhere (not in passing, not in a quote). */
  plain: boolean;
}

/** Score of each region named in a release. */
export function scoreRegions(source: CleanedSource): Map<RegionName, RegionScore> {
  const lead = leadIndex(source.paragraphs);
  const parts: [string, number, boolean][] = [
    [source.title, MENTION_WEIGHT.title, true],
    ...source.preamble.map((line): [string, number, boolean] => [line, MENTION_WEIGHT.preamble, true]),
    ...source.paragraphs.map((p, i): [string, number, boolean] =>
      i === lead ? [uncapitalisedDateline(p), MENTION_WEIGHT.lead, true] : [p, MENTION_WEIGHT.body, false],
    ),
  ];
  const scores = new Map<RegionName, RegionScore>();
  for (const [text, weight, evidencePlace] of parts) {
    const quote = QUOTE_PARAGRAPH.test(text);
    for (const mention of findPlaceMentions(text)) {
      const passing = quote || inPassing(text, mention.index);
      const previous = scores.get(mention.region) ?? { score: 0, evidence: false, plain: false };
      scores.set(mention.region, {
        score: previous.score + (passing ? weight * PASSING_FACTOR : weight),
        evidence: previous.evidence || (evidencePlace && !passing),
        plain: previous.plain || !passing,
      });
    }
  }
  return scores;
}

export function extractRegion(source: CleanedSource): RegionName | null {
  const ranked = [...scoreRegions(source)].sort((a, b) => b[1].score - a[1].score);
  const [best, second] = ranked;
  if (!best || !best[1].evidence || best[1].score < MIN_SCORE) return null;
  if (second && best[1].score < DOMINANCE * second[1].score) return null;
  return best[0];
}
