// Eleventy only registers things here: the archive data, filters, plugins and folders. Everything the
// pages show is computed once by pure functions in scripts/site/ (see archive.ts).
import rssPlugin from '@11ty/eleventy-plugin-rss';
import searchPlugin from './scripts/search/eleventy-plugin.ts';
import { archiveOf, buildArchive } from './scripts/site/archive.ts';
import { contactsCsv, releasesCsv, releasesJson } from './scripts/site/downloads.ts';
import { FEED_SIZE } from './scripts/site/feeds.ts';
import siteFilters from './scripts/site/filters.ts';
import { currentBuildSession } from './scripts/site/build-session.ts';
import { retiredCount } from './scripts/site/format.ts';
import { readReleaseFiles } from './scripts/site/load-releases.ts';
import releaseFiles from './scripts/site/release-files.ts';
import releasePages from './scripts/site/release-pages.ts';
import { siteOptionsFromEnv } from './scripts/site/site-options.ts';
import { sitemapXml } from './scripts/site/sitemap.ts';
import { checkSources, sourceCheckMessages, sourceUrl } from './scripts/site/source-files.ts';
import type { Archive } from './scripts/site/types.ts';
import { archiveUpdated } from './scripts/site/updated.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Eleventy ships no types for its config API
type EleventyConfig = any;

export default function (eleventyConfig: EleventyConfig): void {
  const options = siteOptionsFromEnv(process.env);
  if (!options.siteUrl) {
    console.warn(
      '[site] SITE_URL is not set: pages get no canonical link, there is no sitemap.xml, and citations, ' +
        'data files and feeds give addresses relative to the archive\'s root. Set SITE_URL=https://… for permanent addresses.',
    );
  }

  // Release files are data, never templates: read once here, validated, then derived (pure). The
  // sources folder is checked once too, so pages link only sources that are there, unchanged.
  let archive: Promise<Archive> | null = null;
  let sourcePaths: ReadonlyMap<string, string> = new Map();
  const loadArchive = (): Promise<Archive> => {
    const given = currentBuildSession()?.releases;
    archive ??= (given ? Promise.resolve(archiveOf(given)) : readReleaseFiles(options.releasesDir).then(buildArchive)).then(async (built) => {
      if (built.retired.length) console.log(`[site] ${retiredCount(built.retired.length)} (retired: true), not published`);
      const check = await checkSources(built, options.sourcesDir);
      for (const line of sourceCheckMessages(check, options.sourcesDir)) console.warn(line);
      sourcePaths = check.published;
      return Object.freeze({
        ...built,
        sources: new Map([...check.published.keys()].map((name) => [name, sourceUrl(name)])),
        updated: archiveUpdated(process.env.SOURCE_DATE_EPOCH, built.span?.last ?? null),
      });
    });
    return archive;
  };
  const site = { name: 'Uudistusarkisto', url: options.siteUrl, feedback: options.feedback, feedSize: FEED_SIZE };
  eleventyConfig.addGlobalData('archive', loadArchive);
  eleventyConfig.addGlobalData('site', site);

  // A second build in one process (serve's worker) reads every template afresh (see BuildSession.rebuild).
  if (currentBuildSession()?.rebuild) eleventyConfig.setUseTemplateCache(false);

  // Autoescape is Nunjucks' default; stated here because the site's safety depends on it.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.addPlugin(siteFilters, options.siteUrl);
  eleventyConfig.addFilter('releasesJson', (a: Archive) => releasesJson(a, options.siteUrl));
  eleventyConfig.addFilter('releasesCsv', (a: Archive) => releasesCsv(a, options.siteUrl));
  eleventyConfig.addFilter('contactsCsv', (a: Archive) => contactsCsv(a));
  eleventyConfig.addFilter('sitemapXml', (a: Archive) => (options.siteUrl ? sitemapXml(a, options.siteUrl) : ''));
  eleventyConfig.addPlugin(rssPlugin);
  // One page per release, rendered outside Eleventy's pagination (see release-pages.ts for why).
  eleventyConfig.addPlugin(releasePages, { archive: loadArchive, globals: { site } });
  // Citation files, published sources and releases.xlsx, written the same way (release-files.ts).
  eleventyConfig.addPlugin(releaseFiles, {
    archive: loadArchive,
    siteUrl: options.siteUrl,
    updatedDay: () => loadArchive().then((a) => a.updated.day),
    sources: () => loadArchive().then(() => sourcePaths),
  });
  eleventyConfig.addPlugin(searchPlugin, { archive: loadArchive });

  eleventyConfig.addPassthroughCopy({ 'layouts/assets': 'assets' });
  eleventyConfig.ignores.add('content/releases/**');
  eleventyConfig.ignores.add('content/sources/**');
  eleventyConfig.setQuietMode(true);
}

export const config = {
  dir: {
    input: 'content/pages',
    includes: '../../layouts',
    layouts: '../../layouts',
    output: process.env.ARCHIVE_OUT_DIR || 'dist',
  },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
  markdownTemplateEngine: false,
};
