// The page's own address and language, from its markup.
import type { Language } from '../../lib/release-schema.ts';
import { attr, metaContent } from './dom.ts';

export interface Finding<T> {
  value: T;
  /** What in the page gave it, for --explain. */
  reason: string;
}

/** The same shape the schema checks: an absolute http(s) address without spaces, quotes or angle brackets. */
const WEB_ADDRESS = /^https?:\/\/[^\s<>"]+$/u;

/**
 * The page's own address: <link rel="canonical">, then og:url; a relative one is resolved against
 * the other or <base href>. Only http(s): a javascript: or data: "address" is no address.
 */
export function pageUrl(document: Document): Finding<string | null> {
  const canonical = attr(document.querySelector('link[rel~="canonical" i]'), 'href');
  const og = metaContent(document, ['og:url'])?.value ?? null;
  const base = attr(document.querySelector('base[href]'), 'href');
  const candidates: [string | null, string][] = [
    [canonical, '<link rel="canonical">'],
    [og, 'og:url'],
  ];
  for (const [value, reason] of candidates) {
    if (value === null) continue;
    const url = absolute(value, [canonical, og, base]);
    if (url !== null) return { value: url, reason };
  }
  return { value: null, reason: 'no canonical link or og:url with an http(s) address' };
}

/** A web address as the schema accepts it, or null. */
export function webAddress(value: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const text = url.href;
  return WEB_ADDRESS.test(text) ? text : null;
}

function absolute(value: string, bases: (string | null)[]): string | null {
  const direct = webAddress(value);
  if (direct !== null) return direct;
  for (const base of bases) {
    const baseUrl = base === null ? null : webAddress(base);
    if (baseUrl === null) continue;
    const resolved = webAddress(value, baseUrl);
    if (resolved !== null) return resolved;
  }
  return null;
}

/**
 * The language the page declares for its content: the lang of the content, else of <html>, else
 * og:locale. `deliberate` when the content also marks a part in the other language (a translation in
 * <div lang="sv">): such a page tags its languages with care, so its declaration outweighs word counts.
 */
export function declaredLanguage(document: Document, root: Element | null): Finding<Language | null> & { deliberate: boolean } {
  const found = declared(document, root);
  const parts = root ? [...root.querySelectorAll('[lang]')].map((e) => languageOf(e.getAttribute('lang') ?? '')) : [];
  return { ...found, deliberate: found.value !== null && parts.some((lang) => lang !== null && lang !== found.value) };
}

function declared(document: Document, root: Element | null): Finding<Language | null> {
  const holder = root?.closest('[lang]');
  const fromHolder = holder ? languageOf(holder.getAttribute('lang') ?? '') : null;
  if (fromHolder) return { value: fromHolder, reason: `lang="${holder?.getAttribute('lang')}" on <${holder?.tagName.toLowerCase()}>` };
  const html = attr(document.documentElement, 'lang');
  if (html && languageOf(html)) return { value: languageOf(html), reason: `<html lang="${html}">` };
  const locale = metaContent(document, ['og:locale', 'content-language'])?.value;
  if (locale && languageOf(locale)) return { value: languageOf(locale), reason: `og:locale ${locale}` };
  return { value: null, reason: 'the page declares no Finnish or Swedish language' };
}

function languageOf(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/u)[0];
  return primary === 'fi' ? 'fi' : primary === 'sv' ? 'sv' : null;
}
