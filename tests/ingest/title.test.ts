import { describe, expect, it } from 'vitest';
import { headlineCandidates, splitTitle, stripHeadlinePrefix } from '../../scripts/ingest/title.ts';

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

describe('splitTitle: headline by evidence on real page shapes (tests/fixtures/real-shapes/)', () => {
  const LEAD = 'Maakuntahallitus käsitteli tänään valmistelun tilannekatsauksen ja hyväksyi henkilöstön siirtoa koskevan suunnitelman.';
  it.each([
    ['a ministry name under the headline', `Media\n\nRyhmä aloittaa työnsä\n\nvaltiovarainministeriö\nJulkaisuajankohta 14.6.2016 10.05\nTiedote\n\n${LEAD}`, 'Ryhmä aloittaa työnsä', ['Media', 'valtiovarainministeriö', 'Julkaisuajankohta 14.6.2016 10.05', 'Tiedote']],
    ['ministry names glued together', `Hallitus tarkensi aikataulua\n\nsosiaali- ja terveysministeriövaltiovarainministeriö\n\n${LEAD}`, 'Hallitus tarkensi aikataulua', ['sosiaali- ja terveysministeriövaltiovarainministeriö']],
    ['a lower-case tag under the headline', `Maakunnan ensimmäinen talousarvio\n\nmaakunnat\n\n${LEAD}`, 'Maakunnan ensimmäinen talousarvio', ['maakunnat']],
    ['a pipe line naming publisher and section', `Valtuusto hyväksyi strategian\n\n| Pirkanmaan liitto, Päätöksenteko\n\n${LEAD}`, 'Valtuusto hyväksyi strategian', ['| Pirkanmaan liitto, Päätöksenteko']],
    ['a short headline over a subheading (no longer loses to it)', `Määräaikakooste päivitetty uuden aikataulun mukaiseksi\n\nKatso tiivis yhteenveto takarajoista\n\n${LEAD}`, 'Määräaikakooste päivitetty uuden aikataulun mukaiseksi', []],
    ['a kicker with the meeting day above the headline', `Ajankohtaiset tiedotteet\n\nSatakuntaliiton maakuntahallituksen kokous 26.3.2018\nValmistelu siirtyy toteutusvaiheeseen\n\nHenkilöstön siirtosuunnitelma työn alle\n\n${LEAD}`, 'Valmistelu siirtyy toteutusvaiheeseen', ['Ajankohtaiset tiedotteet', 'Satakuntaliiton maakuntahallituksen kokous 26.3.2018']],
    ['links to other items above the headline', `Tiedote 30.5.2017 ja esitys - käy tutustumassa!\n\nKuulumiset: Lue uutiskirje\n\nKerro, mikä on sinulle tärkeintä\n\n(Lapin liiton tiedote)\n\n${LEAD}`, 'Kerro, mikä on sinulle tärkeintä', ['Tiedote 30.5.2017 ja esitys - käy tutustumassa!', 'Kuulumiset: Lue uutiskirje', '(Lapin liiton tiedote)']],
    ['a repeated page name beats a later subheading', `Maakuntauudistus\nMaakuntauudistus\n\nKeski-Pohjanmaan maakunnan valmistelu\n\n${LEAD}`, 'Maakuntauudistus', []],
    ['a publication date in parentheses after the headline', `Keskustelutilaisuus 14.11. Porissa (2.11.2017)\n\n${LEAD}`, 'Keskustelutilaisuus 14.11. Porissa', ['2.11.2017']],
    ['a numbered breadcrumb', `1. yle.fi\n2. Uutiset\n3. Siun sote\n\nSiun sote laajentaa valinnanvapautta\n\n${LEAD}`, 'Siun sote laajentaa valinnanvapautta', ['1. yle.fi', '2. Uutiset', '3. Siun sote']],
    ['a column prefix with the columnist\'s name', `Marko Lindholmin kolumni: Maakunta syntyy yhteistyöstä\n\n${LEAD}`, 'Maakunta syntyy yhteistyöstä', []],
    ['a bare "Julkaistu" whose date was lost', `Julkaistu\n\nHämeen maakuntahallituksen päätökset 19.2.2018\n\nNuorisovaltuusto mukaan valmisteluun\n\n${LEAD}`, 'Hämeen maakuntahallituksen päätökset 19.2.2018', ['Julkaistu']],
  ])('%s', (_name, text, title, preamble) => {
    const result = split(text);
    expect(result.title).toBe(title);
    expect(result.preamble).toEqual(preamble);
  });

  it('a subheading that was not chosen stays in the body', () => {
    const text = `Valmistelu siirtyy toteutusvaiheeseen\n\nHenkilöstön siirtosuunnitelma työn alle\n\n${LEAD}`;
    expect(split(text).rest).toBe(`Henkilöstön siirtosuunnitelma työn alle\n\n${LEAD}`);
  });

  it.each([
    [
      'a newspaper teaser with the headline on the lead\'s line',
      'Uutinen\n\nKymen Sanomat: Kotka ja Kouvola sopivat päivystyksen työnjaosta Kymenlaakson kaksi suurinta kaupunkia ovat päässeet sopuun päivystyksestä. Sopu syntyi maanantaina.',
      'Kotka ja Kouvola sopivat päivystyksen työnjaosta',
      ['Uutinen', 'Kymen Sanomat'],
      'Kymenlaakson kaksi suurinta kaupunkia ovat päässeet sopuun päivystyksestä. Sopu syntyi maanantaina.',
    ],
    [
      'a one-line scrape: dateline, headline, all-caps kicker, lead',
      '7.11.2017 00:00 Ministeri kiitti Etelä-Karjalan sote-mallia SOTE JA MAKU Kunta- ja uudistusministeri kiitteli Etelä-Karjalan valmistelua vieraillessaan Lappeenrannassa tiistaina.',
      'Ministeri kiitti Etelä-Karjalan sote-mallia',
      ['7.11.2017 00:00', 'SOTE JA MAKU'],
      'Kunta- ja uudistusministeri kiitteli Etelä-Karjalan valmistelua vieraillessaan Lappeenrannassa tiistaina.',
    ],
  ])('%s', (_name, text, title, preamble, rest) => {
    expect(split(text)).toEqual({ title, preamble, rest });
  });

  it('a headline glued to the first sentence by the scrape is cut off the body', () => {
    const text = 'Maakuntavaltuuston kausi 1.3.2018 - 31.12.2018\n\nMaakuntavaltuuston kausi 1.3.2018 - 31.12.2018Valtuusto ottaa vastuun valmistelusta väliaikaiselta toimielimeltä ja hyväksyy talousarvion.';
    expect(split(text).rest).toBe('Valtuusto ottaa vastuun valmistelusta väliaikaiselta toimielimeltä ja hyväksyy talousarvion.');
  });

  it('no headline line: a whole first sentence up to 150 characters, not cut at "1. heinäkuuta"', () => {
    const text = 'Maakuntien väliaikaiset valmistelutoimielimet on määrä asettaa 1. heinäkuuta koko maassa. Kaikki eivät ehdi.';
    expect(split(text).title).toBe('Maakuntien väliaikaiset valmistelutoimielimet on määrä asettaa 1. heinäkuuta koko maassa');
  });
});

describe('headlineCandidates', () => {
  it('gives every line above the text a kind and reasons, and marks the chosen one', () => {
    const lines = 'Media\n\nRyhmä aloittaa työnsä\n\nvaltiovarainministeriö\nJulkaisuajankohta 14.6.2016 10.05\n\nValtiovarainministeriö on asettanut ryhmän, joka valmistelee maakuntien tietojärjestelmiä.'.split('\n');
    expect(headlineCandidates(lines).map((c) => [c.line, c.kind, c.chosen])).toEqual([
      ['Media', 'label', false],
      ['Ryhmä aloittaa työnsä', 'headline', true],
      ['valtiovarainministeriö', 'publisher', false],
      ['Julkaisuajankohta 14.6.2016 10.05', 'dateline', false],
    ]);
  });
});
