// schema.org NewsArticle for a release page, serialised so release text can never end the <script>.
import { helsinkiMidnight } from './format.ts';
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

export function releaseJsonLd(release: Release, siteUrl: string | null): Record<string, unknown> {
  const address = siteUrl ? new URL(release.url.slice(1), siteUrl).href : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.title,
    description: release.summary || undefined,
    ...(release.date ? { datePublished: helsinkiMidnight(release.date).toISOString() } : {}),
    ...(address ? { url: address, mainEntityOfPage: address } : {}),
    inLanguage: release.lang,
    ...(release.region
      ? { contentLocation: { '@type': 'AdministrativeArea', name: release.region } }
      : {}),
    keywords: release.topics.length ? release.topics.join(', ') : undefined,
    articleBody: release.text,
    isPartOf: { '@type': 'WebSite', name: 'Uudistusarkisto' },
    identifier: release.id,
  };
}
