import { describe, expect, it } from 'vitest';
import { isChromeLine, removeChrome } from '../../scripts/ingest/chrome.ts';
import { ADDRESS_LINE_RULES } from '../../scripts/ingest/data/chrome-address.ts';
import { CHROME_CUT_RULES } from '../../scripts/ingest/data/chrome-cuts.ts';
import { CHROME_LINE_RULES } from '../../scripts/ingest/data/chrome-lines.ts';

const RELEASE = 'Otsikko\n\nJohtoryhmä kokoontui. Se päätti asioista, joista kerrotaan tässä tiedotteessa pitkästi ja perusteellisesti kaikille.';
const CONTACTS = 'Lisätiedot:\nOhjausryhmän puheenjohtaja, Roope Lehto, p. 040 591 5660\nSote-projektijohtaja Jaakko Herrala, p. 050 329 7166';

describe('chrome rules: each rule matches the example it names', () => {
  it.each(CHROME_LINE_RULES.map((r) => [r.name, r]))('line rule: %s', (_name, rule) => {
    expect(rule.pattern.test(rule.example)).toBe(true);
  });
  it.each(CHROME_CUT_RULES.map((r) => [r.name, r]))('cut rule: %s', (_name, rule) => {
    expect(rule.pattern.test(rule.example)).toBe(true);
  });
  it.each(ADDRESS_LINE_RULES.map((r) => [r.name, r]))('address rule: %s', (_name, rule) => {
    expect(rule.pattern.test(rule.example)).toBe(true);
  });
});

