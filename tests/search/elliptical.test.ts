import { describe, expect, it } from 'vitest';
import { CONNECTORS, ellipticalWords } from '../../scripts/search/elliptical.ts';

// A stand-in for the morphology: the compound tails of a few closing words.
const TAILS: Record<string, string[]> = {
  terveyspalvelut: ['palvelut'],
  koestrategiavalmistelua: ['strategiavalmistelua', 'valmistelua'],
  koestrategiavalmistelu: ['strategiavalmistelu', 'valmistelu'],
  vårdreformen: ['reformen'],
  maakuntatasolla: ['tasolla'],
  kuntatalous: ['talous'],
  hälsovården: ['vården'],
  hälsovårdsdirektör: ['vårdsdirektör', 'direktör'],
  talousvalmistelu: ['valmistelu'],
};
const lastPart = (word: string) => TAILS[word.toLowerCase()] ?? [];

describe('ellipticalWords', () => {
  it.each([
    ['maakunta- ja sote-uudistuksen valmistelu', ['maakuntauudistuksen']],
    ['sosiaali- ja terveyspalvelut', ['sosiaalipalvelut']],
    [
      'ICT-, kasvupalvelu- sekä koetalousarvio- ja koestrategiavalmistelua',
      [
        ...['ICTstrategiavalmistelua', 'ICTvalmistelua', 'ICTstrategia'],
        ...['kasvupalvelustrategiavalmistelua', 'kasvupalveluvalmistelua', 'kasvupalvelustrategia'],
        ...['koetalousarviostrategiavalmistelua', 'koetalousarviovalmistelua', 'koetalousarviostrategia'],
      ],
    ],
    ['social- och hälsovårdsdirektör', ['socialvårdsdirektör', 'socialdirektör', 'socialvårds']],
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
