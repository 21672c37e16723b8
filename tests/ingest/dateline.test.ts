import { describe, expect, it } from 'vitest';
import { isDateline } from '../../scripts/ingest/dateline.ts';

describe('isDateline', () => {
  it.each([
    ['23.02.2018', 'seed 001: a bare date'],
    ['12.03.2019', 'seed 004: zero-padded'],
    ['TIEDOTE 12.3.2019', 'seed 004: label in capitals'],
    ['Tiedote 12.3.2019 klo 10.00', 'label and time'],
    ['Seinäjoki 20.4.2018', 'place'],
    ['Helsinki, 12.3.2019', 'place with comma'],
    ['Julkaistu 5.10.2018 klo 14.22', 'published label and time'],
    ['Julkaistu: 5.10.2018 | Päivitetty: 6.10.2018 klo 9:30', 'published and updated on one line'],
    ['Päivitetty 6.10.2018', 'updated label'],
    ['15. toukokuuta 2018', 'month written out (partitive)'],
    ['Lahdessa 15. joulukuuta 2017', 'inflected place, written month'],
    ['2018-05-15', 'ISO'],
    ['Ti 12.3.2019', 'weekday abbreviation'],
    ['perjantaina 23.2.2018', 'weekday in essive'],
    ['  23.02.2018  ', 'surrounding whitespace'],
    ['Mediatiedote\u00a012.3.2019', 'non-breaking space'],
    ['Julkaistu 12.3.2019 klo 10', 'time without minutes'],
    ['5.10.2018 14:22', 'bare time'],
  ])('%s is a dateline (%s)', (line) => {
    expect(isDateline(line)).toBe(true);
  });

  it.each([
    ['Johtoryhmän seuraava kokous pidetään 22.3.2018.', 'seed 001: a meeting in a sentence'],
    [
      'Lopullinen hankehakemus tuodaan ennen hakuajan päättymistä 29.9.2017.',
      'seed 003: a deadline',
    ],
    ['ICT-kokonaisuus ei tule olemaan valmis 1.1.2020', 'seed 002: a target'],
    ['Ajankohtaista', 'section label'],
    ['14.9.', 'no year'],
    ['Ti 12.3.', 'weekday but no year'],
    ['31.2.2018', 'not a calendar day'],
    ['vuosille 2021-2024', 'a range of years'],
    ['', 'empty'],
    ['Pirkanmaan liitto tiedottaa 12.3.2019', 'words that are not a place'],
    [
      'Maakunta- ja sote-uudistuksen johtoryhmä kokoontui 22.2.2018 Oulussa ja päätti asiasta',
      'long',
    ],
  ])('%s is not a dateline (%s)', (line) => {
    expect(isDateline(line)).toBe(false);
  });
});
