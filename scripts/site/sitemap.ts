// sitemap.xml: every HTML page of the site, only when the site's absolute URL is known.
import type { Archive } from './types.ts';

const STATIC_PAGES = ['/', '/aikajana/', '/aikajana/ajoittamattomat/', '/alueet/', '/aiheet/', '/haku/', '/tietoa/', '/saavutettavuus/'];

export function sitePageUrls(archive: Archive): string[] {
  return [
    ...STATIC_PAGES,
    ...archive.timeline.years.map((y) => `/aikajana/${y.year}/`),
    ...archive.regions.map((r) => r.url),
    ...archive.topics.map((t) => t.url),
    ...archive.releases.map((r) => r.url),
  ];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function sitemapXml(archive: Archive, siteUrl: string): string {
  const urls = sitePageUrls(archive).map(
    (path) => `  <url><loc>${escapeXml(new URL(path.slice(1), siteUrl).href)}</loc></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
