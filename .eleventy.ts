// Eleventy only registers things here: the archive data, filters, plugins and folders. Everything the
// pages show is computed once by pure functions in scripts/site/ (see archive.ts).
import rssPlugin from '@11ty/eleventy-plugin-rss';
import searchPlugin from './scripts/search/eleventy-plugin.ts';
import { buildArchive } from './scripts/site/archive.ts';
import { releasesCsv, releasesJson } from './scripts/site/downloads.ts';
import { FEED_SIZE } from './scripts/site/feeds.ts';
import siteFilters from './scripts/site/filters.ts';
import { readReleaseFiles } from './scripts/site/load-releases.ts';
import { currentBuildSession } from './scripts/site/build-session.ts';
import releasePages from './scripts/site/release-pages.ts';
import { retiredCount } from './scripts/site/format.ts';
import { siteOptionsFromEnv } from './scripts/site/site-options.ts';
import { sitemapXml } from './scripts/site/sitemap.ts';
import type { Archive } from './scripts/site/types.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Eleventy ships no types for its config API
type EleventyConfig = any;

export default function (eleventyConfig: EleventyConfig): void {
  const options = siteOptionsFromEnv(process.env);

  // Release files are data, never templates: read once here, validated, then derived (pure).
  let archive: Promise<Archive> | null = null;
  const loadArchive = (): Promise<Archive> => {
    const given = currentBuildSession()?.files;
    archive ??= (given ? Promise.resolve(given) : readReleaseFiles(options.releasesDir)).then((files) => {
      const built = Object.freeze(buildArchive(files));
      if (built.retired.length) console.log(`[site] ${retiredCount(built.retired.length)} (retired: true), not published`);
      return built;
    });
    return archive;
  };
  const site = { name: 'Uudistusarkisto', url: options.siteUrl, feedback: options.feedback, feedSize: FEED_SIZE };
  eleventyConfig.addGlobalData('archive', loadArchive);
  eleventyConfig.addGlobalData('site', site);

  // Autoescape is Nunjucks' default; stated here because the site's safety depends on it.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.addPlugin(siteFilters, options.siteUrl);
  eleventyConfig.addFilter('releasesJson', (a: Archive) => releasesJson(a, options.siteUrl));
  eleventyConfig.addFilter('releasesCsv', (a: Archive) => releasesCsv(a, options.siteUrl));
  eleventyConfig.addFilter('sitemapXml', (a: Archive) => (options.siteUrl ? sitemapXml(a, options.siteUrl) : ''));
  eleventyConfig.addPlugin(rssPlugin);
  // One page per release, rendered outside Eleventy's pagination (see release-pages.ts for why).
  eleventyConfig.addPlugin(releasePages, { archive: loadArchive, globals: { site } });
  eleventyConfig.addPlugin(searchPlugin);

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
