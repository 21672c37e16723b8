// A saved web page (.html/.htm) → the plain text the text pipeline reads, plus what the markup says
// for sure: the headline, publication evidence, the page's own address and its declared language.
// Pure: bytes in, values out. Nothing of the page is executed or kept as markup.
import { decodeSource } from '../decode.ts';
import { htmlEncoding, type EncodingFinding } from './charset.ts';
import { parseDocument } from './dom.ts';
import { findHeadline, type HeadlineCandidate } from './headline.ts';
import { removeChromeElements, removeInert, structuralRoot, type MainContent } from './main-content.ts';
import { declaredLanguage, pageUrl, type Finding } from './metadata.ts';
import { metadataPublished, removeHiddenUpdateTimes, visiblePublished, type PublishedCandidate } from './published.ts';
import { pageText } from './to-text.ts';
import type { Language } from '../../lib/release-schema.ts';

export interface HtmlHints {
  /** The headline the markup names (h1, og:title), or null. */
  title: string | null;
  /** The <title> without the site's name, for a page whose text has no headline line either. */
  documentTitle: string | null;
  /** Publication evidence from the markup, or null; see chooseHtmlDate for how it meets the text's. */
  published: { date: string; evidence: string; kind: 'visible' | 'metadata' } | null;
  url: string | null;
  lang: Language | null;
}

export interface HtmlPage {
  /** Short blocks above the headline: labels and datelines ("Tiedote 105/2016 14.6.2016 klo 13.00"). */
  above: string[];
  /** The release's text without its headline, blocks separated by blank lines. */
  text: string;
  /** Blocks that were headings in the page. */
  headings: string[];
  hints: HtmlHints;
  /** How the bytes were decoded when not plain UTF-8 (decodeSource's note). */
  note: string | undefined;
  /** Everything considered, with reasons, for --explain. */
  evidence: {
    encoding: EncodingFinding;
    content: string;
    titles: HeadlineCandidate[];
    dates: PublishedCandidate[];
    url: Finding<string | null>;
    lang: Finding<Language | null> & { deliberate: boolean };
  };
}

/** Another way to find the content (the bench compares Readability's); null: structure decides. */
export type ContentFinder = (document: Document) => MainContent | null;

export const HTML_EXTENSIONS = ['.html', '.htm'] as const;

export function isHtmlFile(file: string): boolean {
  const lower = file.toLowerCase();
  return HTML_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function readHtmlPage(file: string, bytes: Uint8Array, findContent?: ContentFinder): HtmlPage {
  const encoding = htmlEncoding(file, bytes);
  const { text: html, note } = decodeSource(file, bytes, encoding.encoding ?? undefined);
  const document = parseDocument(html);
  const headline = findHeadline(document);
  const url = pageUrl(document);
  const metadataDates = metadataPublished(document);
  const other = findContent ? findContent(document) : null;
  removeInert(document);
  removeChromeElements(document, headline.element);
  const structural = structuralRoot(document, headline.element);
  const content = other ?? structural;
  const dates = [...visiblePublished(structural.root), ...metadataDates];
  removeHiddenUpdateTimes(content.root);
  const lang = declaredLanguage(document, structural.root);
  const { above, text, headings } = pageText(content.root, headline.element);
  return {
    above,
    text,
    headings,
    note,
    hints: { title: headline.title, documentTitle: headline.documentTitle, published: publishedHint(dates), url: url.value, lang: lang.value },
    evidence: { encoding, content: content.reason, titles: headline.candidates, dates, url, lang },
  };
}

/** The first visible publication time, else the first readable metadata date. */
function publishedHint(dates: readonly PublishedCandidate[]): HtmlHints['published'] {
  for (const kind of ['visible', 'metadata'] as const) {
    const found = dates.find((d) => d.kind === kind && d.date !== null);
    if (found?.date) return { date: found.date, evidence: found.evidence, kind };
  }
  return null;
}
