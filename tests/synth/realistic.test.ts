import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES_BY_REGION } from '../../scripts/ingest/data/municipalities.ts';
import { synthRelease } from '../../scripts/synth/archive.ts';
import type { ReleaseContent } from '../../scripts/synth/compose.ts';
import { rngFor } from '../../scripts/synth/prng.ts';
import { REALISTIC_SHAPE, realisticParagraphs, usableWord, withRealisticText } from '../../scripts/synth/realistic.ts';
import { rankWords, zipfRanks, zipfVocabulary, type Vocabulary } from '../../scripts/synth/vocabulary.ts';

/** A small stand-in for the real list (tested through the CLI in cli.test.ts). */
const WORDS = ['kontrollinäytteessä', 'motelli', 'lapissa', 'toukokuuta', 'peltipurkkien', 'lisätietoja', 'vitamiineihin'];
const vocabulary: Vocabulary = zipfVocabulary(rankWords(WORDS, 's'), usableWord, 'test');

describe('usableWord: a drawn word adds vocabulary, never a fact ingest reads', () => {
  it.each([
    ['kontrollinäytteessä', true],
    ['motelli', true],
    ['peltipurkkien', true],
    ['lapissa', false], // region
    ['pirkanmaalla', false], // region
    ['tampereella', false], // municipality
    ['toukokuuta', false], // month
    ['maanantaina', false], // weekday
    ['digitalisaatio', false], // ICT topic word
    ['lisätietoja', false], // contact header
  ])('%s → %s', (word, usable) => expect(usableWord(word)).toBe(usable));
});

describe('zipfRanks', () => {
  it('draws rank 0 for the smallest numbers and the last rank for the largest', () => {
    const draw = zipfRanks(1000, 1.1);
    expect(draw(0)).toBe(0);
    expect(draw(0.999999)).toBe(999);
  });

  it('makes rank r about (r+1)^1.1 times rarer than rank 0', () => {
    const draw = zipfRanks(100_000, 1.1);
    const counts = new Map<number, number>();
    const rng = rngFor('zipf');
    for (let i = 0; i < 200_000; i++) {
      const r = draw(rng.next());
      counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    const ratio = (counts.get(0) ?? 0) / (counts.get(9) ?? 1);
    expect(ratio).toBeGreaterThan(10 ** 1.1 * 0.8);
    expect(ratio).toBeLessThan(10 ** 1.1 * 1.2);
  });

  it('refuses an empty vocabulary', () => expect(() => zipfRanks(0)).toThrow(/empty/));
});

describe('rankWords', () => {
  it('is a permutation, fixed by the seed, other for another seed', () => {
    const many = Array.from({ length: 200 }, (_, i) => `sana${'x'.repeat(i % 9)}${i}`);
    const a = rankWords(many, 'a');
    expect([...a].sort()).toEqual([...many].sort());
    expect(rankWords(many, 'a')).toEqual(a);
    expect(rankWords(many, 'b')).not.toEqual(a);
  });

  it('puts shorter forms first on the whole', () => {
    const many = [...Array.from({ length: 100 }, (_, i) => `a${i}`.padEnd(4, 'a')), ...Array.from({ length: 100 }, (_, i) => `b${i}`.padEnd(20, 'b'))];
    const ranked = rankWords(many, 's');
    expect(ranked.slice(0, 100).filter((w) => w.length === 4).length).toBeGreaterThan(90);
  });
});

describe('zipfVocabulary', () => {
  it('never draws a word usableWord rejects, and the same number always gives the same word', () => {
    const rng = rngFor('draws');
    const drawn = Array.from({ length: 500 }, () => rng.next()).map((u) => [u, vocabulary.draw(u)] as const);
    for (const [u, word] of drawn) {
      expect(usableWord(word)).toBe(true);
      expect(vocabulary.draw(u)).toBe(word);
    }
    expect(new Set(drawn.map(([, w]) => w)).size).toBeGreaterThan(1);
  });
});

describe('withRealisticText', () => {
  const content: ReleaseContent = {
    title: 'Otsikko',
    dateLines: [],
    blocks: ['Lead.', 'Kokouksessa käsiteltiin:', '  • asia', 'Loppu.', 'Lisätietoja:', 'Nimi, puh. 040 123 4567'],
    ownBlockCount: 4,
    municipalities: [],
    truth: {} as ReleaseContent['truth'],
  };

  it('keeps the lead first and the contact block last, and never splits a list from its lead-in', () => {
    for (let i = 0; i < 50; i++) {
      const out = withRealisticText(content, rngFor(`r${i}`), vocabulary);
      expect(out.blocks[0]).toBe('Lead.');
      expect(out.blocks.slice(out.ownBlockCount)).toEqual(['Lisätietoja:', 'Nimi, puh. 040 123 4567']);
      expect(out.blocks[out.blocks.indexOf('Kokouksessa käsiteltiin:') + 1]).toBe('  • asia');
      const added = out.ownBlockCount - content.ownBlockCount;
      expect(added).toBeGreaterThanOrEqual(REALISTIC_SHAPE.paragraphs[0]);
      expect(added).toBeLessThanOrEqual(REALISTIC_SHAPE.paragraphs[1]);
    }
  });

  it('writes sentences: capitalised, ending with a period, of the configured length', () => {
    for (const paragraph of realisticParagraphs(rngFor('p'), vocabulary)) {
      for (const sentence of paragraph.split(/(?<=\.) /)) {
        expect(sentence).toMatch(/^\p{Lu}.*\.$/u);
        const words = sentence.split(' ').length;
        expect(words).toBeGreaterThanOrEqual(REALISTIC_SHAPE.words[0]);
        expect(words).toBeLessThanOrEqual(REALISTIC_SHAPE.words[1]);
      }
    }
  });
});

describe('synthRelease with a vocabulary', () => {
  it('changes the text only: the same file name and the same truth as without', () => {
    for (let i = 0; i < 40; i++) {
      const plain = synthRelease('s', i, MUNICIPALITIES_BY_REGION);
      const rich = synthRelease('s', i, MUNICIPALITIES_BY_REGION, vocabulary);
      expect(rich.file).toBe(plain.file);
      expect(rich.truth).toEqual(plain.truth);
      expect(rich.text.length).toBeGreaterThan(plain.text.length);
      expect(rich.text.startsWith(plain.text.slice(0, plain.text.indexOf('\n\n', plain.text.indexOf(plain.truth.title))))).toBe(true);
    }
  });
});
