// schema.org NewsArticle for a release page, serialised so release text can never end the <script>.
import type { Release } from './types.ts';

/**
 * JSON for inside <script type="application/ld+json">: "<", ">" and "&" become \u escapes so that
 * "</script>" or "<!--" in a release cannot close or confuse the element; U+2028/2029 likewise for
 * older parsers. The result is still the same JSON value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Dates are calendar days ("2018-09-14"), never instants: an instant at UTC would be the day before.
 * Only a date the release itself states is `datePublished`. An inferred date is not stated as fact:
 * it appears as `temporalCoverage` (the day the text is about) with `dateCertainty` and the evidence
 * as additional properties, so a harvester taking `datePublished` never takes a guess.
 */
function dateFields(release: Release): Record<string, unknown> {
  if (!release.date) return {};
  if (release.dateCertainty === 'exact') return { datePublished: release.date };
  return {
    temporalCoverage: release.date,
    additionalProperty: [
      { '@type': 'PropertyValue', name: 'dateCertainty', value: 'inferred' },
      ...(release.dateEvidence ? [{ '@type': 'PropertyValue', name: 'dateEvidence', value: release.dateEvidence }] : []),
    ],
  };
}

export function releaseJsonLd(release: Release, siteUrl: string | null): Record<string, unknown> {
  const address = siteUrl ? new URL(release.url.slice(1), siteUrl).href : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.title,
    description: release.summary || undefined,
    ...dateFields(release),
    ...(address ? { url: address, mainEntityOfPage: address } : {}),
    inLanguage: release.lang,
    ...(release.region
      ? { contentLocation: { '@type': 'AdministrativeArea', name: release.region } }
      : {}),
    keywords: release.topics.length ? release.topics.join(', ') : undefined,
    articleBody: release.text,
    isPartOf: { '@type': 'WebSite', name: 'Uudistusarkisto' },
    identifier: release.id,
    ...(release.source.url ? { isBasedOn: release.source.url } : {}),
  };
}
