import { describe, expect, it } from 'vitest';
import { splitTitle, stripHeadlinePrefix } from '../../scripts/ingest/title.ts';

const BODY = 'Johtoryhmä kokoontui 22.2. Oulussa. Kokouksen alkuun kuultiin tilannekatsaus.';
const split = (text: string) => {
  const { title, preamble, rest } = splitTitle(text.split('\n'));
  return { title, preamble, rest: rest.join('\n').trim() };
};

describe('stripHeadlinePrefix', () => {
  it.each([
    ['TIEDOTE: Maakunta- ja sote-uudistuksen valmistelu hyödyntää Päijät-Hämettä jatkossakin', 'Maakunta- ja sote-uudistuksen valmistelu hyödyntää Päijät-Hämettä jatkossakin'],
    ['Tiedote: Johtoryhmä kokoontui', 'Johtoryhmä kokoontui'],
    ['LEHDISTÖTIEDOTE – Kasvupalvelut etenevät', 'Kasvupalvelut etenevät'],
    ['Mediatiedote | Lapin maakunta valmistautuu', 'Lapin maakunta valmistautuu'],
    ['Tiedotteet kunnille lähtevät viikolla', 'Tiedotteet kunnille lähtevät viikolla'],
    ['Tiedote:', 'Tiedote:'],
  ])('%s', (input, expected) => {
    expect(stripHeadlinePrefix(input)).toBe(expected);
  });
});

describe('splitTitle', () => {
  it('seed 001: section label and a letterless dateline go to the preamble', () => {
    expect(split(`Ajankohtaista\n\n23.02.2018\n\nMaakunta- ja sote-uudistuksen johtoryhmässä keskustelua\n\n${BODY}`)).toEqual({
      title: 'Maakunta- ja sote-uudistuksen johtoryhmässä keskustelua',
      preamble: ['Ajankohtaista', '23.02.2018'],
      rest: BODY,
    });
  });

  it('a headline repeated under its dateline is dropped, prefix or not', () => {
    expect(split(`TIEDOTE: Valmistelu hyödyntää Päijät-Hämettä\n\n12.03.2019\n\nValmistelu hyödyntää Päijät-Hämettä\n\n${BODY}`)).toEqual({
      title: 'Valmistelu hyödyntää Päijät-Hämettä',
      preamble: ['12.03.2019'],
      rest: BODY,
    });
  });

  it.each([['Uutiset'], ['Tiedotteet'], ['Ajankohtaista / Uutiset'], ['LEHDISTÖTIEDOTE'], ['Uutiset ja tiedotteet']])(
    'section label "%s" is never the title',
    (label) => {
      expect(split(`${label}\n\nKeski-Suomen palvelutuotannon suunnittelu käynnistynyt\n\n${BODY}`).title).toBe(
        'Keski-Suomen palvelutuotannon suunnittelu käynnistynyt',
      );
    },
  );

  it('a repetition further down the body is the release\'s own text and stays', () => {
    const text = `Otsikko on tämä\n\n${BODY}\n\nOtsikko on tämä`;
    expect(split(text).rest).toBe(`${BODY}\n\nOtsikko on tämä`);
  });

  it('no headline line: the first sentence stands in and the text keeps every line', () => {
    const long = `${'Johtoryhmä kokoontui ja keskusteli pitkään monista asioista. '.repeat(5)}`.trim();
    const result = split(long);
    expect(result.title).toBe('Johtoryhmä kokoontui ja keskusteli pitkään monista asioista');
    expect(result.rest).toBe(long);
  });
});
