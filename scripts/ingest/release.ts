// One source file → one release: every ingest step composed. Pure: bytes in, values out.
import { createHash } from 'node:crypto';
import { renderBody } from './body.ts';
import { cleanSource } from './clean.ts';
import { extractContacts } from './contacts.ts';
import { extractDate } from './date.ts';
import { decodeSource } from './decode.ts';
import { fingerprint, type Fingerprint } from './fingerprint.ts';
import { chooseHtmlDate } from './html/date-choice.ts';
import { cleanHtmlPage } from './html/clean-page.ts';
import { isHtmlFile, readHtmlPage, type HtmlPage } from './html/page.ts';
import { IngestError } from './ingest-error.ts';
import { extractMentionedDates } from './mentioned-dates.ts';
import { extractPlaces } from './places.ts';
import { detectLanguage } from './lang.ts';
import { extractPlacement } from './scope.ts';
import { reviewItems } from './review.ts';
import { releaseId } from './slug.ts';
import { addressFromText } from './source-url.ts';
import { summarize } from './summary.ts';
import { extractTopics } from './topics.ts';
import { parseReleaseFrontMatter, type Language, type ReleaseFrontMatter, type ReviewItem } from '../lib/release-schema.ts';
import type { CleanedSource, DateFinding } from './types.ts';

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
  return readRelease(file, bytes).release;
}

/** The release and the source as read for it: for `--explain`, which shows why, from the same reading. */
export function readRelease(file: string, bytes: Uint8Array): { read: ReadSource; release: Release } {
  try {
    const read = readSource(file, bytes);
    return { read, release: buildRelease(file, bytes, read) };
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new IngestError(file, 'invalid', `ingest failed: ${message}`, { cause: error });
  }
}

/** A source file read into what the steps take: cleaned text, and for a saved page its markup's say. */
export interface ReadSource {
  source: CleanedSource;
  /** Null for plain-text sources. */
  page: HtmlPage | null;
  /** The decoded text (a page's text without markup). */
  text: string;
  /** Said per file when the bytes were not plain UTF-8, e.g. "decoded as Windows-1252". */
  note: string | undefined;
}

export function readSource(file: string, bytes: Uint8Array): ReadSource {
  if (isHtmlFile(file)) {
    const page = readHtmlPage(file, bytes);
    return { source: cleanHtmlPage(page), page, text: page.text, note: page.note };
  }
  const { text, note } = decodeSource(file, bytes);
  return { source: cleanSource(text), page: null, text, note };
}

/** The publication date and the review items weighing it raised. */
export function releaseDate(read: ReadSource): { date: DateFinding; review: ReviewItem[] } {
  const fromText = extractDate(read.source);
  if (read.page === null) return { date: fromText, review: [] };
  const choice = chooseHtmlDate(read.page.hints.published, fromText);
  return { date: choice.finding, review: choice.review };
}

/**
 * The language of the text. A page that tags a translated part in the other language declares its
 * own with care and is believed; any other disagreement with the page's declaration goes onto the
 * review list (CMS templates often declare the site's language, not the page's).
 */
export function releaseLanguage(read: ReadSource): { lang: Language; review: ReviewItem[] } {
  const lang = detectLanguage([read.source.title, ...read.source.paragraphs].join('\n'));
  const declared = read.page?.hints.lang ?? null;
  if (declared === null || declared === lang) return { lang, review: [] };
  if (read.page?.evidence.lang.deliberate) return { lang: declared, review: [] };
  return { lang, review: [{ field: 'lang', reason: `the text reads as ${lang}, the page declares ${declared} (${read.page?.evidence.lang.reason})` }] };
}

function buildRelease(file: string, bytes: Uint8Array, read: ReadSource): Release {
  const { source, page, note } = read;
  if (source.title === '') {
    throw new IngestError(file, 'invalid', 'nothing but web chrome and datelines: no headline or text');
  }
  const { date, review: dateReview } = releaseDate(read);
  const { scope, region, review: placementReview } = extractPlacement(source);
  const { lang, review: langReview } = releaseLanguage(read);
  const frontMatter: ReleaseFrontMatter = parseReleaseFrontMatter({
    title: source.title,
    date: date.date,
    dateCertainty: date.dateCertainty,
    dateEvidence: date.dateEvidence,
    scope,
    region,
    topics: extractTopics(source),
    lang,
    summary: summarize(source),
    contacts: extractContacts(source),
    places: extractPlaces(source),
    mentionedDates: extractMentionedDates(source, date),
    source: { file, sha256: sha256(bytes), url: page ? page.hints.url : addressFromText(read.text).url },
    duplicateOf: null,
    review: reviewItems({
      date,
      scope,
      region,
      titleDoubt: source.titleDerived ? 'no headline line: the first sentence stands in' : page ? htmlTitleDoubt(page, source.title) : null,
      extra: [...dateReview, ...placementReview, ...langReview],
    }),
  }, file);
  return {
    id: releaseId(source.title, date.date, region),
    frontMatter,
    body: renderBody(source),
    fingerprint: fingerprint(source),
    notes: note === undefined ? [] : [note],
  };
}

/** A page whose headline only its <title> names needs a look. */
function htmlTitleDoubt(page: HtmlPage, title: string): string | null {
  if (page.hints.title !== null || page.hints.documentTitle !== title) return null;
  return `no <h1> or og:title, and the text has no headline line: the document's <title> stands in`;
}
