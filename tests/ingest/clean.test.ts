import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanSource } from '../../scripts/ingest/clean.ts';

const SOURCES = resolve(import.meta.dirname, '../../content/sources');
const seed = (prefix: string) => readFileSync(join(SOURCES, readdirSync(SOURCES).find((f) => f.startsWith(prefix)) as string), 'utf8');

describe('cleanSource', () => {
  it('seed 004: prefix dropped, both datelines in the preamble, repeated headline gone', () => {
    const source = cleanSource(seed('004'));
    expect(source.title).toBe('Maakunta- ja sote-uudistuksen valmistelu hyödyntää Päijät-Hämettä jatkossakin');
    expect(source.preamble).toEqual(['12.03.2019', 'TIEDOTE 12.3.2019']);
    expect(source.paragraphs[0]).toMatch(/^Maakunta- ja sote-uudistuksen projektitoimistolla Päijät-Hämeessä/);
    expect(source.paragraphs.at(-1)).toBe('Maakunta- ja sote-uudistuksen muutosjohtaja Seppo Huldén, 044 371 9444');
  });

  it('seed 001: label and dateline in the preamble; the contact block kept', () => {
    const source = cleanSource(seed('001'));
    expect(source.preamble).toEqual(['Ajankohtaista', '23.02.2018']);
    expect(source.paragraphs).toContain('Asialista liitteineen on nähtävillä Popmaakunta.fi sivuilla');
    expect(source.paragraphs).toContain('Kysymyksiä ja kommentteja voi lähettää etusivulta löytyvän lomakkeen kautta.');
    expect(source.paragraphs.slice(-3)[0]).toBe('Lisätiedot:');
  });

  it('seed 003: nbsp-only blocks gone, back link and address block gone, phone nbsp normalised', () => {
    const source = cleanSource(seed('003'));
    expect(source.paragraphs.at(-1)).toBe(
      'Lisätiedot:\nOhjausryhmän puheenjohtaja, Roope Lehto, p. 040 591 5660\nSote-projektijohtaja Jaakko Herrala, p. 050 329 7166',
    );
    expect(source.paragraphs.every((p) => p.trim() !== '' && !/\u00a0/.test(p))).toBe(true);
  });

  it('seed 002: ends with the release\'s contact sentence', () => {
    expect(cleanSource(seed('002')).paragraphs.at(-1)).toMatch(/^Lisätietoja: johtoryhmän puheenjohtaja.*050 442 2302$/);
  });

  it('CRLF-free text in, blocks split on blank lines, lines kept inside a block', () => {
    expect(cleanSource('Otsikko\n\nEka rivi\ntoka rivi\n\n\n\nKolmas')).toEqual({
      title: 'Otsikko',
      preamble: [],
      paragraphs: ['Eka rivi\ntoka rivi', 'Kolmas'],
    });
  });
});

describe('cleanSource: update stamps and derived titles', () => {
  it('moves an update stamp out of the body into the preamble', () => {
    const source = cleanSource('Otsikko\n\nMaakuntahallitus hyväksyi tänään strategian ja lähetti sen kuntiin kommentoitavaksi.\n\nPäivitetty 16.4.2018');
    expect(source.paragraphs).toEqual(['Maakuntahallitus hyväksyi tänään strategian ja lähetti sen kuntiin kommentoitavaksi.']);
    expect(source.preamble).toEqual(['Päivitetty 16.4.2018']);
  });

  it('marks a title that stands in for a missing headline', () => {
    expect(cleanSource('Maakuntahallitus hyväksyi tänään strategian ja lähetti sen kuntiin kommentoitavaksi.').titleDerived).toBe(true);
    expect(cleanSource('Otsikko\n\nMaakuntahallitus hyväksyi tänään strategian ja lähetti sen kuntiin.').titleDerived).toBeUndefined();
  });
});
