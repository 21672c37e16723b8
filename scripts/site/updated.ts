// The archive's "updated" day for the footer and the workbook: never the wall clock, so the same input
// builds the same bytes. SOURCE_DATE_EPOCH (the reproducible-builds convention) names it when the
// publisher gives it; otherwise the newest release's date stands in, and the footer says which.
import { EMPTY_FEED_UPDATED } from './feeds.ts';

export interface ArchiveUpdated {
  /** YYYY-MM-DD. */
  day: string;
  /** 'input': from SOURCE_DATE_EPOCH; 'newest-release': the newest dated release. */
  basis: 'input' | 'newest-release';
}

const HELSINKI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/** E.g. ("1733011200", "2019-03-12") → { day: "2024-12-01", basis: "input" }; (undefined, null) → the fixed empty day. */
export function archiveUpdated(sourceDateEpoch: string | undefined, newestRelease: string | null): ArchiveUpdated {
  if (sourceDateEpoch) {
    if (!/^\d+$/.test(sourceDateEpoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970: ${sourceDateEpoch}`);
    return { day: HELSINKI_DAY.format(new Date(Number(sourceDateEpoch) * 1000)), basis: 'input' };
  }
  return { day: newestRelease ?? EMPTY_FEED_UPDATED, basis: 'newest-release' };
}
