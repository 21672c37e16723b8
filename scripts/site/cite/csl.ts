// A release as CSL-JSON (what Zotero, Mendeley and citeproc read), carried in releases.json.
import { ARCHIVE_NAME, type CitationFacts } from './facts.ts';

export function cslItem(facts: CitationFacts): Record<string, unknown> {
  return {
    id: `uudistusarkisto-${facts.id}`,
    type: 'webpage',
    title: facts.title,
    ...(facts.author ? { author: [{ literal: facts.author }] } : {}),
    ...(facts.date
      ? { issued: { 'date-parts': [facts.date.split('-').map(Number)] } }
      : {}),
    genre: 'Tiedote',
    publisher: ARCHIVE_NAME,
    'container-title': ARCHIVE_NAME,
    ...(facts.url ? { URL: facts.url } : {}),
    language: facts.lang,
    ...(facts.topics.length ? { keyword: facts.topics.join(', ') } : {}),
    ...(facts.summary ? { abstract: facts.summary } : {}),
    ...(facts.notes.length ? { note: facts.notes.join('. ') } : {}),
  };
}
