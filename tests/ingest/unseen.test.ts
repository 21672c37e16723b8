// Releases the ingest had never seen: 26 raw pages written by hand, as they would be scraped from
// the sites of hospital districts, regional councils, cities, ELY-keskus, sote joint authorities and
// maakunta preparation sites (Sivuviidakko, Drupal, WordPress, Liferay, Typo3, SiteVision chrome), from
// every kind of region including Ahvenanmaa, Kainuu, Lappi and Uusimaa, plus one national release.
// Expected values are from reading each page, not from what the code printed; judgement calls are
// commented. Sources: tests/fixtures/unseen/<case>/source.txt.
//
// Before the fixes that came with this file, 22 of 26 titles were the site's or section's name above
// the headline ("Soite", "Lapin liitto", "Sosiaali- ja terveysministeriö"), 4 dates were lost (a date
// in a "Lehdistötiedote 12.3.2019:" or "Mediatiedote 5.4.2018 |" prefix, datelines under a site
// name) and 5 releases had wrong or incomplete contacts (one-item-per-line layouts, a three-part
// name, "Lisätietoja / Mer information:", an address taken for a person). Regions and topics were
// already right on all 26.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseFromSource } from '../../scripts/ingest/release.ts';
import { splitSentences } from '../../scripts/ingest/sentences.ts';
import { renderedText, squash } from './support/rendered-text.ts';

const DIR = resolve(import.meta.dirname, '../fixtures/unseen');

interface UnseenCase {
  name: string;
  title: string;
  date: string | null;
  dateCertainty: 'exact' | 'inferred' | 'unknown';
  region: string | null;
  topics: string[];
  contacts: string[];
  /** Chrome that must not reach the body. */
  notInBody?: string[];
}

