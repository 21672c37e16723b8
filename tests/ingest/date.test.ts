import { describe, expect, it } from 'vitest';
import { extractDate, inferYear } from '../../scripts/ingest/date.ts';
import { findDateMentions } from '../../scripts/ingest/date-mentions.ts';
import type { DateFinding } from '../../scripts/ingest/types.ts';
import { handCleanedSeed, source } from './support/hand-cleaned-seeds.ts';

const exact = (date: string, evidence: string): DateFinding => ({
  date,
  dateCertainty: 'exact',
  dateEvidence: evidence,
});
const inferred = (date: string, evidence: string): DateFinding => ({
  date,
  dateCertainty: 'inferred',
  dateEvidence: evidence,
});
const unknown: DateFinding = { date: null, dateCertainty: 'unknown', dateEvidence: null };
const LEAD = 'Johtoryhmä käsitteli kokouksessaan valmistelun tilannetta.';

describe('extractDate on the seeds', () => {
  it.each([
    // 14.9. without a year: the text speaks of "vuoden 2019 loppuun" and "vuosille 2021-2024" as the
    // future, and 14.9.2019 lies after the reform window (31.5.2019), so 2018.
    ['000', inferred('2018-09-14', '14.9.')],
    ['001', exact('2018-02-23', '23.02.2018')],
    // 1.1.2020 and 2025 are targets in the body, not a publication date.
    ['002', unknown],
    // 3.7. is a Monday only in 2017 among the reform years.
    ['003', inferred('2017-07-03', 'maanantaina 3.7.')],
    // Both "12.03.2019" and "TIEDOTE 12.3.2019" stand in the preamble; the labelled one is preferred.
    ['004', exact('2019-03-12', 'TIEDOTE 12.3.2019')],
  ])('seed %s', (seed, expected) => {
    expect(extractDate(handCleanedSeed(seed))).toEqual(expected);
  });
});

describe('extractDate: exact dates', () => {
  it.each([
    [['23.02.2018'], [LEAD], exact('2018-02-23', '23.02.2018')],
    [['TIEDOTE 12.3.2019'], [LEAD], exact('2019-03-12', 'TIEDOTE 12.3.2019')],
    [
      ['Julkaistu 5.10.2018 klo 14.22'],
      [LEAD],
      exact('2018-10-05', 'Julkaistu 5.10.2018 klo 14.22'),
    ],
    [['15. toukokuuta 2018'], [LEAD], exact('2018-05-15', '15. toukokuuta 2018')],
    [['15. joulukuuta 2016'], [LEAD], exact('2016-12-15', '15. joulukuuta 2016')],
    [['2018-05-15'], [LEAD], exact('2018-05-15', '2018-05-15')],
    [['Seinäjoki 20.4.2018'], [LEAD], exact('2018-04-20', 'Seinäjoki 20.4.2018')],
    [['Ti 12.3.2019'], [LEAD], exact('2019-03-12', 'Ti 12.3.2019')],
    // Seen on unseen releases: an embargo line, a Swedish label, a weekday with a month name.
    [['Päivitetty 13.3.2019', 'Julkaisuvapaa 12.3.2019 klo 12.00'], [LEAD], exact('2019-03-12', 'Julkaisuvapaa 12.3.2019 klo 12.00')],
    [['Publicerad 30.5.2018'], [LEAD], exact('2018-05-30', 'Publicerad 30.5.2018')],
    [['Keskiviikko 3. lokakuuta 2018'], [LEAD], exact('2018-10-03', 'Keskiviikko 3. lokakuuta 2018')],
    // Published beats updated, on one line and on two.
    [
      ['Julkaistu 5.10.2018 klo 14.22 | Päivitetty 6.10.2018'],
      [LEAD],
      exact('2018-10-05', 'Julkaistu 5.10.2018 klo 14.22'),
    ],
    [
      ['Päivitetty 6.10.2018', 'Julkaistu 5.10.2018'],
      [LEAD],
      exact('2018-10-05', 'Julkaistu 5.10.2018'),
    ],
    // A bare dateline beats an update label; an update label alone is still the release's date.
    [['Päivitetty 6.10.2018', '5.10.2018'], [LEAD], exact('2018-10-05', '5.10.2018')],
    [['Päivitetty 6.10.2018'], [LEAD], exact('2018-10-06', 'Päivitetty 6.10.2018')],
    // A dateline left in the paragraphs, and a labelled date inside a paragraph.
    [[], ['Kuopio 3.5.2017', LEAD], exact('2017-05-03', 'Kuopio 3.5.2017')],
    [
      [],
      [LEAD, 'Julkaistu 7.11.2017 klo 9.15. Kuvat: Maakunta.'],
      exact('2017-11-07', 'Julkaistu 7.11.2017'),
    ],
    // A bare dateline inside a list of events in the body is not the release's date.
    [
      [],
      [
        LEAD,
        'Tilaisuudet järjestetään seuraavasti:\nTampere 22.3.2018\nPori 23.3.2018',
        LEAD,
        LEAD,
        LEAD,
      ],
      unknown,
    ],
    [[], [LEAD, LEAD, LEAD, 'Tampere 22.3.2018', LEAD, LEAD], unknown],
    // The preamble dateline wins over any date in the body.
    [['23.02.2018'], ['Kokous pidettiin 22.2.2018 Oulussa.'], exact('2018-02-23', '23.02.2018')],
  ])('preamble %j, paragraphs %j', (preamble, paragraphs, expected) => {
    expect(extractDate(source('Otsikko', paragraphs, preamble))).toEqual(expected);
  });
});

