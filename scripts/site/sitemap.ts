// sitemap.xml: every HTML page of the site with content, only when the site's absolute URL is known.
// Empty region and topic pages stay on the site (their addresses are stable) but are not offered to
// search engines.
import type { Archive } from './types.ts';

const STATIC_PAGES = ['/', '/aikajana/', '/aikajana/ilman-paivamaaraa/', '/kayttoehdot/', '/alueet/', '/aiheet/', '/haku/', '/tietoa/', '/saavutettavuus/'];

export function sitePageUrls(archive: Archive): string[] {
  return [
    ...STATIC_PAGES,
    ...archive.timeline.years.map((y) => `/aikajana/${y.year}/`),
    ...archive.areas.filter((r) => r.count > 0).map((r) => r.url),
    ...archive.topics.filter((t) => t.count > 0).map((t) => t.url),
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
