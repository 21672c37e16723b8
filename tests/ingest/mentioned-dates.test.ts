import { describe, expect, it } from 'vitest';
import { extractDate } from '../../scripts/ingest/date.ts';
import { extractMentionedDates } from '../../scripts/ingest/mentioned-dates.ts';
import type { DateFinding } from '../../scripts/ingest/types.ts';
import { handCleanedSeed, source } from './support/hand-cleaned-seeds.ts';

const published = (date: string, evidence: string): DateFinding => ({
  date,
  dateCertainty: 'exact',
  dateEvidence: evidence,
});
const unknown: DateFinding = { date: null, dateCertainty: 'unknown', dateEvidence: null };

describe('extractMentionedDates on the seeds', () => {
  it.each([
    // "14.9." is the publication date's own evidence.
    ['000', []],
    [
      '001',
      [
        {
          date: '2018-02-22',
          text: 'Maakunta- ja sote-uudistuksen johtoryhmä kokoontui 22.2. Oulussa.',
        },
        {
          date: '2018-03-15',
          text: 'Valinnanvapauspilotin avustushakemus tulee jättää ministeriöön 15.3.',
        },
        {
          date: '2018-07-01',
          text: 'Tavoitteena on saada pilotit starttaamaan 1.7. alkaen, edellyttäen että valinnanvapauslaki hyväksytään eduskunnassa.',
        },
        { date: '2018-03-22', text: 'Johtoryhmän seuraava kokous pidetään 22.3.2018.' },
      ],
    ],
    [
      '002',
      [
        {
          date: '2020-01-01',
          text: 'Johtoryhmässä todettiin, ettei ICT-kokonaisuus tule olemaan valmis 1.1.2020 vaan siirtymä tehdään vaiheittain vuoteen 2025 mennessä.',
        },
      ],
    ],
    [
      '003',
      [
        {
          date: '2017-09-29',
          text: 'Lopullinen hankehakemus liitteineen tuodaan ohjausryhmän päätettäväksi ennen toisen hakuajan päättymistä 29.9.2017.',
        },
      ],
    ],
    ['004', []],
  ])('seed %s', (seed, expected) => {
    const src = handCleanedSeed(seed);
    expect(extractMentionedDates(src, extractDate(src))).toEqual(expected);
  });
});

describe('extractMentionedDates', () => {
  it.each([
    [
      'a yearless date takes the publication year',
      ['Hakemus tulee jättää 15.3.'],
      published('2018-02-23', '23.02.2018'),
      [{ date: '2018-03-15', text: 'Hakemus tulee jättää 15.3.' }],
    ],
    [
      'a yearless date without a publication date is left out',
      ['Hakemus tulee jättää 15.3. Kokous on 1.4.2018.'],
      unknown,
      [{ date: '2018-04-01', text: 'Kokous on 1.4.2018.' }],
    ],
    [
      'ranges of years are no dates',
      ['Suunnitelma vuosille 2021-2024 ja vuoteen 2025 mennessä.'],
      unknown,
      [],
    ],
    [
      'a written month and an ISO date',
      ['Seminaari pidetään 15. toukokuuta 2018 ja raportti julkaistaan 2018-06-01.'],
      unknown,
      [
        {
          date: '2018-05-15',
          text: 'Seminaari pidetään 15. toukokuuta 2018 ja raportti julkaistaan 2018-06-01.',
        },
        {
          date: '2018-06-01',
          text: 'Seminaari pidetään 15. toukokuuta 2018 ja raportti julkaistaan 2018-06-01.',
        },
      ],
    ],
    [
      'a dateline left in the body is not a mentioned date',
      ['TIEDOTE 12.3.2019', 'Valmistelu päättyy 31.5.2019.'],
      published('2019-03-12', '12.03.2019'),
      [{ date: '2019-05-31', text: 'Valmistelu päättyy 31.5.2019.' }],
    ],
    ['impossible dates are skipped', ['Kokous on 31.2.2018.'], unknown, []],
  ])('%s', (_label, paragraphs, publication, expected) => {
    expect(extractMentionedDates(source('Otsikko', paragraphs), publication)).toEqual(expected);
  });

  it('keeps a long sentence to the clause around the date (at most ~160 characters)', () => {
    const sentence =
      'Maakuntavalmistelussa on edetty monella rintamalla, sillä työryhmät ovat kokoontuneet koko kevään ja ' +
      'valmistelleet linjauksia, ja seuraava iso virstanpylväs on maakuntavaltuuston kokous 12.6.2018 ' +
      'Seinäjoella, jossa käsitellään palvelustrategia sekä talousarvio ja muut ajankohtaiset asiat laajasti.';
    const [found] = extractMentionedDates(source('Otsikko', [sentence]), unknown);
    expect(found?.date).toBe('2018-06-12');
    expect(found?.text).toContain('12.6.2018');
    expect(found?.text.length).toBeLessThanOrEqual(162);
  });
});

describe('extractMentionedDates: what the page shows but the release is not dated by', () => {
  it('lists an update stamp and a today widget from the preamble', () => {
    const s = source('Otsikko', ['Maakuntahallitus hyväksyi strategian.'], ['sunnuntai 27.5.2018', 'Päivitetty 16.4.2018']);
    expect(extractMentionedDates(s, unknown)).toEqual([
      { date: '2018-05-27', text: 'sunnuntai 27.5.2018' },
      { date: '2018-04-16', text: 'Päivitetty 16.4.2018' },
    ]);
  });
});
