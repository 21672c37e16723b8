// Eleventy plugin for the search page (haku/) and its data: the index script, its shards, the snippet
// text chunks and the page's one script (lunr and lunr-languages from node_modules, the engine and the
// page's own modules: page-bundle.ts).
// It reads releases only from the archive that the site computes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { outputWriter } from '../site/build-session.ts';
import type { Archive } from '../site/types.ts';
import { searchForBuild } from './search-for-build.ts';
import { pageBundleSource } from './page-bundle.ts';
import type { SiteSearch } from './site-search.ts';
import type { EleventyAfter } from '../site/eleventy-after.ts';

interface PluginConfig {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addPassthroughCopy(copy: Record<string, string>): void;
  addTemplate(virtualPath: string, content: string, data?: object): void;
  on(event: 'eleventy.before', listener: () => Promise<void>): void;
  on(event: 'eleventy.after', listener: (arg: EleventyAfter) => Promise<void>): void;
}

export interface SearchPluginOptions {
  /** The archive as the global data `archive` holds it (loaded once, shared). */
  archive: () => Promise<Archive>;
}

/** Files written at once. */
const BATCH = 64;
const INPUT = './scripts/search/eleventy-plugin.ts';

/**
 * The scripts the search page names, deferred and so run in this order once the HTML is parsed: the
 * index head, then the page's one script, which finds the index loaded.
 */
export const PAGE_SCRIPTS = ['/haku/hakuindeksi.js', '/assets/haku/haku.js'] as const;

const PAGE = new URL('../../layouts/search/page.njk', import.meta.url);

export default function searchPlugin(eleventyConfig: PluginConfig, options: SearchPluginOptions): void {
  eleventyConfig.addPassthroughCopy({ 'layouts/search/haku.css': 'assets/haku/haku.css' });

  eleventyConfig.addTemplate('haku/index.njk', readFileSync(PAGE, 'utf8'), {
    layout: 'base.njk',
    permalink: '/haku/index.html',
    title: 'Haku',
    description: 'Hae maakunta- ja sote-uudistuksen tiedotteista sanoilla, alueittain, aiheittain ja vuosittain.',
    pageStyles: ['/assets/haku/haku.css'],
    pageScripts: PAGE_SCRIPTS,
    // The page has its own search form; the header's would be a second search landmark.
    hideHeaderSearch: true,
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addFilter('searchPageScript', () => pageBundleSource());
  eleventyConfig.addTemplate('haku/ui.njk', '{{ "" | searchPageScript | safe }}', {
    permalink: '/assets/haku/haku.js',
    eleventyExcludeFromCollections: true,
  });
  // The index is started before Eleventy renders (on a worker thread in a session build: see
  // search-for-build.ts) and taken after; a failure surfaces where it is awaited, below.
  eleventyConfig.on('eleventy.before', async () => {
    void options
      .archive()
      .then(searchForBuild)
      .catch(() => {});
  });
  // The index, its shards and the text chunks: written after Eleventy's pages, each file only when its
  // bytes changed since the previous build (output-writer.ts), instead of ~1,200 paginated templates.
  eleventyConfig.on('eleventy.after', async ({ directories, outputMode, results }) => {
    if (outputMode !== 'fs') return;
    const archive = await options.archive();
    const search = await searchForBuild(archive);
    console.log(
      `[search] index of ${archive.releases.length} releases (${search.morphology}) in ${search.seconds.toFixed(2)} s, ` +
        `${Math.round(search.indexScript.length / 1024)} KiB${search.reuse ? ` (${search.reuse})` : ''}`,
    );
    const writer = outputWriter(path.resolve(directories.output));
    const files = searchFiles(search);
    for (let start = 0; start < files.length; start += BATCH) {
      await Promise.all(
        files.slice(start, start + BATCH).map(([sitePath, text]) => {
          results.push({ inputPath: INPUT, outputPath: writer.outputPath(sitePath), url: `/${sitePath}` });
          return writer.file(sitePath, text);
        }),
      );
    }
  });
}

/** Every search data file as [site path, text]: the index, postings, positions and dictionary shards, text and title chunks. */
export function searchFiles(search: SiteSearch): [string, string][] {
  return [
    ['haku/hakuindeksi.js', search.indexScript],
    ...search.shardScripts.map((text, n): [string, string] => [`haku/indeksi/${n}.js`, text]),
    ...search.positionShardScripts.map((text, n): [string, string] => [`haku/sijainnit/${n}.js`, text]),
    ...search.keyShardScripts.map((text, n): [string, string] => [`haku/sanasto/${n}.js`, text]),
    ...search.chunkScripts.map((text, n): [string, string] => [`haku/tekstit/${n}.js`, text]),
    ...search.titleScripts.map((text, n): [string, string] => [`haku/otsikot/${n}.js`, text]),
  ];
}
