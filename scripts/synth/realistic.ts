// Realistic-vocabulary text for a synthetic release: a few paragraphs of sentences drawn word by
// word from a Zipf-distributed real word list (vocabulary.ts), set among the release's own blocks.
// They add vocabulary, never facts: a word that ingest would read as a place, a topic, a month or
// weekday, or a contact header is never drawn, and the headline, lead paragraph, datelines and
// contact block stay where they were, so the manifest's date, region and topics still hold.
import { findPlaceMentions } from '../ingest/place-names.ts';
import { scoreTopics } from '../ingest/topics.ts';
import { CONTACT_HEADER } from '../ingest/data/chrome-cuts.ts';
import { MONTH_FORMS } from '../ingest/data/finnish-months.ts';
import { WEEKDAY_FORMS } from '../ingest/data/finnish-weekdays.ts';
import type { ReleaseContent } from './compose.ts';
import type { Rng } from './prng.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Paragraphs per release, sentences per paragraph, words per sentence (inclusive ranges): ~150 words. */
export const REALISTIC_SHAPE = { paragraphs: [2, 4], sentences: [3, 5], words: [8, 16] } as const;

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * True when a word adds vocabulary only. Examples: "kontrollinäytteessä" → true; "lapissa" (a
 * region), "toukokuuta" (a month), "digitalisaation" (a topic word), "lisätietoja" → false.
 */
export function usableWord(word: string): boolean {
  return (
    !MONTH_FORMS.has(word) &&
    !WEEKDAY_FORMS.has(word) &&
    !CONTACT_HEADER.test(word) &&
    scoreTopics(word).size === 0 &&
    findPlaceMentions(word).length === 0 &&
    findPlaceMentions(capitalise(word)).length === 0
  );
}

function sentence(rng: Rng, vocabulary: Vocabulary): string {
  const [min, max] = REALISTIC_SHAPE.words;
  const words = Array.from({ length: rng.int(min, max) }, () => vocabulary.draw(rng.next()));
  // A comma now and then, as running text has.
  const withCommas = words.map((w, i) => (i > 1 && i < words.length - 2 && rng.chance(0.08) ? `${w},` : w));
  return `${capitalise(withCommas.join(' '))}.`;
}

/** The realistic paragraphs of one release, from its own random stream. */
export function realisticParagraphs(rng: Rng, vocabulary: Vocabulary): string[] {
  const [pMin, pMax] = REALISTIC_SHAPE.paragraphs;
  const [sMin, sMax] = REALISTIC_SHAPE.sentences;
  return Array.from({ length: rng.int(pMin, pMax) }, () =>
    Array.from({ length: rng.int(sMin, sMax) }, () => sentence(rng, vocabulary)).join(' '),
  );
}

/**
 * The content with realistic paragraphs inserted after the lead and before the contact block, never
 * right after a block that introduces a list ("… käsiteltiin:"). Example: blocks [lead, A, B,
 * contacts] may become [lead, R1, A, R2, B, contacts].
 */
export function withRealisticText(content: ReleaseContent, rng: Rng, vocabulary: Vocabulary): ReleaseContent {
  const own = content.blocks.slice(0, content.ownBlockCount);
  const contacts = content.blocks.slice(content.ownBlockCount);
  for (const paragraph of realisticParagraphs(rng, vocabulary)) {
    const slots = own.map((_, i) => i + 1).filter((at) => !(own[at - 1] ?? '').trimEnd().endsWith(':'));
    own.splice(rng.pick(slots.length > 0 ? slots : [own.length]), 0, paragraph);
  }
  return { ...content, blocks: [...own, ...contacts], ownBlockCount: own.length };
}
