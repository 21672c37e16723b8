import { describe, expect, it } from 'vitest';
import { dateReview, extractDate, inferYear } from '../../scripts/ingest/date.ts';
import { findDateMentions } from '../../scripts/ingest/date-mentions.ts';
import type { DateFinding } from '../../scripts/ingest/types.ts';
import { handCleanedSeed, source } from './support/hand-cleaned-seeds.ts';

const exact = (date: string, evidence: string): DateFinding => ({
  date,
  dateCertainty: 'exact',
  dateEvidence: evidence,
});
// Why the year: the evidence of an inferred date names the text that gave the day and the reason
// for the year.
const WEEKDAY = 'the only reform year in which the weekday fits';
const NEXT_STEP = 'a dated next step in the text follows within weeks';
const speaksOf = (year: number) => `the text speaks of ${year} as the present or future`;
const inferred = (date: string, day: string, why: string): DateFinding => ({
  date,
  dateCertainty: 'inferred',
  dateEvidence: `${day} (day from the lead's event; year ${date.slice(0, 4)}: ${why})`,
});
const unknown: DateFinding = { date: null, dateCertainty: 'unknown', dateEvidence: null };
const LEAD = 'Johtoryhmä käsitteli kokouksessaan valmistelun tilannetta.';

describe('extractDate on the seeds', () => {
  it.each([
    // 14.9. without a year: the text speaks of "vuoden 2019 loppuun" and "vuosille 2021-2024" as the
    // future, and 14.9.2019 lies after the reform window (31.5.2019), so 2018.
    ['000', inferred('2018-09-14', '14.9.', speaksOf(2019))],
    ['001', exact('2018-02-23', '23.02.2018')],
    // 1.1.2020 and 2025 are targets in the body, not a publication date.
    ['002', unknown],
    // 3.7. is a Monday only in 2017 among the reform years.
    ['003', inferred('2017-07-03', 'maanantaina 3.7.', WEEKDAY)],
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
    // A bare dateline beats an update label. An update label alone is not the release's date: it
    // tells when the page last changed (issue 10: a wrong date is worse than none).
    [['Päivitetty 6.10.2018', '5.10.2018'], [LEAD], exact('2018-10-05', '5.10.2018')],
    [['Päivitetty 6.10.2018'], [LEAD], unknown],
    // A press wire's time with seconds and zone, a ministry's "Julkaisuajankohta", a column's
    // authors after the dateline, a dateline longer than 80 characters.
    [['22.5.2018 12:50:40 EEST | Tiedote'], [LEAD], exact('2018-05-22', '22.5.2018 12:50:40 EEST | Tiedote')],
    [['Julkaisuajankohta 14.6.2016 10.05'], [LEAD], exact('2016-06-14', 'Julkaisuajankohta 14.6.2016 10.05')],
    [['Tiistai 6.3.2018 klo 9:12 - Anneli Torvinen ja Jarkko Salmi'], [LEAD], exact('2018-03-06', 'Tiistai 6.3.2018 klo 9:12 - Anneli Torvinen ja Jarkko Salmi')],
    [
      ['Julkaistu 22.11.2018 klo 14.05 | Päivitetty 23.11.2018 klo 9.40 | Pohjois-Pohjanmaan liitto | Uutiset'],
      [LEAD],
      exact('2018-11-22', 'Julkaistu 22.11.2018 klo 14.05'),
    ],
    // A standfirst with its dateline as its last line, and a release header block.
    [[], ['Kommunerna befarar att regionen får för lite att säga till om.\n18.5.2018 - 15.04', LEAD], exact('2018-05-18', '18.5.2018 - 15.04')],
    [[], [LEAD, 'Kuntaliitto ja sairaanhoitopiirit tiedottavat\n6.7.2017\nJulkaisuvapaa heti'], exact('2017-07-06', '6.7.2017')],
    // A site's "today" widget on the first line is the day the page was saved.
    [['sunnuntai 27.5.2018', 'Maakuntauudistus'], [LEAD], unknown],
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
      inferred('2017-07-03', 'maanantaina 3.7.', WEEKDAY),
    ],
    // Wednesday 14.3. is 2018 only (2018-03-14); context years are not needed.
    [
      ['Hallitus kokoontui keskiviikkona 14.3. Kajaanissa.'],
      inferred('2018-03-14', 'keskiviikkona 14.3.', WEEKDAY),
    ],
    // Year from context: the earliest year mentioned, the date kept in the window.
    [
      ['Johtoryhmä kokoontui 14.9.', 'Rahoitus on myönnetty vuoden 2019 loppuun.'],
      inferred('2018-09-14', '14.9.', speaksOf(2019)),
    ],
    // The rule takes the latest year the text allows: 2.5.2019 is still inside the window.
    [
      ['Maakuntahallitus kokoontui 2.5.', 'Maakunnat aloittavat 1.1.2019.'],
      inferred('2019-05-02', '2.5.', speaksOf(2019)),
    ],
    [
      ['Maakuntahallitus kokoontui 2.6.', 'Maakunnat aloittavat 1.1.2019.'],
      inferred('2018-06-02', '2.6.', speaksOf(2019)),
    ],
    [
      ['Johtoryhmä kokoontui 14. syyskuuta.', 'Vuonna 2017 aloitettiin.'],
      inferred('2017-09-14', '14. syyskuuta', speaksOf(2017)),
    ],
    // The next meeting's date carries the year, even where an earlier year is mentioned as past.
    [
      [
        'Ohjausryhmä kokoontui 5.4. ja sai tiedoksi valmistelun tilanteen.',
        'Projektitoimisto aloitti toimintansa vuonna 2018.',
        'Johtoryhmän seuraava kokous pidetään 25.4.2019.',
      ],
      inferred('2019-04-05', '5.4.', NEXT_STEP),
    ],
    // No year anywhere: no basis.
    [['Johtoryhmä kokoontui 14.9. ja päätti asiasta.'], unknown],
    // A Monday 3.7. but the text says nothing else: still only 2017 fits.
    [['Kokous oli maanantaina 3.7.'], inferred('2017-07-03', 'maanantaina 3.7.', WEEKDAY)],
    // Within five years a weekday pins a day and month to at most one year; 6.6. is a Thursday only
    // in 2019, after the window.
    [
      ['Kokous oli sunnuntaina 3.7.', 'Aikataulu on vuoteen 2019.'],
      inferred('2016-07-03', 'sunnuntaina 3.7.', WEEKDAY),
    ],
    [['Kokous oli torstaina 6.6.', 'Vuonna 2019.'], unknown],
    // A full date in the body is a meeting, deadline or target, never the publication date.
    [['Johtoryhmän seuraava kokous pidetään 22.3.2018.'], unknown],
    [['Lopullinen hakemus jätetään ennen hakuajan päättymistä 29.9.2017.'], unknown],
    [['ICT-kokonaisuus ei ole valmis 1.1.2020.'], unknown],
    // A weekday with a full date in a reporting sentence of the lead: that day.
    [['Valmistelutoimielin kokoontui tiistaina 21.8.2018 Rovaniemellä.'], { date: '2018-08-21', dateCertainty: 'inferred', dateEvidence: "tiistaina 21.8.2018 (the lead's event: weekday and full date)" }],
    // … but not when weekday and date disagree, nor without the weekday, nor in a plan.
    [['Valmistelutoimielin kokoontui keskiviikkona 21.8.2018.'], unknown],
    [['Toimielin kävi kokouksessaan 9. huhtikuuta 2019 läpi loppuraportin.'], unknown],
    [['Ensimmäiset maakuntavaalit on määrä pitää sunnuntaina 28.10.2018.'], unknown],
    // Plans, deadlines, periods and references are mentioned dates, never the publication date.
    [['Toimielimet on määrä asettaa 1. heinäkuuta.', 'Vaalit pidetään vuoden 2018 alussa.'], unknown],
    [['Ilmoittautumiset pyydetään 8.11. mennessä.', 'Vuonna 2017.'], unknown],
    [['Toimielin päätti asettaa luonnoksen nähtäville ajalle 14.3.–13.4.2018.'], unknown],
    [['Johtaja ei pitänyt arviosta, jonka ministeriö esitti (MT 9.8.).', 'Vuonna 2018.'], unknown],
    [['”Kokoonnuimme 3.7. ja päätimme asiasta”, johtaja kertoi.', 'Vuonna 2017.'], unknown],
    // Impossible dates are ignored, not thrown.
    [['Kokous oli 31.2.', 'Vuonna 2018.'], unknown],
    [[], unknown],
  ])('%j', (paragraphs, expected) => {
    expect(extractDate(source('Otsikko', paragraphs))).toEqual(expected);
  });

  it('a kicker naming a meeting day dates the release when the lead says "tänään"', () => {
    const kicker = 'Satakuntaliiton maakuntahallituksen kokous 26.3.2018';
    expect(extractDate(source('Otsikko', ['Maakuntahallitus käsitteli tänään valmistelun tilanteen.'], [kicker]))).toEqual({
      date: '2018-03-26',
      dateCertainty: 'inferred',
      dateEvidence: `${kicker} (the kicker's meeting day; the lead says "tänään")`,
    });
    expect(extractDate(source('Otsikko', ['Maakuntahallitus käsitteli valmistelun tilanteen.'], [kicker]))).toEqual(unknown);
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
    // Swedish: no period after the day, a comma may stand before the year.
    ['Publicerad tisdag 13 mars 2018', [13, 3, 2018]],
    ['onsdag, 26 september, 2018', [26, 9, 2018]],
    ['den 4 maj', [4, 5, null]],
    ['5 sept. 2017', [5, 9, 2017]],
    ['30 februari 2018', null],
    ['13 marssia', null],
  ] as const)('%s', (text, expected) => {
    const m = findDateMentions(text)[0];
    expect(m ? [m.day, m.month, m.year] : null).toEqual(expected);
  });

  it('reads a Swedish weekday with its date', () => {
    expect(findDateMentions('tisdag 13 mars 2018')[0]?.weekday).toBe(2);
  });
});

describe('dateReview', () => {
  it.each([
    [exact('2018-02-23', '23.02.2018'), []],
    [unknown, [{ field: 'date', reason: 'no publication date: no dateline or publication label, and the lead reports no dated event' }]],
    [inferred('2017-07-03', 'maanantaina 3.7.', WEEKDAY), [{ field: 'date', reason: `inferred, not stated: maanantaina 3.7. (day from the lead's event; year 2017: ${WEEKDAY})` }]],
  ])('%j', (finding, expected) => {
    expect(dateReview(finding)).toEqual(expected);
  });
});