describe('extractDate: inferred and unknown', () => {
  it.each([
    [
      ['Ohjausryhmä kokoontui maanantaina 3.7. ensimmäistä kertaa.'],
      inferred('2017-07-03', 'maanantaina 3.7.'),
    ],
    // Wednesday 14.3. is 2018 only (2018-03-14); context years are not needed.
    [
      ['Hallitus kokoontui keskiviikkona 14.3. Kajaanissa.'],
      inferred('2018-03-14', 'keskiviikkona 14.3.'),
    ],
    // Year from context: the earliest year mentioned, the date kept in the window.
    [
      ['Johtoryhmä kokoontui 14.9.', 'Rahoitus on myönnetty vuoden 2019 loppuun.'],
      inferred('2018-09-14', '14.9.'),
    ],
    // The rule takes the latest year the text allows: 2.5.2019 is still inside the window.
    [
      ['Maakuntahallitus kokoontui 2.5.', 'Maakunnat aloittavat 1.1.2019.'],
      inferred('2019-05-02', '2.5.'),
    ],
    [
      ['Maakuntahallitus kokoontui 2.6.', 'Maakunnat aloittavat 1.1.2019.'],
      inferred('2018-06-02', '2.6.'),
    ],
    [
      ['Johtoryhmä kokoontui 14. syyskuuta.', 'Vuonna 2017 aloitettiin.'],
      inferred('2017-09-14', '14. syyskuuta'),
    ],
    // The next meeting's date carries the year, even where an earlier year is mentioned as past.
    [
      [
        'Ohjausryhmä kokoontui 5.4. ja sai tiedoksi valmistelun tilanteen.',
        'Projektitoimisto aloitti toimintansa vuonna 2018.',
        'Johtoryhmän seuraava kokous pidetään 25.4.2019.',
      ],
      inferred('2019-04-05', '5.4.'),
    ],
    // No year anywhere: no basis.
    [['Johtoryhmä kokoontui 14.9. ja päätti asiasta.'], unknown],
    // A Monday 3.7. but the text says nothing else: still only 2017 fits.
    [['Kokous oli maanantaina 3.7.'], inferred('2017-07-03', 'maanantaina 3.7.')],
    // Within five years a weekday pins a day and month to at most one year; 6.6. is a Thursday only
    // in 2019, after the window.
    [
      ['Kokous oli sunnuntaina 3.7.', 'Aikataulu on vuoteen 2019.'],
      inferred('2016-07-03', 'sunnuntaina 3.7.'),
    ],
    [['Kokous oli torstaina 6.6.', 'Vuonna 2019.'], unknown],
    // A full date in the body is a meeting, deadline or target, never the publication date.
    [['Johtoryhmän seuraava kokous pidetään 22.3.2018.'], unknown],
    [['Lopullinen hakemus jätetään ennen hakuajan päättymistä 29.9.2017.'], unknown],
    [['ICT-kokonaisuus ei ole valmis 1.1.2020.'], unknown],
    // Impossible dates are ignored, not thrown.
    [['Kokous oli 31.2.', 'Vuonna 2018.'], unknown],
    [[], unknown],
  ])('%j', (paragraphs, expected) => {
    expect(extractDate(source('Otsikko', paragraphs))).toEqual(expected);
  });

  it('ignores an impossible dateline and falls through', () => {
    expect(extractDate(source('Otsikko', [LEAD], ['31.2.2018']))).toEqual(unknown);
  });

  it('only looks for yearless dates in the lead (the first two paragraphs)', () => {
    const paragraphs = [LEAD, LEAD, 'Hakemus jätetään 15.3.', 'Vuonna 2018.'];
    expect(extractDate(source('Otsikko', paragraphs))).toEqual(unknown);
  });
});

