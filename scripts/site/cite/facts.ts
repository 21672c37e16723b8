// The facts every citation format states about a release, decided once: the formats only spell them.
import { citedAuthor, permanentAddress } from '../citation.ts';
import type { Release } from '../types.ts';

export const ARCHIVE_NAME = 'Uudistusarkisto';

export interface CitationFacts {
  id: string;
  title: string;
  /** The region or the national group, as a corporate author; null when not known. */
  author: string | null;
  /** YYYY-MM-DD, or null when undated. */
  date: string | null;
  dateInferred: boolean;
  /** Absolute when SITE_URL is known, else null (a path is no use to a reference manager). */
  url: string | null;
  /** The archive path, always: "tiedotteet/<id>/". */
  path: string;
  lang: string;
  topics: string[];
  summary: string;
  /** Human-readable notes: an inferred date's evidence, the original address. */
  notes: string[];
}

export function citationFacts(release: Release, siteUrl: string | null): CitationFacts {
  const notes: string[] = [];
  if (release.dateCertainty === 'inferred') {
    notes.push(`Päivämäärä päätelty tekstistä: ${release.dateEvidence ?? 'ei kerrottu'}`);
  }
  if (!siteUrl) notes.push(`Osoite arkiston juuresta: ${release.url.slice(1)}`);
  if (release.source.url) notes.push(`Alkuperäinen osoite: ${release.source.url}`);
  return {
    id: release.id,
    title: release.title,
    author: citedAuthor(release),
    date: release.date,
    dateInferred: release.dateCertainty === 'inferred',
    url: siteUrl ? permanentAddress(release, siteUrl) : null,
    path: release.url.slice(1),
    lang: release.lang,
    topics: release.topics,
    summary: release.summary,
    notes,
  };
}

/** Root-relative addresses of a release's citation files, e.g. "/tiedotteet/x/x.bib". */
export function citationFileUrls(release: Pick<Release, 'id' | 'url'>): { bib: string; ris: string } {
  return { bib: `${release.url}${release.id}.bib`, ris: `${release.url}${release.id}.ris` };
}

/** One line: reference formats are line-based, and a newline in a title would end the field. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
}
