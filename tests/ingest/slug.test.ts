import { describe, expect, it } from 'vitest';
import { assignIds, releaseId, resolveCollisions, slugify } from '../../scripts/ingest/slug.ts';

describe('slugify', () => {
  it.each([
    ['Päijät-Hämettä', 'paijat-hametta'],
    ['Åland ÖÄÅ öäå', 'aland-oaa-oaa'],
    ['Huldén & Ĳ «x»', 'hulden-ij-x'],
    ['  ICT-valmistelu, 2019!  ', 'ict-valmistelu-2019'],
    ['€€€', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('releaseId', () => {
  it.each([
    [
      'the contract example (seed 001): boilerplate left out, cut at a word, no trailing "ja"',
      'Maakunta- ja sote-uudistuksen johtoryhmässä keskustelua konsernisuunnitelmista ja valinnanvapauspilotista',
      '2018-02-23',
      'Pohjois-Pohjanmaa',
      '2018-02-23-pohjois-pohjanmaa-johtoryhmassa-keskustelua-konsernisuunnitelmista',
    ],
    [
      'the region is not repeated (seed 003)',
      'Pirkanmaa valmistelee hakemusta henkilökohtaisen budjetin pilottiin, päätös hakeutumisesta syksyllä',
      '2017-07-03',
      'Pirkanmaa',
      '2017-07-03-pirkanmaa-valmistelee-hakemusta-henkilokohtaisen-budjetin-pilottiin',
    ],
    [
      'an inflected region at the start is not repeated either (seed 002)',
      'Keski-Suomen tulevan maakunnan palvelutuotannon suunnittelu käynnistynyt',
      null,
      'Keski-Suomi',
      'undated-keski-suomi-tulevan-maakunnan-palvelutuotannon-suunnittelu-kaynnistynyt',
    ],
    ['Lapin (consonant gradation)', 'Lapin maakunta valmistautuu', '2018-01-02', 'Lappi', '2018-01-02-lappi-maakunta-valmistautuu'],
    ['a neighbouring name is not the region', 'Pohjois-Pohjanmaan ja Pohjanmaan yhteistyö', '2018-01-02', 'Pohjanmaa', '2018-01-02-pohjanmaa-pohjois-pohjanmaan-ja-pohjanmaan-yhteistyo'],
    ['undated, no region', 'Keski-Suomen tulevan maakunnan palvelutuotannon suunnittelu käynnistynyt', null, null, 'undated-keski-suomen-tulevan-maakunnan-palvelutuotannon-suunnittelu-kaynnistynyt'],
    ['a title that is only boilerplate', 'Maakunta- ja sote-uudistus', null, 'Lappi', 'undated-lappi-maakunta-ja-sote-uudistus'],
    ['a title with no ASCII letters left', '€€€', null, null, 'undated-tiedote'],
  ] as const)('%s', (_name, title, date, region, expected) => {
    const id = releaseId(title, date, region);
    expect(id).toBe(expected);
    expect(id.length).toBeLessThanOrEqual(80);
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('a single very long word is cut, still within the limit', () => {
    expect(releaseId('Sote'.repeat(40), '2019-01-01', 'Uusimaa').length).toBeLessThanOrEqual(80);
  });
});

describe('resolveCollisions', () => {
  it('first claim keeps the id, later ones get -2, -3', () => {
    expect(resolveCollisions(['a', 'b', 'a', 'a', 'a-2'])).toEqual(['a', 'b', 'a-2', 'a-3', 'a-2-2']);
  });
});

describe('assignIds', () => {
  it.each([
    ['no manifest: first claim in order wins', [{ baseId: 'a' }, { baseId: 'a' }], ['a', 'a-2']],
    ['a recorded id stays with its source', [{ baseId: 'a' }, { baseId: 'a', previousId: 'a' }], ['a-2', 'a']],
    ['a recorded suffix stays too', [{ baseId: 'a', previousId: 'a-3' }, { baseId: 'a' }, { baseId: 'a' }], ['a-3', 'a', 'a-2']],
    ['a recorded id that no longer fits the base is not kept', [{ baseId: 'b', previousId: 'a' }, { baseId: 'a' }], ['b', 'a']],
    ['"a-2x" is not a suffix of "a"', [{ baseId: 'a', previousId: 'a-2x' }], ['a']],
    ['two sources claiming one recorded id: the first keeps it', [{ baseId: 'a', previousId: 'a' }, { baseId: 'a', previousId: 'a' }], ['a', 'a-2']],
  ])('%s', (_name, claims, expected) => {
    expect(assignIds(claims)).toEqual(expected);
  });
});
