// The site's template filters, registered as one plugin. Each is a plain function tested on its own.
import { MILESTONES, type Milestone } from '../data/milestones.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { TOPICS } from '../data/topics.ts';
import { citationLine, permanentAddress } from './citation.ts';
import { citationFacts, citationFileUrls } from './cite/facts.ts';
import { citationMetaTags } from './cite/meta-tags.ts';
import { releaseAtomId } from './feeds.ts';
import { countReleases, finnishDate, helsinkiDayStart, monthName, monthShort } from './format.ts';
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

/** The reform's milestones in a year, oldest first: e.g. 2016 → [5.4.2016 outline]. */
export function milestonesOfYear(year: number): Milestone[] {
  return MILESTONES.filter((m) => Number(m.date.slice(0, 4)) === year);
}

/** Months (1–12) of a year that have a milestone. */
export function milestoneMonths(year: number): number[] {
  return milestonesOfYear(year).map((m) => Number(m.date.slice(5, 7)));
}

/** The CSP source of an inline script: 'sha256-<base64>' of its exact text. */
export function cspHash(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

/** The path of the site's URL, e.g. "https://h.fi/arkisto/" → "/arkisto/"; "" when unknown. */
export function urlPath(siteUrl: string | null): string {
  return siteUrl ? new URL(siteUrl).pathname : '';
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
  eleventyConfig.addFilter('helsinkiDayStart', helsinkiDayStart);
  eleventyConfig.addFilter('mailtoHref', mailtoHref);
  eleventyConfig.addFilter('telHref', telHref);
  eleventyConfig.addFilter('webAddress', webAddress);
  eleventyConfig.addFilter('milestonesOfYear', milestonesOfYear);
  eleventyConfig.addFilter('cspHash', cspHash);
  eleventyConfig.addFilter('urlPath', urlPath);
  // An asset's text for inlining (the 404 page's root finder), read from layouts/assets/.
  eleventyConfig.addFilter('assetSource', (name: string) => readFileSync(new URL(`../../layouts/assets/${name}`, import.meta.url), 'utf8').trim());
  eleventyConfig.addFilter('milestoneMonths', milestoneMonths);
  eleventyConfig.addFilter('milestoneList', (years: number[]) => years.flatMap(milestonesOfYear));
  // A phone number must not break across lines.
  eleventyConfig.addFilter('topicLabels', topicLabels);
  eleventyConfig.addFilter('nbsp', (text: string) => text.replace(/ /g, '\u00a0'));
  eleventyConfig.addFilter('citationLine', (release: Release) => citationLine(release, siteUrl));
  eleventyConfig.addFilter('permanentAddress', (release: Release) => permanentAddress(release, siteUrl));
  eleventyConfig.addFilter('absoluteAddress', (path: string) => (siteUrl ? new URL(path.slice(1), siteUrl).href : null));
  eleventyConfig.addFilter('citationMeta', (release: Release) => citationMetaTags(citationFacts(release, siteUrl)));
  eleventyConfig.addFilter('citationFiles', citationFileUrls);
  eleventyConfig.addFilter('jsonLd', (release: Release) => jsonForScript(releaseJsonLd(release, siteUrl)));
}
