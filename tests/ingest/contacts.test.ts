import { describe, expect, it } from 'vitest';
import { extractContacts } from '../../scripts/ingest/contacts.ts';
import type { Contact } from '../../scripts/ingest/types.ts';
import { handCleanedSeed, source } from './support/hand-cleaned-seeds.ts';

const c = (
  name: string,
  role: string | null,
  phone: string | null,
  email: string | null = null,
): Contact => ({
  name,
  role,
  phone,
  email,
});

describe('extractContacts on the seeds', () => {
  it.each([
    [
      '000',
      [
        c('Juha Yli-Rajala', 'Johtoryhmän pj. konsernijohtaja', '040 743 6356'),
        // The source types "p. p." before the number.
        c('Päivi Nurminen', 'Pirkanmaan muutosjohtaja', '040 754 3692'),
      ],
    ],
    [
      '001',
      [
        // "etunimi.sukunimi@…" expanded with the person's name.
        c(
          'Pauli Harju',
          'Johtoryhmän puheenjohtaja, maakuntajohtaja',
          '0400 389 152',
          'pauli.harju@pohjois-pohjanmaa.fi',
        ),
        c('Marjukka Manninen', 'Muutosjohtaja', '050 390 0066', 'marjukka.manninen@popmaakunta.fi'),
      ],
    ],
    [
      '002',
      [
        // One inline sentence joined by "tai"; the role's own "ja" does not split it.
        c(
          'Tapani Mattila',
          'johtoryhmän puheenjohtaja, Keski-Suomen maakunta- ja sote-uudistuksen muutosjohtaja',
          '040 595 00 11',
        ),
        c(
          'Kati Kallimo',
          'palvelutuotannon valmistelusta vastaava johtoryhmän jäsen',
          '050 442 2302',
        ),
      ],
    ],
    [
      '003',
      [
        c('Roope Lehto', 'Ohjausryhmän puheenjohtaja', '040 591 5660'),
        c('Jaakko Herrala', 'Sote-projektijohtaja', '050 329 7166'),
      ],
    ],
    [
      '004',
      [
        c('Laura Leppänen', 'Maakuntajohtaja', '040 767 4364'),
        c('Seppo Huldén', 'Maakunta- ja sote-uudistuksen muutosjohtaja', '044 371 9444'),
      ],
    ],
  ])('seed %s', (seed, expected) => {
    expect(extractContacts(handCleanedSeed(seed))).toEqual(expected);
  });
});

