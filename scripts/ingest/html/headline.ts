// The page's headline: its <h1>, og:title and <title> are each a candidate; the visible <h1> of the
// article is the strongest, og:title next, the document title without the site's name last. Every
// candidate keeps its reason, for --explain.
import { SECTION_LABEL, SITE_NAME_MAX_WORDS } from '../data/title-labels.ts';
import { attr, metaContent, textKey, visibleText } from './dom.ts';

export interface HeadlineCandidate {
  value: string;
  score: number;
  reason: string;
}

export interface HeadlineFinding {
  /** From the <h1> or og:title; null when neither names one, and the text's headline line stands in. */
  title: string | null;
  /** The <title> without the site's name: alone too weak (often just the site's name), used only when the text has no headline line either. */
  documentTitle: string | null;
  /** The <h1> element chosen, left out of the body text. */
  element: Element | null;
  candidates: HeadlineCandidate[];
}

/** Separators between a headline and the site's name in <title>: "Otsikko | Sivusto", "Otsikko – Sivusto". */
const TITLE_SEPARATOR = /\s+[|–—»:-]{1,2}\s+/u;
/** Elements that hold a page's own content. */
export const CONTENT_MARKERS = 'article, main, [role="main"], [itemprop="articleBody"], [itemtype*="Article"]';
/** Where a site's own headline (its logo) sits; an <h1> there is not the release's headline. */
const CHROME_ANCESTOR = 'nav, aside, footer, [role="banner"], [role="navigation"], [role="contentinfo"]';

export function findHeadline(document: Document): HeadlineFinding {
  const siteName = metaContent(document, ['og:site_name'])?.value ?? null;
  const candidates: HeadlineCandidate[] = [];
  const og = metaContent(document, ['og:title', 'twitter:title'])?.value ?? '';
  const element = headlineElement(document, siteName) ?? headingNamed(document, withoutSiteName(og, siteName, ''));
  const h1 = element ? visibleText(element) : '';
  const docTitle = visibleText(document.querySelector('title'));
  const itemprop = element?.getAttribute('itemprop');
  const tag = `<${element?.tagName.toLowerCase()}${itemprop ? ` itemprop="${itemprop}"` : ''}>`;
  if (h1 !== '') candidates.push({ value: h1, score: 3, reason: `${tag} of the ${contentName(element)}` });
  if (og !== '') {
    const value = withoutSiteName(og, siteName, h1);
    candidates.push({ value, score: 2, reason: value === og ? 'og:title' : `og:title "${og}" without the site's name` });
  }
  if (docTitle !== '') {
    const value = withoutSiteName(docTitle, siteName, h1 || og);
    candidates.push({ value, score: 1, reason: value === docTitle ? '<title>' : `<title> "${docTitle}" without the site's name` });
  }
  // Agreement between candidates adds to each: an <h1> that og:title repeats is surely the headline.
  for (const c of candidates) c.score += candidates.filter((o) => o !== c && textKey(o.value) === textKey(c.value)).length;
  const usable = candidates.filter((c) => c.value !== '' && !SECTION_LABEL.test(c.value) && textKey(c.value) !== textKey(siteName ?? ''));
  const best = [...usable].sort((a, b) => b.score - a.score)[0];
  const documentTitle = usable.find((c) => c.reason.startsWith('<title>'))?.value ?? null;
  if (best?.reason.startsWith('<title>')) return { title: null, documentTitle, element: null, candidates };
  return { title: best?.value ?? null, documentTitle, element: best && best.value === h1 ? element : null, candidates };
}

// Without an <h1>, schema.org microdata names the headline: <h2 itemprop="name"> (Joomla), itemprop="headline".
const HEADLINE_SELECTORS = ['h1', '[itemprop="headline"]', '[itemprop="name"]:is(h1, h2, h3)'] as const;

function headlineElement(document: Document, siteName: string | null): Element | null {
  for (const selector of HEADLINE_SELECTORS) {
    const found = headlineBy(document, selector, siteName);
    if (found) return found;
  }
  return null;
}

/** A heading of any level whose text is the og:title: Liferay shows its headline as <h3 class="asset-title">. */
function headingNamed(document: Document, title: string): Element | null {
  if (title === '') return null;
  return [...document.querySelectorAll('h1, h2, h3, h4')].find((h) => textKey(visibleText(h)) === textKey(title) && h.closest(CHROME_ANCESTOR) === null) ?? null;
}

function headlineBy(document: Document, selector: string, siteName: string | null): Element | null {
  const all = [...document.querySelectorAll(selector)].filter((h) => visibleText(h) !== '' && h.closest(CHROME_ANCESTOR) === null);
  const inContent = all.find((h) => h.closest(CONTENT_MARKERS) !== null);
  if (inContent) return inContent;
  // A site header's <h1> is the site's name (its logo), not a headline.
  const outsideHeader = all.filter((h) => h.closest('header') === null && textKey(visibleText(h)) !== textKey(siteName ?? ''));
  return outsideHeader[0] ?? null;
}

function contentName(element: Element | null): string {
  if (element?.closest('article')) return 'article';
  if (element?.closest(CONTENT_MARKERS)) return 'main content';
  return 'page';
}

/**
 * "Otsikko | Sivusto" → "Otsikko": the part the visible headline matches, else the parts that are not
 * the site's name, else (no site name known) all but a short last part ("… – Lapin liitto").
 */
export function withoutSiteName(title: string, siteName: string | null, visible: string): string {
  const whole = title.trim();
  const parts = whole.split(TITLE_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return whole;
  if (visible !== '' && textKey(visible) === textKey(whole)) return whole;
  const matching = parts.find((p) => visible !== '' && textKey(p) === textKey(visible));
  if (matching) return matching;
  if (siteName) {
    const rest = parts.filter((p) => textKey(p) !== textKey(siteName));
    if (rest.length < parts.length) return rest.join(' – ');
  }
  const separators = [...whole.matchAll(new RegExp(TITLE_SEPARATOR.source, 'gu'))];
  const last = separators.at(-1);
  if (!last || last.index === undefined) return whole;
  const tail = whole.slice(last.index + last[0].length);
  // A site's name is a proper name: "Lapin liitto", not "valtuusto kokoontuu syyskuussa".
  const siteLike = /^[\p{Lu}\p{N}]/u.test(tail) && tail.split(/\s+/u).length <= SITE_NAME_MAX_WORDS;
  return siteLike ? whole.slice(0, last.index).trim() : whole;
}

/** For tests and explain: an element's tag and id, e.g. "article#post-12". */
export function describeElement(element: Element): string {
  const id = attr(element, 'id');
  return `${element.tagName.toLowerCase()}${id ? `#${id}` : ''}`;
}
