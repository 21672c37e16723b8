// releases.xlsx: the archive as a workbook for Excel and LibreOffice, written with exceljs. One sheet
// of releases and one of contacts, Finnish headers, dates as real date cells (day.month.year).
// Cells are written as strings, never formulas, so release text cannot run in a spreadsheet.
import ExcelJS from 'exceljs';
import { permanentAddress } from './citation.ts';
import type { Archive } from './types.ts';
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

const CERTAINTY: Record<string, string> = { exact: 'tarkka', inferred: 'päätelty', unknown: 'ei tiedossa' };
const SCOPE: Record<string, string> = { regional: 'alueellinen', national: 'valtakunnallinen' };

/** A calendar day as the Date exceljs stores as that day (it reads Dates in UTC). */
function dayCell(isoDay: string | null): Date | null {
  return isoDay ? new Date(`${isoDay}T00:00:00Z`) : null;
}

/**
 * The workbook's bytes. `stamp` (YYYY-MM-DD) is the archive's update day: it is the workbook's
 * created/modified date and every zip entry's time, so the same archive gives the same bytes.
 */
export async function releasesXlsx(archive: Archive, siteUrl: string | null, stamp: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Uudistusarkisto';
  workbook.created = workbook.modified = new Date(`${stamp}T00:00:00Z`);

  const releases = workbook.addWorksheet(RELEASE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  releases.columns = RELEASE_COLUMNS.map((c) => ({ ...c }));
  for (const r of archive.releases) {
    releases.addRow({
      id: r.id,
      title: r.title,
      date: dayCell(r.date),
      certainty: CERTAINTY[r.dateCertainty],
      evidence: r.dateEvidence,
      scope: r.scope ? SCOPE[r.scope] : null,
      region: r.region,
      lang: r.lang,
      topics: r.topics.join('; '),
      summary: r.summary,
      places: r.places.join('; '),
      url: permanentAddress(r, siteUrl),
      sourceFile: r.source.file,
      sha256: r.source.sha256,
      sourceUrl: r.source.url,
    });
  }
  releases.getColumn('date').numFmt = 'd.m.yyyy';

  const contacts = workbook.addWorksheet(CONTACT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  contacts.columns = CONTACT_COLUMNS.map((c) => ({ ...c }));
  for (const r of archive.releases) {
    for (const c of r.contacts) {
      contacts.addRow({ ...c, releaseId: r.id, emailDerived: c.email ? (c.emailDerived ? 'kyllä' : 'ei') : null });
    }
  }
  for (const sheet of [releases, contacts]) sheet.getRow(1).font = { bold: true };

  return withFixedZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()), stamp);
}
