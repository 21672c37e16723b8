// A release without a date has one name across the site: "ilman päivämäärää" (as in the address
// aikajana/ilman-paivamaaraa/). Every page's text, the scripts' strings (the search page) and the
// data files' headers and values of both builds are read for the other names it once had.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DIST, FIXTURE_DIST } from './support/paths.ts';
import { allHtmlFiles } from './support/site-pages.ts';

/** The phrase, and the other names for "no date" that must not come back. Each with an example. */
const NO_DATE = 'ilman päivämäärää';
/** A whole-word, case-insensitive pattern (\b does not see "ä" as a letter, so letters are checked). */
const words = (source: string): RegExp => new RegExp(`(?<!\\p{L})(?:${source})(?!\\p{L})`, 'iu');
const OTHER_NAMES: [RegExp, string][] = [
  [words('ajoittamat\\p{L}*'), 'Ajoittamaton, ajoittamattomat'],
  [words('päiväämät\\p{L}*'), 'päiväämätön'],
  [words('päivämäärät(?:ön|tömät|tömiä)'), 'päivämäärätön'],
  [words('ei päivämäärää'), 'ei päivämäärää'],
  [words('ei päivää'), 'ei päivää'],
  [words('ilman päiväystä'), 'ilman päiväystä'],
  [words('päivämäärä puuttuu|puuttuva päivämäärä'), 'päivämäärä puuttuu'],
  [words('päiväys puuttuu'), 'päiväys puuttuu'],
  [words('tuntematon päiv\\p{L}*'), 'tuntematon päivä'],
  [words('päivämäärä (?:ei tiedossa|tuntematon)'), 'päivämäärä ei tiedossa'],
  [words('ei ajoitettu\\p{L}*'), 'ei ajoitettu'],
];

/** A page's text: no tags (an address like aikajana/ajoittamattomat/ is not wording), entities read. */
function pageText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function otherNames(text: string): string[] {
  return OTHER_NAMES.flatMap(([pattern]) => pattern.exec(text)?.[0] ?? []);
}

describe('the other names for "no date"', () => {
  // Each example must be caught, or the check below could pass by never matching anything.
  it.each(OTHER_NAMES)('%s catches %s', (pattern, example) => {
    expect(pattern.test(example)).toBe(true);
    expect(pattern.test(NO_DATE)).toBe(false);
  });
});

describe.each([
  ['the built-in corpus', DIST],
  ['the fixtures', FIXTURE_DIST],
])('"no date" wording in %s', (_label, dist) => {
  it('no page uses another name for it', () => {
    const pages = allHtmlFiles(dist);
    expect(pages.length).toBeGreaterThan(20);
    const found = pages.flatMap((file) => otherNames(pageText(readFileSync(path.join(dist, file), 'utf8'))).map((n) => `${file}: ${n}`));
    expect(found).toEqual([]);
  });

  it('no script string (the search page) or data file header uses another name for it', async () => {
    const scripts = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    const found = scripts.flatMap((file) => otherNames(readFileSync(path.join(dist, file), 'utf8')).map((n) => `${file}: ${n}`));
    for (const csv of ['releases.csv', 'contacts.csv']) {
      found.push(...otherNames(readFileSync(path.join(dist, csv), 'utf8').split('\r\n')[0]!).map((n) => `${csv}: ${n}`));
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path.join(dist, 'releases.xlsx')) as unknown as ExcelJS.Buffer);
    // Headers, and the certainty column's values, are the workbook's own words (the rest is release text).
    const sheet = workbook.getWorksheet('Tiedotteet')!;
    const certainty = (sheet.getRow(1).values as unknown[]).indexOf('Päivämäärän varmuus');
    expect(certainty).toBeGreaterThan(0);
    workbook.eachSheet((s) => found.push(...otherNames(String((s.getRow(1).values as unknown[]).join(' '))).map((n) => `${s.name}: ${n}`)));
    sheet.eachRow((row) => found.push(...otherNames(String(row.getCell(certainty).text)).map((n) => `xlsx: ${n}`)));
    expect(found).toEqual([]);
  });
});

describe('"no date" wording where it shows (fixtures: one release without a date)', () => {
  const undated = (JSON.parse(readFileSync(path.join(FIXTURE_DIST, 'releases.json'), 'utf8')) as { releases: { id: string; date: string | null }[] })
    .releases.find((r) => r.date === null)!;
  const text = (file: string): string => pageText(readFileSync(path.join(FIXTURE_DIST, file), 'utf8'));

  it.each([
    ['the release page', `tiedotteet/${undated.id}/index.html`],
    ['the timeline', 'aikajana/index.html'],
    ['the page of releases without a date', 'aikajana/ilman-paivamaaraa/index.html'],
  ])('%s says "ilman päivämäärää"', (_where, file) => {
    expect(text(file).toLowerCase()).toContain(NO_DATE);
  });

  it('the release lists mark it with the same words', () => {
    const html = readFileSync(path.join(FIXTURE_DIST, 'aikajana/ilman-paivamaaraa/index.html'), 'utf8');
    expect(html).toContain(`<span class="ua-tag ua-tag--warn">${NO_DATE}</span>`);
  });

  it('the citation and the workbook say it the same way', async () => {
    expect(text(`tiedotteet/${undated.id}/index.html`)).toContain(`Tiedote, ${NO_DATE}.`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path.join(FIXTURE_DIST, 'releases.xlsx')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Tiedotteet')!;
    const values: string[] = [];
    sheet.eachRow((row) => void values.push(String(row.getCell(4).text)));
    expect(values).toContain(NO_DATE);
  });
});
