import { describe, expect, it } from 'vitest';
import { DUPLICATE_SIMILARITY, findDuplicates, fingerprint, similarity } from '../../scripts/ingest/fingerprint.ts';

const PARAGRAPHS = [
  'Keski-Suomen maakunta- ja sote-uudistuksen oman palvelutuotannon suunnittelu on käynnistynyt. Parhaillaan kootaan työryhmiä, joissa suunnittelua lähdetään viemään eteenpäin.',
  'Maakunnassa käydään tulevana keväänä läpi maakuntaan siirtyvien palveluiden volyymit ja lähdetään mallintamaan palveluiden organisoitumista.',
  'Samaan aikaan palvelu- ja hoitoketjujen valmistelua viedään yhä yksityiskohtaisemmalle tasolle. Työtä tehdään eri palveluiden yhteistyönä.',
  'Henkilöstölle tullaan tarjoamaan tietoa uudistuksen etenemisestä touko-elokuussa kunnissa järjestettävissä henkilöstötilaisuuksissa.',
  'Johtoryhmä käsitteli kokouksessaan myös ICT-valmistelun tilannetta. Maakunnassa on noin 850 tietojärjestelmää.',
];
const release = (paragraphs: string[], preamble: string[] = []) => fingerprint({ title: 'Suunnittelu käynnistynyt', preamble, paragraphs });

describe('similarity', () => {
  it.each([
    ['identical text', release(PARAGRAPHS), release(PARAGRAPHS), 1],
    ['another dateline in the preamble', release(PARAGRAPHS, ['12.3.2019']), release(PARAGRAPHS, ['Julkaistu 13.3.2019']), 1],
    ['different case and punctuation', release(PARAGRAPHS.map((p) => p.toUpperCase().replace(/,/g, ''))), release(PARAGRAPHS), 1],
  ])('%s: %f', (_name, a, b, expected) => {
    expect(similarity(a, b)).toBe(expected);
  });

  it('one word changed is still a duplicate', () => {
    const edited = [...PARAGRAPHS];
    edited[1] = (edited[1] as string).replace('keväänä', 'syksynä');
    expect(similarity(release(edited), release(PARAGRAPHS))).toBeGreaterThanOrEqual(DUPLICATE_SIMILARITY);
  });

  it('a different release is not', () => {
    expect(similarity(release(PARAGRAPHS.slice(0, 2)), release(PARAGRAPHS.slice(2)))).toBeLessThan(0.2);
  });

  it('half of the text shared is not a duplicate', () => {
    expect(similarity(release(PARAGRAPHS.slice(0, 3)), release(PARAGRAPHS))).toBeLessThan(DUPLICATE_SIMILARITY);
  });

  it('empty fingerprints never match', () => {
    expect(similarity([], [])).toBe(0);
  });
});

describe('findDuplicates', () => {
  it('the first in sorted order is canonical; later copies point to it, never to another copy', () => {
    const a = release(PARAGRAPHS);
    const other = release(['Aivan toinen tiedote kasvupalveluista ja niiden piloteista tänä vuonna.']);
    const result = findDuplicates([
      { file: '000.txt', id: 'x-a', fingerprint: a },
      { file: '001.txt', id: 'x-other', fingerprint: other },
      { file: '002.txt', id: 'x-a-2', fingerprint: a },
      { file: '003.txt', id: 'x-a-3', fingerprint: a },
    ]);
    expect([...result]).toEqual([
      ['000.txt', null],
      ['001.txt', null],
      ['002.txt', 'x-a'],
      ['003.txt', 'x-a'],
    ]);
  });
});
