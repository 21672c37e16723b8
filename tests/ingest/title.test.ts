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

describe('splitTitle: what stands above the headline on scraped pages', () => {
  const LEAD = 'Pohjanmaan maakunta- ja sote-valmistelun ohjausryhmä esitteli Vaasassa palvelulupausluonnoksen tänään.';
  it.each([
    ['a site name', `Soite\nKokkola 9.1.2019\n\nSoite valmistautuu maakuntaan\n\n${LEAD}`, 'Soite valmistautuu maakuntaan', ['Soite', 'Kokkola 9.1.2019']],
    ['a bilingual site name and a Swedish label', `Pohjanmaan liitto – Österbottens förbund\nPublicerad 30.5.2018\n\nOhjausryhmä esitteli luonnoksen\n\n${LEAD}`, 'Ohjausryhmä esitteli luonnoksen', ['Pohjanmaan liitto – Österbottens förbund', 'Publicerad 30.5.2018']],
    ['a release number and a bare date under the ministry', `Sosiaali- ja terveysministeriö\nTiedote 158/2018\n6.9.2018\n\nPilotit käynnistyvät\n\n${LEAD}`, 'Pilotit käynnistyvät', ['Sosiaali- ja terveysministeriö', 'Tiedote 158/2018', '6.9.2018']],
    ['a byline under the headline', `Valmistelu etenee\nKirjoittaja: Satakuntaliitto | Pori 20.4.2018\n\n${LEAD}`, 'Valmistelu etenee', ['Kirjoittaja: Satakuntaliitto | Pori 20.4.2018']],
    // A first line too long for a site name is the headline; the short line under it a subheading.
    // (A headline of at most SITE_NAME_MAX_WORDS words above a subheading would lose to it: known.)
    ['a subheading under a long headline', `Pohjanmaan maakuntavalmistelu esitteli ohjausryhmälle luonnoksen palvelulupaukseksi kaksikielisessä maakunnassa\nLuonnos lausunnolle\n\n${LEAD}`, 'Pohjanmaan maakuntavalmistelu esitteli ohjausryhmälle luonnoksen palvelulupaukseksi kaksikielisessä maakunnassa', []],
  ])('%s', (_name, text, title, preamble) => {
    const result = split(text);
    expect(result.title).toBe(title);
    expect(result.preamble).toEqual(preamble);
  });

  it.each([
    ['Lehdistötiedote 12.3.2019: Essote ja maakuntaliitto jatkavat', 'Essote ja maakuntaliitto jatkavat', ['Lehdistötiedote 12.3.2019']],
    ['Mediatiedote 5.4.2018 | Kanta-Häme valmistelee ICT-palveluja', 'Kanta-Häme valmistelee ICT-palveluja', ['Mediatiedote 5.4.2018']],
    ['TIEDOTE 12.3.2019 klo 10.00: Johtoryhmä kokoontui', 'Johtoryhmä kokoontui', ['TIEDOTE 12.3.2019 klo 10.00']],
    ['TIEDOTE: Ei päivää otsikossa', 'Ei päivää otsikossa', []],
  ])('a date in the headline prefix goes to the preamble: %s', (headline, title, preamble) => {
    expect(split(`${headline}\n\n${LEAD}`)).toMatchObject({ title, preamble });
  });
});