describe('isChromeLine', () => {
  it.each([
    'Vastaa',
    'Sähköpostiosoitettasi ei julkaista.',
    'Sähköpostiosoitettasi ei julkaista. Pakolliset kentät on merkitty *',
    'Pakolliset kentät on merkitty *',
    'Kommentoi',
    'Lähetä kommentti',
    '« Takaisin',
    'Takaisin',
    'Palaa',
    '← Palaa takaisin',
    'Jaa',
    'Tulosta',
    'Facebook',
    'Twitter',
    'Jaa: Facebook Twitter LinkedIn',
    'Jaa | Tulosta',
    'Etusivu > Ajankohtaista > Uutiset',
    'Etusivu / Uutiset',
    'Etusivu » Tiedotteet » 2018',
    'Olet tässä: Etusivu / Ajankohtaista',
    'Tämä sivusto käyttää evästeitä. Hyväksy evästeet',
    'Käytämme sivustolla evästeitä käyttökokemuksen parantamiseksi. Lue lisää',
    'Nimi *',
    'Sivun alkuun',
    '« Edellinen uutinen',
    'Seuraava »',
    'Avainsanat: sote, maakuntauudistus',
    'Tagit: ICT',
    'Valikko',
    'Saavutettavuusseloste | Tietosuoja',
    '© Pirkanmaan liitto 2018',
    'Kommentointi on suljettu.',
  ])('chrome: %s', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    'Johtoryhmä sai tilannekatsauksen Pohjois-Pohjanmaan tietoliikennepalveluiden yhteishankinnasta.',
    'Kysymyksiä ja kommentteja voi lähettää etusivulta löytyvän lomakkeen kautta.',
    'Asialista liitteineen on nähtävillä Popmaakunta.fi sivuilla',
    'Jaakko Herrala palaa tehtäväänsä elokuussa.',
    'Etusivulla on lomake.',
    'Lisätiedot:',
    'Facebook-ryhmässä keskustellaan uudistuksesta.',
    'Palautetta voi antaa evästeistä riippumatta verkkolomakkeella.',
    'Seuraava kokous pidetään 22.3.2018.',
    'Edellinen johtoryhmä päätti asiasta keväällä.',
    'Haku pilottiin päättyy 29.9.2017.',
    'Avainsanat ovat kunnille tuttuja.',
  ])('release text: %s', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

describe('removeChrome', () => {
  it.each([
    [
      'seed 002: related block and comment form after the contact sentence',
      `${RELEASE}\n\nLisätietoja: muutosjohtaja Tapani Mattila, p. 040 595 00 11\n\nSinua voi ehkä kiinnostaa nämäkin...\n\nVastaa\n\nSähköpostiosoitettasi ei julkaista.`,
      `${RELEASE}\n\nLisätietoja: muutosjohtaja Tapani Mattila, p. 040 595 00 11`,
    ],
    [
      'seed 003: back link, then the city address block',
      `${RELEASE}\n\n${CONTACTS}\n\n« Takaisin\n\nYhteystiedot\n\nAkaan kaupunki\n\nPL 34, 37801 Akaa\nPuh. (03) 569 1120\nakaan.kaupunki@akaa.fi`,
      `${RELEASE}\n\n${CONTACTS}`,
    ],
    [
      'an address block with no back link before it',
      `${RELEASE}\n\n${CONTACTS}\n\nAkaan kaupunki\nPL 34, 37801 Akaa\nPuh. (03) 569 1120\nwww.akaa.fi`,
      `${RELEASE}\n\n${CONTACTS}`,
    ],
    [
      'a street-address footer',
      `${RELEASE}\n\nPirkanmaan liitto\nKelloportinkatu 1 B\n33100 Tampere\nPuh. 03 2330 8000`,
      RELEASE,
    ],
    [
      'breadcrumbs, share links and cookie notice anywhere',
      `Etusivu > Ajankohtaista > Uutiset\nTämä sivusto käyttää evästeitä. Hyväksy\n\n${RELEASE}\n\nJaa\nFacebook\nTwitter\nTulosta`,
      RELEASE,
    ],
    [
      '"Lue myös" with link titles after the release',
      `${RELEASE}\n\nLue myös\n\nMaakuntavalmistelu etenee\nKasvupalvelupilotit käyntiin`,
      RELEASE,
    ],
    [
      'a CMS footer: tags, next/previous links, opening hours, business id, copyright',
      `${RELEASE}\n\nAvainsanat: sote, ICT\n\n« Edellinen uutinen\nSeuraava uutinen »\n\nKunnanvirasto\nKeskustie 1, 12345 Kunta\nAvoinna ma–pe klo 8–16\nY-tunnus 0157300-8\n\n© Kunta 2018`,
      RELEASE,
    ],
    [
      'a comment section with comments in it',
      `${RELEASE}\n\nKommentit (1)\n\nMatti sanoo: Tämä on hyvä asia ja toivon että valmistelu jatkuu vielä pitkään, koska se on tärkeää meille kaikille täällä.`,
      RELEASE,
    ],
  ])('%s', (_name, input, expected) => {
    expect(removeChrome(input)).toBe(expected);
  });

  it.each([
    [
      '"Lue myös" mid-text, prose after it',
      `${RELEASE}\n\nLue myös\n\nJohtoryhmä päätti lisäksi, että kunnille lähetetään kysely, jonka tuloksista kerrotaan myöhemmin syksyn aikana tarkemmin kaikille.`,
    ],
    ['a back link above the contact block never cuts it', `${RELEASE}\n\nTakaisin\n\n${CONTACTS}`],
    [
      'an address that the release introduces',
      `${RELEASE}\n\nTilaisuus pidetään osoitteessa:\n\nPirkanmaan liitto\nKelloportinkatu 1 B\n33100 Tampere`,
    ],
    [
      'a contact block that includes an office address',
      `${RELEASE}\n\nLisätietoja:\nMuutosjohtaja Matti Meikäläinen\nKelloportinkatu 1 B\n33100 Tampere\np. 040 123 4567`,
    ],
  ])('keeps release text: %s', (_name, input) => {
    expect(removeChrome(input).replace('Takaisin\n\n', '')).toBe(input.replace('Takaisin\n\n', ''));
  });
});