const CASES: UnseenCase[] = [
  {
    name: 'hus-uusimaa-sivuviidakko',
    title: 'Apotti otetaan käyttöön HUSissa vaiheittain – Uudenmaan maakunnan ICT-valmistelu hyödyntää kokemuksia',
    date: '2018-10-05',
    dateCertainty: 'exact',
    region: 'Uusimaa',
    topics: ['ICT'],
    contacts: ['Ilkka Lehtonen', 'Hanna Lindqvist'],
    notInBody: ['evästeitä', 'Etusivu', 'PL 100', 'Puhelin 09 4711', '© HUS'],
  },
  {
    name: 'varsinais-suomi-drupal-tiedote-prefix',
    title: 'Varsinais-Suomi hakee valinnanvapauden pilotointiin',
    date: '2017-02-14',
    dateCertainty: 'exact',
    region: 'Varsinais-Suomi',
    topics: ['valinnanvapaus'],
    contacts: ['Jukka Kärkkäinen'],
    notInBody: ['Olet tässä', 'Avainsanat', 'Edellinen uutinen', 'TIEDOTE'],
  },
  {
    name: 'satakunta-wordpress-kirjoittaja',
    title: 'Kasvupalvelujen valmistelu etenee Satakunnassa',
    // "Kirjoittaja: Satakuntaliitto | Pori 20.4.2018": the byline carries the dateline.
    date: '2018-04-20',
    dateCertainty: 'exact',
    region: 'Satakunta',
    topics: ['kasvupalvelut'],
    contacts: ['Maria Salonen'],
    notInBody: ['Tagit', 'kommenttia', 'Sähköpostiosoitettasi', 'Nimi *', 'Valikko'],
  },
  {
    name: 'kanta-hame-month-name',
    title: 'Henkilökohtaisen budjetin kokeilu alkaa Hämeenlinnassa',
    date: '2018-05-15',
    dateCertainty: 'exact',
    region: 'Kanta-Häme',
    topics: ['henkilökohtainen budjetti'],
    contacts: ['Liisa Niemi', 'Kari Virtanen'],
    notInBody: ['Jaa sivu', 'Tulosta'],
  },
  {
    name: 'kymenlaakso-iso-date',
    title: 'Kymsote rakentaa yhteistä asiakastietojärjestelmää',
    date: '2018-06-12',
    dateCertainty: 'exact',
    region: 'Kymenlaakso',
    topics: ['ICT'],
    contacts: ['Petri Kallio'],
  },
  {
    name: 'etela-karjala-weekday-dateline',
    title: 'Eksote laajentaa valinnanvapautta – asiakas voi valita terveysaseman koko Etelä-Karjalassa',
    date: '2018-10-03',
    dateCertainty: 'exact',
    // Kymenlaakso is named once with "kanssa": a partner in passing.
    region: 'Etelä-Karjala',
    topics: ['valinnanvapaus'],
    // Not the "Eksote, Valto Käkelän katu 3, 53130 Lappeenranta" address line under the contact.
    contacts: ['Pia Ahola'],
  },
  {
    name: 'etela-savo-lehdistotiedote-date-prefix',
    title: 'Essote ja Etelä-Savon maakuntaliitto jatkavat yhteistä valmistelua',
    // The only date is in the headline's prefix "Lehdistötiedote 12.3.2019:".
    date: '2019-03-12',
    dateCertainty: 'exact',
    region: 'Etelä-Savo',
    topics: [],
    contacts: ['Pentti Mäkinen', 'Saku Ruhala'],
  },
  {
    name: 'pohjois-savo-ely-liferay',
    title: 'Kasvupalvelupilotti käynnistyy Pohjois-Savossa',
    // "Päivitetty 22.11.2017" at the end is when the page changed, not the release.
    date: '2017-11-21',
    dateCertainty: 'exact',
    region: 'Pohjois-Savo',
    topics: ['kasvupalvelut'],
    contacts: ['Veli Pekka Juvonen', 'Anne Kuusela'],
    notInBody: ['Etusivu', 'Jaa sivu'],
  },
  {
    name: 'pohjois-karjala-typo3-updated',
    title: 'Siun soten sähköinen asiointi laajenee',
    // "Päivitetty 6.10.2018" stands first, but "Julkaistu 1.10.2018" is the publication date.
    date: '2018-10-01',
    dateCertainty: 'exact',
    region: 'Pohjois-Karjala',
    // Sähköinen asiointi and digitalisaatio are the subject.
    topics: ['ICT'],
    contacts: ['Tuomas Lehtinen'],
  },
  {
    name: 'keski-pohjanmaa-soite',
    title: 'Soite valmistautuu maakuntaan: hallitus hyväksyi toimintasuunnitelman',
    date: '2019-01-09',
    dateCertainty: 'exact',
    region: 'Keski-Pohjanmaa',
    topics: [],
    contacts: ['Jyrki Heikkilä'],
  },
  {
    name: 'etela-pohjanmaa-neighbour',
    title: 'Etelä-Pohjanmaa valmistelee valinnanvapauden pilottia',
    date: '2018-04-20',
    dateCertainty: 'exact',
    // Pohjanmaa ("yhteistyötä myös Pohjanmaan kanssa") and Keski-Suomi ("esimerkiksi") in passing.
    region: 'Etelä-Pohjanmaa',
    topics: ['valinnanvapaus'],
    contacts: ['Tuula Ylinen'],
  },
  {
    name: 'pohjanmaa-sitevision',
    title: 'Pohjanmaan maakuntavalmistelu esitteli palvelulupausluonnoksen',
    // "Publicerad 30.5.2018": the Swedish publication label of a bilingual site.
    date: '2018-05-30',
    dateCertainty: 'exact',
    region: 'Pohjanmaa',
    topics: [],
    contacts: ['Kristina Kleemola'],
    notInBody: ['Österbottens förbund'],
  },
  {
    name: 'kainuu-digitalisaatio',
    title: 'Kainuu kehittää sähköisiä palveluja valtionavustuksella',
    date: '2017-12-12',
    dateCertainty: 'exact',
    region: 'Kainuu',
    topics: ['ICT'],
    contacts: ['Ari Korhonen'],
  },
  {
    name: 'lappi-kasvupalvelut',
    title: 'Lapin kasvupalvelut valmistellaan yhdessä yrittäjien kanssa',
    date: '2018-03-15',
    dateCertainty: 'exact',
    region: 'Lappi',
    topics: ['kasvupalvelut'],
    contacts: ['Tiina Mäkelä'],
    notInBody: ['Lapin liitto\n'],
  },
  {
    name: 'ahvenanmaa',
    title: 'Ahvenanmaan maakuntahallitus seuraa Manner-Suomen uudistusta',
    date: '2017-11-07',
    dateCertainty: 'exact',
    // Turku (Varsinais-Suomi) is where care is bought, once; Ahvenanmaa is named throughout.
    region: 'Ahvenanmaa',
    topics: [],
    contacts: ['Anna Lindholm'],
    notInBody: ['Ålands landskapsregering', 'Nyheter'],
  },
  {
    name: 'national-many-regions',
    title: 'Valinnanvapauden pilotit käynnistyvät kahdeksassa maakunnassa',
    date: '2018-09-06',
    dateCertainty: 'exact',
    // Eight regions named evenly: a national release is about no single region.
    region: null,
    topics: ['valinnanvapaus', 'henkilökohtainen budjetti'],
    contacts: ['Pekka Järvinen'],
  },
  {
    name: 'uusimaa2019-undated',
    title: 'Uusimaa kuuli yrittäjiä kasvupalvelujen valmistelussa',
    date: null,
    dateCertainty: 'unknown',
    region: 'Uusimaa',
    topics: ['kasvupalvelut'],
    contacts: ['Mikko Aaltonen'],
    notInBody: ['Etusivu', 'Lue myös', 'mikä se on'],
  },
  {
    name: 'pohjois-pohjanmaa-html-template',
    title: 'Maakunnan verkkopalvelun kehittäjät etsivät tietoturva-aukkoja',
    date: '2018-08-28',
    dateCertainty: 'exact',
    region: 'Pohjois-Pohjanmaa',
    topics: ['ICT'],
    contacts: ['Jari Huttunen'],
  },
  {
    name: 'keski-suomi-lists',
    title: 'Keski-Suomen maakuntavalmistelu: johtoryhmän päätökset 5.6.2018',
    date: '2018-06-05',
    dateCertainty: 'exact',
    region: 'Keski-Suomi',
    topics: ['valinnanvapaus'],
    // One item per line: name / role / phone, a blank line between people.
    contacts: ['Tapani Mattila', 'Kati Kallimo'],
  },
  {
    name: 'varsinais-suomi-contacts-inline',
    title: 'Varsinais-Suomen maakuntauudistuksen valmistelu käynnistyy',
    date: '2016-11-22',
    dateCertainty: 'exact',
    region: 'Varsinais-Suomi',
    topics: [],
    contacts: ['Kari Häkämies', 'Heikki Saarento'],
  },
  {
    name: 'uusimaa-ely-kasvupalvelut',
    title: 'Uudenmaan ELY-keskus ja TE-toimisto valmistautuvat kasvupalvelujen siirtoon',
    date: '2018-02-01',
    dateCertainty: 'exact',
    region: 'Uusimaa',
    topics: ['kasvupalvelut'],
    contacts: ['Elise Virnes'],
  },
  {
    name: 'kainuu-weekday-inferred',
    title: 'Kainuun maakuntavalmistelun ohjausryhmä hyväksyi talousarvion',
    // "tiistaina 13.2.": 13 February is a Tuesday only in 2018 among 2015–2019.
    date: '2018-02-13',
    dateCertainty: 'inferred',
    region: 'Kainuu',
    topics: ['ICT'],
    contacts: ['Pekka Heinonen'],
  },
  {
    name: 'pirkanmaa-weekday-monthname',
    title: 'Pirkanmaan maakuntavalmistelu: henkilöstö siirtyy maakuntaan vuonna 2021',
    date: '2018-10-03',
    dateCertainty: 'exact',
    region: 'Pirkanmaa',
    topics: [],
    contacts: ['Sari Laine'],
  },
  {
    name: 'kanta-hame-mediatiedote-pipe',
    title: 'Kanta-Häme valmistelee maakunnan ICT-palveluja yhdessä Hämeenlinnan kanssa',
    // "Mediatiedote 5.4.2018 | …": the date in the prefix.
    date: '2018-04-05',
    dateCertainty: 'exact',
    region: 'Kanta-Häme',
    topics: ['ICT'],
    contacts: ['Juha Laaksonen'],
  },
  {
    name: 'pohjois-savo-no-topics',
    title: 'Pohjois-Savon maakuntavaltuusto kokoontuu Kuopiossa',
    // "maanantaina 25.9." is the meeting ahead; the dateline gives the release's date.
    date: '2017-09-11',
    dateCertainty: 'exact',
    region: 'Pohjois-Savo',
    topics: [],
    contacts: ['Marko Korhonen'],
  },
  {
    name: 'etela-pohjanmaa-no-date-prose',
    title: 'Sairaanhoitopiiri mukaan henkilökohtaisen budjetin kokeiluun',
    date: null,
    dateCertainty: 'unknown',
    region: 'Etelä-Pohjanmaa',
    // Was also valinnanvapaus, named once in the body ("osa tulevaa valinnanvapausmallia") as the frame
    // the personal budget belongs to. Issue 10: a single passing term never tags; the release is about
    // the personal-budget pilot, which is tagged.
    topics: ['henkilökohtainen budjetti'],
    contacts: ['Eija Kivistö'],
    notInBody: ['Hanneksenrinne', 'Etusivu'],
  },
];

describe('unseen releases', () => {
  it('covers at least 25 releases and 19 regions or null', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CASES.map((c) => c.region)).size).toBeGreaterThanOrEqual(17);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, expected) => {
    const bytes = readFileSync(join(DIR, expected.name, 'source.txt'));
    const release = releaseFromSource('source.txt', bytes);
    const fm = release.frontMatter;
    expect({
      title: fm.title,
      date: fm.date,
      dateCertainty: fm.dateCertainty,
      region: fm.region,
      topics: fm.topics,
      contacts: fm.contacts.map((c) => c.name),
    }).toEqual({
      title: expected.title,
      date: expected.date,
      dateCertainty: expected.dateCertainty,
      region: expected.region,
      topics: expected.topics,
      contacts: expected.contacts,
    });
    const text = renderedText(release.body);
    for (const chrome of expected.notInBody ?? []) expect(text).not.toContain(chrome.trim());
    // Every sentence of the lead paragraph survives.
    const source = bytes.toString('utf8');
    const lead = source.split('\n').find((line) => line.length > 80 && /[.:]$/u.test(line));
    expect(lead).toBeDefined();
    for (const sentence of splitSentences(lead as string)) expect(squash(text)).toContain(squash(sentence));
  });
});
