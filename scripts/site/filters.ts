// The site's template filters, registered as one plugin. Each is a plain function tested on its own.
import { citationLine, permanentAddress } from './citation.ts';
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

export default function siteFilters(eleventyConfig: FilterConfig, siteUrl: string | null): void {
  eleventyConfig.addFilter('relUrl', relUrl);
  eleventyConfig.addFilter('currentState', currentState);
  eleventyConfig.addFilter('finnishDate', finnishDate);
  eleventyConfig.addFilter('monthName', monthName);
  eleventyConfig.addFilter('monthShort', monthShort);
  eleventyConfig.addFilter('countReleases', countReleases);
  eleventyConfig.addFilter('helsinkiMidnight', helsinkiMidnight);
  eleventyConfig.addFilter('mailtoHref', mailtoHref);
  eleventyConfig.addFilter('telHref', telHref);
  eleventyConfig.addFilter('citationLine', (release: Release) => citationLine(release, siteUrl));
  eleventyConfig.addFilter('permanentAddress', (release: Release) => permanentAddress(release, siteUrl));
  eleventyConfig.addFilter('absoluteUrl', (path: string) => (siteUrl ? new URL(path.slice(1), siteUrl).href : null));
  eleventyConfig.addFilter('jsonLd', (release: Release) => jsonForScript(releaseJsonLd(release, siteUrl)));
}