describe('extractContacts: layouts', () => {
  it.each([
    [
      'header line, one person per line',
      [
        'Lisätiedot:\nMuutosjohtaja Anna Virtanen, puh. 040 123 4567\nViestintäpäällikkö Jussi Mäkelä, p. 050 765 4321',
      ],
      [
        c('Anna Virtanen', 'Muutosjohtaja', '040 123 4567'),
        c('Jussi Mäkelä', 'Viestintäpäällikkö', '050 765 4321'),
      ],
    ],
    [
      'header alone, one person per paragraph, emails written out',
      [
        'Lisätietoja:',
        'Projektijohtaja Öhman Åsa-Maria, tel. +358 40 111 2233, asa.ohman@example.fi',
        'Hankejohtaja Ismo Rautiainen, 044 719 1234',
      ],
      [
        c('Öhman Åsa-Maria', 'Projektijohtaja', '+358 40 111 2233', 'asa.ohman@example.fi'),
        c('Ismo Rautiainen', 'Hankejohtaja', '044 719 1234'),
      ],
    ],
    [
      'inline, joined by "ja"',
      [
        'Lisätietoja antavat muutosjohtaja Seppo Huldén, p. 044 371 9444 ja maakuntajohtaja Laura Leppänen, p. 040 767 4364.',
      ],
      [
        c('Seppo Huldén', 'muutosjohtaja', '044 371 9444'),
        c('Laura Leppänen', 'maakuntajohtaja', '040 767 4364'),
      ],
    ],
    [
      'inline, joined by ";", name before role',
      [
        'Lisätietoja: Pauli Harju, maakuntajohtaja, 0400 389 152; Marjukka Manninen, muutosjohtaja, 050 390 0066',
      ],
      [
        c('Pauli Harju', 'maakuntajohtaja', '0400 389 152'),
        c('Marjukka Manninen', 'muutosjohtaja', '050 390 0066'),
      ],
    ],
    [
      'email pattern expanded: lowercase, ä→a, ö→o, é→e, hyphen kept',
      [
        'Yhteystiedot:\nJohtaja Jyrki Yli-Hämäläinen, p. (03) 569 1120, etunimi.sukunimi@pirkanmaa.fi\nSeppo Huldén, etunimi.sukunimi@phhyky.fi',
      ],
      [
        c('Jyrki Yli-Hämäläinen', 'Johtaja', '(03) 569 1120', 'jyrki.yli-hamalainen@pirkanmaa.fi'),
        c('Seppo Huldén', null, null, 'seppo.hulden@phhyky.fi'),
      ],
    ],
    [
      'non-breaking spaces inside the number are normalised',
      ['Lisätiedot: muutosjohtaja Päivi Nurminen, p.\u00a0040\u00a0754\u00a03692'],
      [c('Päivi Nurminen', 'muutosjohtaja', '040 754 3692')],
    ],
    [
      "the publishing site's address block is not a contact",
      [
        'Yhteystiedot',
        'Akaan kaupunki',
        'PL 34, 37801 Akaa\nPuh. (03) 569 1120\nakaan.kaupunki@akaa.fi',
      ],
      [],
    ],
    [
      'a block ends where the release goes on',
      [
        'Lisätiedot:\nMuutosjohtaja Anna Virtanen, p. 040 123 4567',
        'Seuraava kokous pidetään syyskuussa, jolloin käsitellään talousarvio ja muut asiat, joista päätetään.',
        'Sanoo Matti Meikäläinen, p. 040 000 0000',
      ],
      [c('Anna Virtanen', 'Muutosjohtaja', '040 123 4567')],
    ],
    [
      'an exact repeat is dropped, the same name with another phone is kept',
      [
        'Lisätietoja:',
        'Valmistelujohtaja Outi Leppänen, puh. 045 443 1615',
        'Valmistelujohtaja Outi Leppänen, puh. 045 443 1615',
        'Maakuntajohtaja Outi Leppänen, puh. 050 431 6767',
      ],
      [
        c('Outi Leppänen', 'Valmistelujohtaja', '045 443 1615'),
        c('Outi Leppänen', 'Maakuntajohtaja', '050 431 6767'),
      ],
    ],
    [
      'international number with (0), "puh:" label',
      ['Lisätietoja antaa:\nKehittämispäällikkö Anna-Liisa Kärkkäinen, puh: +358 (0)40 123 4567'],
      [c('Anna-Liisa Kärkkäinen', 'Kehittämispäällikkö', '+358 (0)40 123 4567')],
    ],
    [
      'a sentence that begins like a header is not one',
      [
        'Lisätietoja hankkeesta löytyy osoitteesta maakunta.fi.',
        'Muutosjohtaja Anna Virtanen esitteli hankkeen.',
      ],
      [],
    ],
    [
      'a header without a colon, straight on with a contact',
      ['Lisätietoja muutosjohtaja Anna Virtanen p. 040 123 4567'],
      [c('Anna Virtanen', 'muutosjohtaja', '040 123 4567')],
    ],
    [
      'people quoted in the body without a header are not contacts',
      ['”Suuri kiitos kuuluu kaikille”, sanoo muutosjohtaja Seppo Huldén.'],
      [],
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(extractContacts(source('Otsikko', paragraphs))).toEqual(expected);
  });
});

describe('extractContacts: layouts met on unseen releases', () => {
  const of = (...paragraphs: string[]) => extractContacts({ title: 'Otsikko', preamble: [], paragraphs });
  it.each([
    [
      'one item per line, a blank line between people',
      ['Lisätietoja antavat:\nTapani Mattila\nmuutosjohtaja\npuh. 040 595 0011', 'Kati Kallimo\npalvelutuotantojohtaja\npuh. 050 442 2302'],
      [c('Tapani Mattila', 'muutosjohtaja', '040 595 0011'), c('Kati Kallimo', 'palvelutuotantojohtaja', '050 442 2302')],
    ],
    [
      'role and name, then phone and email lines',
      ['Lisätietoja:\nICT-johtaja Tuomas Lehtinen\npuh. 013 330 1234\ntuomas.lehtinen@siunsote.fi'],
      [c('Tuomas Lehtinen', 'ICT-johtaja', '013 330 1234', 'tuomas.lehtinen@siunsote.fi')],
    ],
    [
      'a three-part name after the role',
      ['Lisätietoja\nYlijohtaja Veli Pekka Juvonen, puh. 0295 026 100'],
      [c('Veli Pekka Juvonen', 'Ylijohtaja', '0295 026 100')],
    ],
    [
      'a bilingual header',
      ['Lisätietoja / Mer information:\nvalmistelujohtaja Kristina Kleemola, p. 050 321 5566'],
      [c('Kristina Kleemola', 'valmistelujohtaja', '050 321 5566')],
    ],
    [
      'an address line under a person is no person',
      ['Lisätietoja:\ntoimitusjohtaja Pia Ahola, p. 040 506 0011\nEksote, Valto Käkelän katu 3, 53130 Lappeenranta'],
      [c('Pia Ahola', 'toimitusjohtaja', '040 506 0011')],
    ],
    [
      'two full lines are two people, not one',
      ['Lisätietoja:\nKehittämispäällikkö Liisa Niemi, puh. 050 555 0101\nMuutosjohtaja Kari Virtanen, puh. 040 333 4455'],
      [c('Liisa Niemi', 'Kehittämispäällikkö', '050 555 0101'), c('Kari Virtanen', 'Muutosjohtaja', '040 333 4455')],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(of(...paragraphs)).toEqual(expected);
  });
});

describe('extractContacts: Swedish and bilingual headers', () => {
  it.each([
    [
      'Ytterligare information: on its own line (sv-pressmeddelande-personlig-budget)',
      ['Ytterligare information:\nProjektchef Sofia Björkman, tfn 044 723 1180, sofia.bjorkman@osterbotten.fi'],
      [c('Sofia Björkman', 'Projektchef', '044 723 1180', 'sofia.bjorkman@osterbotten.fi')],
    ],
    [
      'Mer information: with the contact on the same line (sv-jakobstad-weekday-month-valfrihet)',
      ['Mer information: Ulrika Strand, tfn 050 338 4521'],
      [c('Ulrika Strand', null, '050 338 4521')],
    ],
    [
      'Förfrågningar: two people joined by "eller"',
      ['Förfrågningar:\nTuomas Rinne, specialmedarbetare, tfn 02955 30411 eller Anna Berg, konsultativ tjänsteman, tfn 02955 30422'],
      [c('Tuomas Rinne', 'specialmedarbetare', '02955 30411'), c('Anna Berg', 'konsultativ tjänsteman', '02955 30422')],
    ],
    [
      'bilingual header, Swedish first (sv-bilingual-forbund-ikt)',
      ['Ytterligare information / Lisätietoja:\nförändringsdirektör Carola Nyström, tfn 040 512 3344, carola.nystrom@obotnia.fi'],
      [c('Carola Nyström', 'förändringsdirektör', '040 512 3344', 'carola.nystrom@obotnia.fi')],
    ],
    ['"Mer information om …" in a sentence is not a header', ['Mer information om projektet finns på förbundets webbplats.'], []],
  ])('%s', (_label, paragraphs, expected) => {
    expect(extractContacts(source('Pressmeddelande', paragraphs))).toEqual(expected);
  });
});