describe('inferYear', () => {
  const mention = (text: string) => {
    const m = findDateMentions(text)[0];
    if (!m) throw new Error(text);
    return m;
  };
  it.each([
    ['maanantaina 3.7.', [], [], 2017],
    ['perjantaina 3.7.', [], [], 2015],
    // A weekday that fits no window year: no basis, whatever the context says.
    ['torstaina 6.6.', [2018], [], null],
    ['14.9.', [2019, 2021, 2024], [], 2018],
    ['14.9.', [2017, 2019], [], 2017],
    ['14.3.', [2019], [], 2019],
    ['1.6.', [2019], [], 2018],
    ['14.9.', [], [], null],
    ['29.2.', [2019], [], 2016],
    ['14.9.', [2015], [], 2015],
    ['1.1.', [2015], [], 2015],
    // A full date soon after (the next meeting) beats the years rule.
    ['5.4.', [2018, 2019], ['2019-04-25'], 2019],
    ['27.4.', [2017, 2018], ['2018-05-23'], 2018],
    ['11.12.', [2018, 2019], ['2019-01-25'], 2018],
    // A full date far ahead (a target) or before the day says nothing about the year.
    ['14.3.', [2019], ['2020-01-01'], 2019],
    ['14.9.', [2019], ['2017-09-01'], 2018],
  ] as const)('%s with years %j and dates %j → %s', (text, years, days, expected) => {
    expect(inferYear(mention(text), { years: [...years], days: [...days] })).toBe(expected);
  });
});

describe('findDateMentions', () => {
  it.each([
    ['23.02.2018', [23, 2, 2018]],
    ['15. toukokuuta 2018', [15, 5, 2018]],
    ['15. Toukokuuta 2018', [15, 5, 2018]],
    ['15.toukokuun kokous', [15, 5, null]],
    ['1. tammikuussa 2019', [1, 1, 2019]],
    ['2018-05-15', [15, 5, 2018]],
    ['klo 14.22 ja 2021-2024 ja 1,9 M€ ja versio 1.2.3.4', null],
    ['Tilaisuus alkaa klo 9.10. ja päättyy', null],
  ] as const)('%s', (text, expected) => {
    const m = findDateMentions(text)[0];
    expect(m ? [m.day, m.month, m.year] : null).toEqual(expected);
  });
});
