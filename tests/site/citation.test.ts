import { describe, expect, it } from 'vitest';
import { citationLine, permanentAddress } from '../../scripts/site/citation.ts';
import { release } from './helpers.ts';

describe('citationLine', () => {
  it.each([
    [
      'an exact date with a site URL',
      release('000_x', { date: '2019-03-12', region: 'Päijät-Häme', title: 'Valmistelu jatkuu' }),
      'https://arkisto.example.fi/',
      'Päijät-Häme: ”Valmistelu jatkuu”. Tiedote 12.3.2019. Uudistusarkisto, tiedote 000_x. https://arkisto.example.fi/tiedotteet/000_x/',
    ],
    [
      'an inferred date',
      release('003_y', { date: '2017-07-03', dateCertainty: 'inferred', title: 'Pilotti' }),
      null,
      'Pirkanmaa: ”Pilotti”. Tiedote 3.7.2017 (päivämäärä päätelty). Uudistusarkisto, tiedote 003_y. Osoite arkiston juuresta: tiedotteet/003_y/',
    ],
    [
      'no date and no region',
      release('z', { date: null, region: null, title: 'Ilman' }),
      null,
      '”Ilman”. Tiedote, ilman päivämäärää. Uudistusarkisto, tiedote z. Osoite arkiston juuresta: tiedotteet/z/',
    ],
  ])('%s', (_label, r, siteUrl, expected) => {
    expect(citationLine(r, siteUrl)).toBe(expected);
  });

  it('gives the folder address, which stays valid whatever file a server shows for it', () => {
    expect(permanentAddress({ url: '/tiedotteet/a/' }, 'https://h.fi/arkisto/')).toBe('https://h.fi/arkisto/tiedotteet/a/');
  });
});
