import { describe, expect, it } from 'vitest';
import { CONNECTORS, ellipticalWords } from '../../scripts/search/elliptical.ts';

// A stand-in for the morphology: the last compound part of a few closing words.
const TAILS: Record<string, string> = {
  terveyspalvelut: 'palvelut',
  koestrategiavalmistelua: 'valmistelua',
  koestrategiavalmistelu: 'valmistelu',
  vårdreformen: 'reformen',
  maakuntatasolla: 'tasolla',
  kuntatalous: 'talous',
  hälsovården: 'vården',
  talousvalmistelu: 'valmistelu',
};
const lastPart = (word: string) => TAILS[word.toLowerCase()] ?? null;

describe('ellipticalWords', () => {
  it.each([
    ['maakunta- ja sote-uudistuksen valmistelu', ['maakuntauudistuksen']],
    ['sosiaali- ja terveyspalvelut', ['sosiaalipalvelut']],
    ['ICT-, kasvupalvelu- sekä koetalousarvio- ja koestrategiavalmistelua', ['ICTvalmistelua', 'kasvupalveluvalmistelua', 'koetalousarviovalmistelua']],
    ['landskaps- och vårdreformen', ['landskapsreformen']],
    ['Maakunta- ja sote-uudistus', ['Maakuntauudistus']],
    // Not elliptical: a plain hyphen group, a hyphen before a word that is no connector, an unknown closing word.
    ['sote-uudistus ja maakunta', []],
    ['maakunta- kunta', []],
    ['sosiaali- ja perhetyö', []],
  ])('%s → %j', (text, expected) => {
    expect(ellipticalWords(text, lastPart)).toEqual(expected);
  });

  it.each(CONNECTORS)('reads the connector %j as in its example "%s"', (_connector, example) => {
    expect(ellipticalWords(example, lastPart).length).toBeGreaterThan(0);
  });
});
