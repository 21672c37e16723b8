// Where the release's own text is on a saved page, found by structure: drop what is never content
// (INERT_ELEMENTS) and page chrome (nav, aside, site header and footer, CMS chrome classes), then take
// the <article> (or <main>, or the schema.org articleBody) the headline stands in, or the nearest
// ancestor of the headline that holds paragraphs. Measured against Readability on the saved-HTML
// fixtures by scripts/bench/html-extraction.ts (structure keeps datelines and contact blocks that
// Readability drops).
import { CHROME_CLASS_PREFIXES, CHROME_CLASS_WORDS, CHROME_ELEMENTS, CHROME_ROLES, INERT_ELEMENTS } from '../data/html-chrome.ts';
import { visibleText } from './dom.ts';
import { CONTENT_MARKERS, describeElement } from './headline.ts';

export interface MainContent {
  root: Element;
  /** How the root was found, for --explain: "the <article> the headline stands in". */
  reason: string;
}

const CHROME_WORDS = new Set<string>(CHROME_CLASS_WORDS);
const CONTENT = CONTENT_MARKERS;
/** Below this much text an ancestor of the headline is only its wrapper, not the article. */
const MIN_CONTENT_CHARS = 200;

/** Removes, in place, everything that is never release text. */
export function removeInert(document: Document): void {
  for (const element of document.querySelectorAll(INERT_ELEMENTS.join(','))) element.remove();
  for (const element of document.querySelectorAll('[hidden], [aria-hidden="true"]')) element.remove();
}

/**
 * Removes, in place, the page's chrome. Never an element holding `keep` (the headline), and never
 * the header or footer of the article itself (its headline and byline).
 */
export function removeChromeElements(document: Document, keep: Element | null): void {
  const roles = CHROME_ROLES.map((role) => `[role="${role}"]`).join(',');
  const candidates = [...document.querySelectorAll(`${CHROME_ELEMENTS.join(',')},${roles},[class],[id]`)];
  for (const element of candidates) {
    if (!element.isConnected || (keep && element.contains(keep))) continue;
    if (element === document.body || element === document.documentElement || holdsContent(element, document)) continue;
    const tag = element.tagName.toLowerCase();
    const ownPart = (tag === 'header' || tag === 'footer' || hasWord(element, ['header', 'footer'])) && element.parentElement?.closest(CONTENT);
    if (ownPart) continue;
    // A whole-page form (ASP.NET, Episerver) wraps the content: only a form holding no headline goes.
    if ((CHROME_ELEMENTS as readonly string[]).includes(tag) || isChromeByRole(element) || isChromeByName(element)) element.remove();
  }
  for (const form of document.querySelectorAll('form')) if (!(keep && form.contains(keep)) && visibleText(form).length < MIN_CONTENT_CHARS) form.remove();
}

// A wrapper around the article or most of the page ("page-header-offset", "nav-open") is layout, not chrome.
function holdsContent(element: Element, document: Document): boolean {
  if (element.querySelector(CONTENT) !== null) return true;
  if (document.querySelector(CONTENT) !== null) return false;
  return visibleText(element).length > 0.5 * visibleText(document.body).length;
}

function isChromeByRole(element: Element): boolean {
  const role = (element.getAttribute('role') ?? '').trim().toLowerCase();
  return (CHROME_ROLES as readonly string[]).includes(role);
}

function isChromeByName(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().split(/\s+/u);
  return hasWord(element, [...CHROME_WORDS]) || names.some((name) => CHROME_CLASS_PREFIXES.some((prefix) => name.startsWith(prefix)));
}

function hasWord(element: Element, words: readonly string[]): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  return names
    .split(/\s+/u)
    .flatMap((name) => [name, ...name.split(/[-_]/u)])
    .some((word) => words.includes(word));
}

/** The structural content root, after removeInert and removeChromeElements. */
export function structuralRoot(document: Document, headline: Element | null): MainContent {
  const body = document.body ?? document.documentElement;
  const around = headline?.closest('article');
  if (around) return { root: around, reason: `the <article> the headline stands in (${describeElement(around)})` };
  const articles = [...document.querySelectorAll('article')].filter((a) => a.parentElement?.closest('article') === null);
  if (articles.length === 1 && articles[0]) return { root: articles[0], reason: 'the page\'s only <article>' };
  const main = headline?.closest('main, [role="main"]') ?? document.querySelector('main, [role="main"]');
  if (main) return { root: main, reason: `the <main> element (${describeElement(main)})` };
  // schema.org microdata: the article body, with the headline when they share a parent (Joomla's item-page).
  const articleBody = document.querySelector('[itemprop="articleBody"]');
  if (articleBody) {
    const root = headline && articleBody.parentElement?.contains(headline) ? articleBody.parentElement : articleBody;
    return { root, reason: `the element marked itemprop="articleBody" (${describeElement(root)})` };
  }
  if (headline) {
    for (let at = headline.parentElement; at && at !== body; at = at.parentElement) {
      if (visibleText(at).length - visibleText(headline).length >= MIN_CONTENT_CHARS) {
        return { root: at, reason: `the nearest ancestor of the headline with text (${describeElement(at)})` };
      }
    }
  }
  return { root: body, reason: 'the whole page body (no article, main or headline)' };
}
