// The data downloads: releases.json (metadata, citation and text), releases.csv (metadata, one row per
// release) and contacts.csv (one row per contact, keyed by release id). releases.xlsx: spreadsheet.ts.
import { permanentAddress } from './citation.ts';
import { citationFacts } from './cite/facts.ts';
import { cslItem } from './cite/csl.ts';
import { toCsv } from './csv.ts';
import type { Archive, Release } from './types.ts';

/** Columns of releases.csv, in order; the about page documents each one. */
export const CSV_COLUMNS = [
  'id', 'title', 'date', 'dateCertainty', 'dateEvidence', 'scope', 'region', 'lang', 'topics', 'summary', 'places',
  'url', 'sourceFile', 'sourceSha256', 'sourceUrl', 'alsoPublishedAs',
] as const;

/** Columns of contacts.csv: one row per person named in a release. */
export const CONTACT_COLUMNS = ['releaseId', 'name', 'role', 'phone', 'email', 'emailDerived'] as const;

function csvRow(r: Release, siteUrl: string | null): (string | null)[] {
  return [
    r.id, r.title, r.date, r.dateCertainty, r.dateEvidence, r.scope, r.region, r.lang,
    r.topics.join('; '), r.summary, r.places.join('; '),
    permanentAddress(r, siteUrl), r.source.file, r.source.sha256, r.source.url,
    r.alsoPublishedAs.map((d) => d.id).join('; '),
  ];
}

export function releasesCsv(archive: Archive, siteUrl: string | null): string {
  return toCsv(CSV_COLUMNS, archive.releases.map((r) => csvRow(r, siteUrl)));
}

export function contactsCsv(archive: Archive): string {
  const rows = archive.releases.flatMap((r) =>
    r.contacts.map((c) => [r.id, c.name, c.role, c.phone, c.email, c.email ? String(c.emailDerived) : null]),
  );
  return toCsv(CONTACT_COLUMNS, rows);
}

export function releasesJson(archive: Archive, siteUrl: string | null): string {
  const releases = archive.releases.map((r) => ({
    id: r.id,
    url: permanentAddress(r, siteUrl),
    title: r.title,
    date: r.date,
    dateCertainty: r.dateCertainty,
    dateEvidence: r.dateEvidence,
    scope: r.scope,
    region: r.region,
    lang: r.lang,
    topics: r.topics,
    summary: r.summary,
    contacts: r.contacts,
    places: r.places,
    mentionedDates: r.mentionedDates,
    source: r.source,
    alsoPublishedAs: r.alsoPublishedAs.map((d) => d.id),
    citation: cslItem(citationFacts(r, siteUrl)),
    text: r.text,
  }));
  return JSON.stringify({ count: releases.length, releases }, null, 1) + '\n';
}
