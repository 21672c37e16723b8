// The data downloads: releases.json (metadata and text) and releases.csv (metadata).
import { permanentAddress } from './citation.ts';
import { toCsv } from './csv.ts';
import type { Archive, Release } from './types.ts';

/** Columns of releases.csv, in order; the about page documents each one. */
export const CSV_COLUMNS = [
  'id', 'title', 'date', 'dateCertainty', 'dateEvidence', 'scope', 'region', 'lang', 'topics', 'summary', 'places',
  'contacts', 'url', 'sourceFile', 'sourceSha256', 'sourceUrl', 'alsoPublishedAs',
] as const;

function csvRow(r: Release, siteUrl: string | null): (string | null)[] {
  return [
    r.id, r.title, r.date, r.dateCertainty, r.dateEvidence, r.scope, r.region, r.lang,
    r.topics.join('; '), r.summary, r.places.join('; '),
    r.contacts.map((c) => [c.name, c.role, c.phone, c.email].filter(Boolean).join(', ')).join('; '),
    permanentAddress(r, siteUrl), r.source.file, r.source.sha256, r.source.url,
    r.alsoPublishedAs.map((d) => d.id).join('; '),
  ];
}

export function releasesCsv(archive: Archive, siteUrl: string | null): string {
  return toCsv(CSV_COLUMNS, archive.releases.map((r) => csvRow(r, siteUrl)));
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
    text: r.text,
  }));
  return JSON.stringify({ count: releases.length, releases }, null, 1) + '\n';
}
