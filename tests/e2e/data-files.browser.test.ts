// The data files of both builds as their users open them: releases.xlsx read back with exceljs (the
// library that wrote it), releases.csv and contacts.csv through csv-parse with strict options and the
// formula-injection rule, and the machine-readable dates of JSON-LD.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DIST, FIXTURE_DIST } from './support/paths.ts';

interface Row {
  id: string;
  title: string;
  date: string | null;
  dateCertainty: string;
  contacts: { name: string; email: string | null; emailDerived: boolean }[];
}

const read = (dist: string, file: string): string => readFileSync(path.join(dist, file), 'utf8');
const releasesOf = (dist: string): Row[] => (JSON.parse(read(dist, 'releases.json')) as { releases: Row[] }).releases;

/** RFC 4180 as csv-parse checks it: quotes only where allowed, the same number of fields in every record. */
const strictCsv = (text: string): string[][] =>
  parse(text, { bom: false, relax_quotes: false, relax_column_count: false, skip_empty_lines: false, record_delimiter: '\r\n', trim: false });

describe.each([
  ['the built-in corpus', DIST],
  ['the fixtures', FIXTURE_DIST],
])('data files of %s', (_label, dist) => {
  const releases = releasesOf(dist);

  it('releases.xlsx reads back: a sheet of releases and one of contacts, Finnish headers, real dates', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path.join(dist, 'releases.xlsx')) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tiedotteet', 'Yhteyshenkilöt']);
    const sheet = workbook.getWorksheet('Tiedotteet')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['Tunniste', 'Otsikko', 'Päivämäärä', 'Päivämäärän varmuus']);
    expect(sheet.rowCount).toBe(releases.length + 1);
    releases.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(r.id);
      expect(row.getCell(2).value, 'text stays text, never a formula').toBe(r.title);
      const date = row.getCell(3).value;
      if (r.date) {
        expect(date).toBeInstanceOf(Date);
        expect((date as Date).toISOString().slice(0, 10)).toBe(r.date);
        expect(row.getCell(3).numFmt).toBe('d.m.yyyy');
      } else {
        expect(date).toBeNull();
      }
    });
    const contacts = workbook.getWorksheet('Yhteyshenkilöt')!;
    expect((contacts.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Tiedotteen tunniste', 'Nimi', 'Rooli', 'Puhelin', 'Sähköposti', 'Sähköposti päätelty osoitemallista',
    ]);
    expect(contacts.rowCount).toBe(1 + releases.reduce((n, r) => n + r.contacts.length, 0));
  });

  it('releases.csv and contacts.csv pass a strict RFC 4180 parser, one record per release and per contact', () => {
    const records = strictCsv(read(dist, 'releases.csv'));
    expect(records[0]!.slice(0, 3)).toEqual(['id', 'title', 'date']);
    expect(records.slice(1).map((r) => r[0])).toEqual(releases.map((r) => r.id));
    const contacts = strictCsv(read(dist, 'contacts.csv'));
    expect(contacts[0]).toEqual(['releaseId', 'name', 'role', 'phone', 'email', 'emailDerived']);
    const expected = releases.flatMap((r) => r.contacts.map((c) => [r.id, c.name, c.email ? String(c.emailDerived) : '']));
    expect(contacts.slice(1).map((c) => [c[0], c[1], c[5]])).toEqual(expected);
  });

  it('states only a release\'s own date as datePublished in JSON-LD, as a day', () => {
    for (const r of releases) {
      const html = read(dist, `tiedotteet/${r.id}/index.html`);
      const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!) as Record<string, unknown>;
      expect(ld.datePublished, r.id).toBe(r.dateCertainty === 'exact' ? r.date : undefined);
      expect(ld.temporalCoverage, r.id).toBe(r.dateCertainty === 'inferred' ? r.date : undefined);
    }
  });
});

describe('the formula-injection rule on a hostile release', () => {
  it('neutralises cells that a spreadsheet would run, in the title, source file name and contact role', () => {
    const records = strictCsv(read(FIXTURE_DIST, 'releases.csv'));
    const columns = records[0]!;
    const row = records.find((r) => r[0] === '014_kaava-otsikossa')!;
    const cell = (name: string): string => row[columns.indexOf(name)]!;
    expect(cell('title')).toBe(`'=HYPERLINK("https://evil.example/","Klikkaa") ja muita kaavoja`);
    expect(cell('summary')).toBe(`'+358 on suuntanumero, ei kaava; -1 ja @summa eivät ole kaavoja.`);
    expect(cell('sourceFile')).toBe(`'@kaava.txt`);
    const contacts = strictCsv(read(FIXTURE_DIST, 'contacts.csv'));
    expect(contacts.find((c) => c[0] === '014_kaava-otsikossa')![2]).toBe(`'=1+1`);
    // No cell anywhere starts a formula.
    for (const file of ['releases.csv', 'contacts.csv']) {
      const cells = strictCsv(read(FIXTURE_DIST, file)).flat();
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c)), file).toEqual([]);
    }
  });

  it('marks an address expanded from "etunimi.sukunimi@…" as derived, in the data and on the page', () => {
    const release = releasesOf(FIXTURE_DIST).find((r) => r.id === '015_pitka-yhdyssana')!;
    expect(release.contacts.map((c) => [c.email, c.emailDerived])).toEqual([
      ['marjukka.manninen@popmaakunta.fi', true],
      ['pauli.harju@pohjois-pohjanmaa.fi', false],
    ]);
    const html = read(FIXTURE_DIST, 'tiedotteet/015_pitka-yhdyssana/index.html');
    expect(html).toContain('<span class="ua-contacts__derived">marjukka.manninen@popmaakunta.fi</span> <span class="ua-tag ua-tag--warn">päätelty osoitemallista</span>');
    expect(html).not.toContain('mailto:marjukka.manninen');
    expect(html).not.toMatch(/mailto:etunimi/);
    // The body's own contact block is left out of the page; the release text above it stays.
    expect(html).not.toContain('<p>Lisätietoja:</p>');
    expect(html).toContain('Pilotit alkavat syksyllä.');
  });
});
