// The cells of releases.xlsx, computed apart from exceljs (spreadsheet.ts): an incremental build digests
// them to tell whether the workbook must be made again, without loading exceljs when it need not.
import { permanentAddress } from './citation.ts';
import type { Archive } from './types.ts';

/** One object per row, keyed by column key (spreadsheet.ts's RELEASE_COLUMNS and CONTACT_COLUMNS). */
export interface WorkbookRows {
  releases: object[];
  contacts: object[];
}

const CERTAINTY: Record<string, string> = { exact: 'tarkka', inferred: 'päätelty', unknown: 'ilman päivämäärää' };
const SCOPE: Record<string, string> = { regional: 'alueellinen', national: 'valtakunnallinen' };

/** A calendar day as the Date exceljs stores as that day (it reads Dates in UTC). */
function dayCell(isoDay: string | null): Date | null {
  return isoDay ? new Date(`${isoDay}T00:00:00Z`) : null;
}

/** The cells of both sheets: everything the workbook shows (also what an incremental build digests). Pure. */
export function workbookRows(archive: Archive, siteUrl: string | null): WorkbookRows {
  return {
    releases: archive.releases.map((r) => ({
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
    })),
    contacts: archive.releases.flatMap((r) =>
      r.contacts.map((c) => ({ ...c, releaseId: r.id, emailDerived: c.email ? (c.emailDerived ? 'kyllä' : 'ei') : null })),
    ),
  };
}

