// The site's template filters, registered as one plugin. Each is a plain function tested on its own.
import { TOPICS } from '../data/topics.ts';
import { citationLine, permanentAddress } from './citation.ts';
import { releaseAtomId } from './feeds.ts';
import { countReleases, finnishDate, helsinkiMidnight, monthName, monthShort } from './format.ts';
import { jsonForScript, releaseJsonLd } from './json-ld.ts';
import { relUrl } from './rel-url.ts';
import type { Release } from './types.ts';

interface FilterConfig {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
}

/** Whether `link` is the current page ("page") or the section it belongs to ("true"), else false. */
export function currentState(link: string, pageUrl: string): 'page' | 'true' | false {
  if (link === pageUrl) return 'page';
  if (link !== '/' && pageUrl.startsWith(link)) return 'true';
  return false;
}

/** An e-mail address fit for a mailto: link, or null (a contact field can hold anything). */
export function mailtoHref(email: string | null): string | null {
  return email && /^[^\s@:<>"]+@[^\s@:<>"]+\.[a-z]{2,}$/i.test(email) ? `mailto:${email}` : null;
}

/** A Finnish phone number as a tel: link: digits and a leading + only. */
export function telHref(phone: string | null): string | null {
  const digits = phone?.replace(/[^\d+]/g, '') ?? '';
  return digits.length >= 5 ? `tel:${digits}` : null;
}

/**
 * relUrl for templates' links. The one exception is the 404 page: a host serves it at whatever depth
 * the missing address had, so there its links are absolute when the site's URL is known. Assets
 * (styles, scripts) use plain relUrl everywhere so that nothing is ever loaded from elsewhere.
 */
export function pageLink(target: string, from: string, siteUrl: string | null): string {
  if (from === '/404.html' && siteUrl && target.startsWith('/')) {
    return new URL(relUrl(target, '/'), siteUrl).href;
  }
  return relUrl(target, from);
}

const TOPIC_LABELS = new Map<string, string>(TOPICS.map((t) => [t.name, t.label]));

/** Topic names as the UI labels them ("ICT" → "ICT ja tietojärjestelmät"). */
export function topicLabels(names: readonly string[]): string[] {
  return names.map((name) => TOPIC_LABELS.get(name) ?? name);
}

/** An original web address fit for a plain link: http(s) only (the schema checks it too), else null. */
export function webAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

export default function siteFilters(eleventyConfig: FilterConfig, siteUrl: string | null): void {
  eleventyConfig.addFilter('relUrl', (target: string, from: string) => pageLink(target, from, siteUrl));
  eleventyConfig.addFilter('assetUrl', relUrl);
  eleventyConfig.addFilter('releaseAtomId', releaseAtomId);
  eleventyConfig.addFilter('currentState', currentState);
  eleventyConfig.addFilter('finnishDate', finnishDate);
  eleventyConfig.addFilter('monthName', monthName);
  eleventyConfig.addFilter('monthShort', monthShort);
  eleventyConfig.addFilter('countReleases', countReleases);
  eleventyConfig.addFilter('helsinkiMidnight', helsinkiMidnight);
  eleventyConfig.addFilter('mailtoHref', mailtoHref);
  eleventyConfig.addFilter('telHref', telHref);
  eleventyConfig.addFilter('webAddress', webAddress);
  // A phone number must not break across lines.
  eleventyConfig.addFilter('topicLabels', topicLabels);
  eleventyConfig.addFilter('nbsp', (text: string) => text.replace(/ /g, '\u00a0'));
  eleventyConfig.addFilter('citationLine', (release: Release) => citationLine(release, siteUrl));
  eleventyConfig.addFilter('permanentAddress', (release: Release) => permanentAddress(release, siteUrl));
  eleventyConfig.addFilter('absoluteAddress', (path: string) => (siteUrl ? new URL(path.slice(1), siteUrl).href : null));
  eleventyConfig.addFilter('jsonLd', (release: Release) => jsonForScript(releaseJsonLd(release, siteUrl)));
}
