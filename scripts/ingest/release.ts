// One source file → one release: every ingest step composed. Pure: bytes in, values out.
import { createHash } from 'node:crypto';
import { renderBody } from './body.ts';
import { cleanSource } from './clean.ts';
import { extractContacts } from './contacts.ts';
import { dateReview, extractDate } from './date.ts';
import { decodeSource } from './decode.ts';
import { fingerprint, type Fingerprint } from './fingerprint.ts';
import { IngestError } from './ingest-error.ts';
import { extractMentionedDates } from './mentioned-dates.ts';
import { extractPlaces } from './places.ts';
import { detectLanguage } from './lang.ts';
import { extractPlacement } from './scope.ts';
import { releaseId } from './slug.ts';
import { summarize } from './summary.ts';
import { extractTopics } from './topics.ts';
import { parseReleaseFrontMatter, type ReleaseFrontMatter } from '../lib/release-schema.ts';

export interface Release {
  /** The id before collisions with other releases are resolved (see resolveCollisions). */
  id: string;
  /** With duplicateOf null: whether it repeats another release is decided across all sources. */
  frontMatter: ReleaseFrontMatter;
  body: string;
  fingerprint: Fingerprint;
  /** What ingest says about this file besides rejecting it, e.g. "decoded as Windows-1252". */
  notes: string[];
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Throws IngestError when the file is not a release (empty, binary, undecodable, no text left), or
 * when a step fails on it: one odd file must not stop a run over thousands.
 */
export function releaseFromSource(file: string, bytes: Uint8Array): Release {
  try {
    return buildRelease(file, bytes);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new IngestError(file, 'invalid', `ingest failed: ${message}`, { cause: error });
  }
}

function buildRelease(file: string, bytes: Uint8Array): Release {
  const { text, note } = decodeSource(file, bytes);
  const source = cleanSource(text);
  if (source.title === '') {
    throw new IngestError(file, 'invalid', 'nothing but web chrome and datelines: no headline or text');
  }
  const date = extractDate(source);
  const { scope, region, review: placementReview } = extractPlacement(source);
  const frontMatter: ReleaseFrontMatter = parseReleaseFrontMatter({
    title: source.title,
    date: date.date,
    dateCertainty: date.dateCertainty,
    dateEvidence: date.dateEvidence,
    scope,
    region,
    topics: extractTopics(source),
    lang: detectLanguage([source.title, ...source.paragraphs].join('\n')),
    summary: summarize(source),
    contacts: extractContacts(source),
    places: extractPlaces(source),
    mentionedDates: extractMentionedDates(source, date),
    source: { file, sha256: sha256(bytes), url: null },
    duplicateOf: null,
    review: [
      ...(source.titleDerived ? [{ field: 'title' as const, reason: 'no headline line: the first sentence stands in' }] : []),
      ...dateReview(date),
      ...placementReview,
    ],
  }, file);
  return {
    id: releaseId(source.title, date.date, region),
    frontMatter,
    body: renderBody(source),
    fingerprint: fingerprint(source),
    notes: note === undefined ? [] : [note],
  };
}
