import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '../../scripts/ingest/place-names.ts';
import { extractPlaces } from '../../scripts/ingest/places.ts';
import { handCleanedSeed, source } from './support/hand-cleaned-seeds.ts';

describe('extractPlaces on the seeds', () => {
  it.each([
    ['000', []],
    // "kokoontui 22.2. Oulussa", "Kuusamossa, Raahen seudun … ja Oulussa"
    ['001', ['Oulu', 'Kuusamo', 'Raahe']],
    ['002', []],
    // "Tampereen kaupunki" twice; Akaa stands only in the city's address block, which is chrome.
    ['003', ['Tampere']],
    ['004', []],
  ])('seed %s → %j', (seed, expected) => {
    expect(extractPlaces(handCleanedSeed(seed))).toEqual(expected);
  });
});

describe('place-name recognition', () => {
  it.each([
    [
      'Laajamuotoinen asiakaspilotointi suunnitellaan tehtäväksi Kuusamossa, Raahen seudun hyvinvointikuntayhtymässä ja Oulussa.',
      ['Kuusamo', 'Raahe', 'Oulu'],
    ],
    ['Tilaisuudet pidetään Lahdessa, Porissa ja Jyväskylässä.', ['Lahti', 'Pori', 'Jyväskylä']],
    [
      'Kokoukset ovat Kuopiossa, Seinäjoella ja Rovaniemellä.',
      ['Kuopio', 'Seinäjoki', 'Rovaniemi'],
    ],
    [
      'Helsingissä ja Turussa sekä Tampereelle ja Oulusta.',
      ['Helsinki', 'Turku', 'Tampere', 'Oulu'],
    ],
    ['Hankkeessa ovat mukana Lahti, Hollola ja Orimattila.', ['Lahti', 'Hollola', 'Orimattila']],
    ['Työ alkaa Kaarinassa ja Salossa sekä Kotkassa.', ['Kaarina', 'Salo', 'Kotka']],
    ['Kokeilu alkaa Virroilla ja Pellossa ja Iissä.', ['Virrat', 'Pello', 'Ii']],
    ['Kaarinassa aloitetaan.', []],
    [
      'Valkeakoskella, Orivedellä, Nurmijärvellä ja Hangossa.',
      ['Valkeakoski', 'Orivesi', 'Nurmijärvi', 'Hanko'],
    ],
    [
      'Limingassa, Pomarkussa, Outokummussa ja Harjavallassa.',
      ['Liminka', 'Pomarkku', 'Outokumpu', 'Harjavalta'],
    ],
    [
      'Uudessakaupungissa ja Kauniaisissa sekä Varkaudessa.',
      ['Uusikaupunki', 'Kauniainen', 'Varkaus'],
    ],
    ['Pihtiputaalla, Punkalaitumella ja Vesannolla.', ['Pihtipudas', 'Punkalaidun', 'Vesanto']],
    ['Mänttä-Vilppulan ja Koski Tl:n edustajat.', ['Mänttä-Vilppula', 'Koski Tl']],
    // Ordinary words and names: sentence-initial, lowercase or next to another name.
    ['Lahti on suuri. Salo ja kotka ja aura.', []],
    ['Puhujana oli Juha Lahti. Lisäksi Kaarina Virtanen ja Simo Salo.', []],
    ['Nokia Oyj toimittaa laitteet.', []],
    ['Tilaisuudessa puhui ulkoministeri Timo Soini ja johtaja Pekka Heinola.', []],
    ['Kokous pidettiin Heinolassa ja Soinissa.', ['Heinola', 'Soini']],
    // Other words that begin like a place name.
    ['Oulunkylä ja Salonen sekä Porintien Lapinlahden.', ['Lapinlahti']],
    ['Pohjois-Pohjanmaan ja Keski-Pohjanmaan rajalla.', []],
  ])('%s', (text, expected) => {
    const municipalities = findPlaceMentions(text).filter((m) => m.kind === 'municipality');
    expect(municipalities.map((m) => m.name)).toEqual(expected);
  });

  it('keeps first-mention order without duplicates', () => {
    const src = source('Oulussa ja Raahessa', [
      'Kuusamossa ja Oulun seudulla.',
      'Raahen kaupunki.',
    ]);
    expect(extractPlaces(src)).toEqual(['Oulu', 'Raahe', 'Kuusamo']);
  });
});
