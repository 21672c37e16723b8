// releases.xlsx: the archive as a workbook for Excel and LibreOffice, written with exceljs. One sheet
// of releases and one of contacts, Finnish headers, dates as real date cells (day.month.year).
// Cells are written as strings, never formulas, so release text cannot run in a spreadsheet.
import ExcelJS from 'exceljs';
import type { Archive } from './types.ts';
import { workbookRows, type WorkbookRows } from './workbook-rows.ts';
import { withFixedZipTimes } from './zip-times.ts';

/** Sheet names and column headers as Finnish users read them; `key` names the value. */
export const RELEASE_SHEET = 'Tiedotteet';
export const CONTACT_SHEET = 'Yhteyshenkilöt';

const RELEASE_COLUMNS = [
  { header: 'Tunniste', key: 'id', width: 30 },
  { header: 'Otsikko', key: 'title', width: 60 },
  { header: 'Päivämäärä', key: 'date', width: 12 },
  { header: 'Päivämäärän varmuus', key: 'certainty', width: 14 },
  { header: 'Päivämäärän peruste', key: 'evidence', width: 30 },
  { header: 'Laajuus', key: 'scope', width: 16 },
  { header: 'Alue', key: 'region', width: 18 },
  { header: 'Kieli', key: 'lang', width: 8 },
  { header: 'Aiheet', key: 'topics', width: 30 },
  { header: 'Tiivistelmä', key: 'summary', width: 60 },
  { header: 'Kunnat', key: 'places', width: 30 },
  { header: 'Osoite', key: 'url', width: 40 },
  { header: 'Lähdetiedosto', key: 'sourceFile', width: 30 },
  { header: 'Lähteen SHA-256', key: 'sha256', width: 20 },
  { header: 'Alkuperäinen osoite', key: 'sourceUrl', width: 40 },
] as const;

const CONTACT_COLUMNS = [
  { header: 'Tiedotteen tunniste', key: 'releaseId', width: 30 },
  { header: 'Nimi', key: 'name', width: 24 },
  { header: 'Rooli', key: 'role', width: 40 },
  { header: 'Puhelin', key: 'phone', width: 16 },
  { header: 'Sähköposti', key: 'email', width: 32 },
  { header: 'Sähköposti päätelty osoitemallista', key: 'emailDerived', width: 14 },
] as const;

/**
 * The workbook's bytes from its rows (workbookRows). `stamp` (YYYY-MM-DD) is the archive's update
 * day: it is the workbook's created/modified date and every zip entry's time, so the same archive
 * gives the same bytes.
 */
export async function xlsxFromRows(rows: WorkbookRows, stamp: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Uudistusarkisto';
  workbook.created = workbook.modified = new Date(`${stamp}T00:00:00Z`);

  const releases = workbook.addWorksheet(RELEASE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  releases.columns = RELEASE_COLUMNS.map((c) => ({ ...c }));
  for (const row of rows.releases) releases.addRow(row);
  releases.getColumn('date').numFmt = 'd.m.yyyy';

  const contacts = workbook.addWorksheet(CONTACT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  contacts.columns = CONTACT_COLUMNS.map((c) => ({ ...c }));
  for (const row of rows.contacts) contacts.addRow(row);
  for (const sheet of [releases, contacts]) sheet.getRow(1).font = { bold: true };

  return withFixedZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()), stamp);
}

/** The workbook's bytes for an archive. */
export function releasesXlsx(archive: Archive, siteUrl: string | null, stamp: string): Promise<Buffer> {
  return xlsxFromRows(workbookRows(archive, siteUrl), stamp);
}
