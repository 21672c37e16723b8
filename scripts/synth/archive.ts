// The synthetic archive: release i is a pure function of (seed, i), so any prefix of a larger
// archive is the smaller archive (the bench adds "one more release" by generating index N), and a
// given seed always yields the same bytes.
import type { RegionName } from '../data/regions.ts';
import { composeContent, type ContentTruth, type MunicipalityTable } from './compose.ts';
import { CHROME_STYLES, type ChromeStyle } from './data/chrome.ts';
import { dressRelease } from './dress.ts';
import { encodeText, pickEncoding, type Encoding } from './encode.ts';
import { rngFor } from './prng.ts';
import { withRealisticText } from './realistic.ts';
import type { Vocabulary } from './vocabulary.ts';

/** ~3 % of releases repeat an earlier one inside other chrome (a city republishing a region's release). */
export const DUPLICATE_RATE = 0.03;
/** A duplicate repeats one of the releases shortly before it. */
const DUPLICATE_WINDOW = 300;

export interface ReleaseTruth extends ContentTruth {
  file: string;
  index: number;
  title: string;
  chrome: string;
  encoding: Encoding;
  crlf: boolean;
  /** File name of the release this one repeats, or null. */
  duplicateOf: string | null;
}

export interface SynthRelease {
  file: string;
  bytes: Uint8Array;
  /** The decoded text, "\n" line ends. */
  text: string;
  truth: ReleaseTruth;
}

export function fileName(seed: string, index: number): string {
  return `${String(index).padStart(6, '0')}_${rngFor(`${seed}:${index}:name`).hex16()}.txt`;
}

/** The earlier release that release `index` repeats, or null. */
export function duplicateTarget(seed: string, index: number): number | null {
  if (index === 0) return null;
  const rng = rngFor(`${seed}:${index}:dup`);
  if (!rng.chance(DUPLICATE_RATE)) return null;
  return index - 1 - rng.int(0, Math.min(index - 1, DUPLICATE_WINDOW));
}

/** The first publication of the text release `index` carries. */
export function canonicalIndex(seed: string, index: number): number {
  let current = index;
  for (let target = duplicateTarget(seed, current); target !== null; target = duplicateTarget(seed, current)) {
    current = target;
  }
  return current;
}

function allowedChrome(region: RegionName | null): readonly ChromeStyle[] {
  // A city's address block names a municipality, which would give a national release a region.
  return region ? CHROME_STYLES : CHROME_STYLES.filter((c) => c.name !== 'city-site');
}

function chromeOf(seed: string, index: number, region: RegionName | null, not?: string): ChromeStyle {
  return rngFor(`${seed}:${index}:chrome`).pick(allowedChrome(region).filter((c) => c.name !== not));
}

/**
 * Release `index`. With a vocabulary, realistic paragraphs join its text from a stream of their
 * own (`:words`), so everything else is the same as without: same facts, same chrome, same file name.
 */
export function synthRelease(
  seed: string,
  index: number,
  municipalities: MunicipalityTable,
  vocabulary: Vocabulary | null = null,
): SynthRelease {
  const canonical = canonicalIndex(seed, index);
  const composed = composeContent(rngFor(`${seed}:${canonical}:content`), municipalities);
  // A duplicate repeats its canonical release's words too (keyed by the canonical index).
  const content = vocabulary ? withRealisticText(composed, rngFor(`${seed}:${canonical}:words`), vocabulary) : composed;
  const region = content.truth.region;
  const canonicalChrome = chromeOf(seed, canonical, region);
  const chrome = canonical === index ? canonicalChrome : chromeOf(seed, index, region, canonicalChrome.name);
  const text = dressRelease(content, chrome, rngFor(`${seed}:${index}:dress`));
  const { encoding: wanted, crlf } = pickEncoding(rngFor(`${seed}:${index}:encoding`));
  const { bytes, encoding } = encodeText(text, wanted, crlf);
  const file = fileName(seed, index);
  return {
    file,
    bytes,
    text,
    truth: {
      ...content.truth,
      file,
      index,
      title: content.title,
      chrome: chrome.name,
      encoding,
      crlf,
      duplicateOf: canonical === index ? null : fileName(seed, canonical),
    },
  };
}

/** Releases start..start+count-1, one at a time, so 50,000 never sit in memory together. */
export function* synthArchive(
  seed: string,
  count: number,
  municipalities: MunicipalityTable,
  start = 0,
  vocabulary: Vocabulary | null = null,
): Generator<SynthRelease> {
  for (let i = start; i < start + count; i++) yield synthRelease(seed, i, municipalities, vocabulary);
}
