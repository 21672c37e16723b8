// Publication evidence a page's markup carries: a <time datetime> at the head of the article
// (visible to the reader, so the strongest), then the page's metadata (article:published_time,
// schema.org datePublished, Dublin Core). Dates elsewhere — a "today" widget, a sidebar's news list,
// an updated-stamp — are not publication evidence; chrome removal has dropped most of them already,
// and those left are classified here.
import { DateTime } from 'luxon';
import { ZONE } from '../date-mentions.ts';
import { attr, metaContent, visibleText } from './dom.ts';

export interface PublishedCandidate {
  /** YYYY-MM-DD in Europe/Helsinki, or null when the value is not a readable date. */
  date: string | null;
  /** What the page says, e.g. `<time datetime="2018-08-27">` or `article:published_time 2018-08-27T09:17:00+03:00`. */
  evidence: string;
  kind: 'visible' | 'metadata' | 'updated' | 'mentioned';
  reason: string;
}

/** Metadata names of the publication time, strongest first. Example: <meta property="article:published_time" content="2018-08-27T09:17:00+03:00">. */
export const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished', // <meta itemprop="datePublished" content="2018-08-27">
  'dcterms.issued',
  'dc.date.issued',
  'dcterms.created',
  'dc.date.created',
  'dc.date', // <meta name="DC.Date" content="2016-11-09">
  'publish-date',
  'pubdate',
] as const;

/** Classes and itemprops that mark a time as the publication time: <time class="entry-date published">. */
const PUBLISHED_MARK = /\b(published|pubdate|datepublished|date-published|entry-date|publish-date|post-date|created|julkaistu|publicerad)\b/iu;
/** And as the last change, never the publication: <time class="updated">, "Päivitetty". */
const UPDATED_MARK = /\b(updated|modified|datemodified|date-modified|changed|paivitetty|päivitetty|muokattu|uppdaterad|uppdaterat)\b/iu;
/** A time whose paragraph holds more text than this stands inside running text: a mentioned date. */
const DATELINE_MAX_CHARS = 80;

export function metadataPublished(document: Document): PublishedCandidate[] {
  const out: PublishedCandidate[] = [];
  const meta = metaContent(document, PUBLISHED_META);
  if (meta) out.push({ date: dayOf(meta.value), evidence: `${meta.key} ${meta.value}`, kind: 'metadata', reason: 'page metadata' });
  const jsonLd = jsonLdPublished(document);
  if (jsonLd) out.push({ date: dayOf(jsonLd), evidence: `JSON-LD datePublished ${jsonLd}`, kind: 'metadata', reason: 'structured data (JSON-LD)' });
  return out;
}

/** Every <time datetime> and Drupal RDFa date (property="dc:date" content=…) left in the content root. */
export function visiblePublished(root: Element): PublishedCandidate[] {
  const order = new Map([...root.querySelectorAll('*')].map((element, i) => [element, i]));
  const firstProse = [...root.querySelectorAll('p')].find((p) => visibleText(p).length > DATELINE_MAX_CHARS) ?? null;
  const precedes = (a: Element, b: Element) => (order.get(a) ?? 0) < (order.get(b) ?? 0);
  const out: PublishedCandidate[] = [];
  for (const element of root.querySelectorAll('time[datetime], [property~="dc:date"][content], [property~="dc:created"][content]')) {
    const value = attr(element, 'datetime') ?? attr(element, 'content') ?? '';
    const tag = element.tagName.toLowerCase();
    const evidence = tag === 'time' ? `<time datetime="${value}">` : `<${tag} property="${attr(element, 'property')}" content="${value}">`;
    const marks = markOf(element, root);
    const date = dayOf(value);
    if (UPDATED_MARK.test(marks)) out.push({ date, evidence, kind: 'updated', reason: 'marked as the last update' });
    else if (PUBLISHED_MARK.test(marks) || tag !== 'time') out.push({ date, evidence, kind: 'visible', reason: 'marked as the publication time in the article' });
    else if (standsAlone(element) && (firstProse === null || precedes(element, firstProse))) {
      out.push({ date, evidence, kind: 'visible', reason: 'a dateline at the head of the article' });
    } else out.push({ date, evidence, kind: 'mentioned', reason: 'inside running text: a date the release mentions' });
  }
  return out;
}

/** Classes, ids and itemprops of the element and its nearest ancestors inside the root. */
function markOf(element: Element, root: Element): string {
  const names: string[] = [];
  let depth = 0;
  for (let at: Element | null = element; at && at !== root && depth < 4; at = at.parentElement, depth++) {
    names.push(at.getAttribute('class') ?? '', at.getAttribute('id') ?? '', at.getAttribute('itemprop') ?? '');
    if (at.hasAttribute('pubdate')) names.push('pubdate');
  }
  return names.join(' ');
}

function standsAlone(element: Element): boolean {
  const block = element.closest('p, li, td, div, span, header') ?? element;
  return visibleText(block).length <= DATELINE_MAX_CHARS;
}

/** The calendar day in Helsinki of an ISO 8601 date or date-time ("2018-08-27", "2018-08-27T06:17:00Z", "2018-08-27 09:17"). */
export function dayOf(value: string): string | null {
  const text = value.trim();
  let parsed = DateTime.fromISO(text, { zone: ZONE });
  if (!parsed.isValid) parsed = DateTime.fromSQL(text, { zone: ZONE });
  if (!parsed.isValid || !/^\d{4}-\d{2}-\d{2}/u.test(text)) return null;
  return parsed.setZone(ZONE).toISODate();
}

function jsonLdPublished(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findKey(data, 'datePublished', 0);
    if (found) return found;
  }
  return null;
}

function findKey(data: unknown, key: string, depth: number): string | null {
  if (depth > 6 || data === null || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findKey(item, key, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = data as Record<string, unknown>;
  if (typeof record[key] === 'string') return record[key];
  for (const value of Object.values(record)) {
    const found = findKey(value, key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * WordPress themes print the update time right after the publication time and hide it with CSS
 * (`.updated:not(.published) { display: none }`); a reader never sees it, so it goes.
 */
export function removeHiddenUpdateTimes(root: Element): void {
  for (const time of root.querySelectorAll('time.updated')) {
    const cls = time.getAttribute('class') ?? '';
    const sibling = time.parentElement?.querySelector('time.published');
    if (!/\bpublished\b/u.test(cls) && sibling) time.remove();
  }
}
