// Eleventy plugin for the search page (haku/) and its data: the index script, the snippet text
// chunks and the browser assets (lunr and lunr-languages from node_modules, our client scripts).
// It reads releases only from the global data `archive` that the site computes.
import { readFileSync } from 'node:fs';
import type { Archive } from '../site/types.ts';
import { engineBundleSource } from './client-bundle.ts';
import { uiBundleSource } from './ui-bundle.ts';
import { LUNR_BROWSER_FILES } from './finnish-lunr.ts';
import { siteSearchFor } from './site-search.ts';
import { TEXT_CHUNK_SIZE } from './build-index.ts';

interface PluginConfig {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addPassthroughCopy(copy: Record<string, string>): void;
  addTemplate(virtualPath: string, content: string, data?: object): void;
}

/** Assets under /assets/haku/, in the order the search page loads them: two bundles (engine, page). */
export const CLIENT_SCRIPTS = ['engine.js', 'haku.js'] as const;
export const LUNR_ASSETS = LUNR_BROWSER_FILES.map((file) => `/assets/haku/${file.split('/').pop()}`);

const PAGE = new URL('../../layouts/search/page.njk', import.meta.url);

export default function searchPlugin(eleventyConfig: PluginConfig): void {
  const copies: Record<string, string> = { 'layouts/search/haku.css': 'assets/haku/haku.css' };
  for (const file of LUNR_BROWSER_FILES) copies[`node_modules/${file}`] = `assets/haku/${file.split('/').pop()}`;
  eleventyConfig.addPassthroughCopy(copies);

  eleventyConfig.addFilter('searchIndexScript', (archive: Archive) => {
    const search = siteSearchFor(archive);
    console.log(
      `[search] index of ${archive.releases.length} releases (${search.morphology}) in ${search.seconds.toFixed(2)} s, ` +
        `${Math.round(search.indexScript.length / 1024)} KiB`,
    );
    return search.indexScript;
  });
  eleventyConfig.addFilter('searchTextChunk', (archive: Archive, chunk: number) => siteSearchFor(archive).chunkScripts[chunk] ?? '');

  eleventyConfig.addTemplate('haku/index.njk', readFileSync(PAGE, 'utf8'), {
    layout: 'base.njk',
    permalink: '/haku/index.html',
    title: 'Haku',
    description: 'Hae maakunta- ja sote-uudistuksen tiedotteista sanoilla, alueittain, aiheittain ja vuosittain.',
    pageStyles: ['/assets/haku/haku.css'],
    pageScripts: CLIENT_SCRIPTS.map((file) => `/assets/haku/${file}`),
    lunrAssets: LUNR_ASSETS,
    // The page has its own search form; the header's would be a second search landmark.
    hideHeaderSearch: true,
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addFilter('searchUiScript', () => uiBundleSource());
  eleventyConfig.addTemplate('haku/ui.njk', '{{ "" | searchUiScript | safe }}', {
    permalink: '/assets/haku/haku.js',
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addFilter('searchEngineScript', () => engineBundleSource());
  eleventyConfig.addTemplate('haku/engine.njk', '{{ "" | searchEngineScript | safe }}', {
    permalink: '/assets/haku/engine.js',
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addTemplate('haku/hakuindeksi.njk', '{{ archive | searchIndexScript | safe }}', {
    permalink: '/haku/hakuindeksi.js',
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addFilter('searchShard', (archive: Archive, shard: number) => siteSearchFor(archive).shardScripts[shard] ?? '');
  eleventyConfig.addTemplate('haku/osat.njk', '{{ archive | searchShard(pagination.items[0]) | safe }}', {
    // One page per shard: the releases are only the pagination's handle on the data.
    pagination: {
      data: 'archive.releases',
      size: 1,
      before: (_releases: unknown[], data: { archive: Archive }) => siteSearchFor(data.archive).shardScripts.map((_, n) => n),
    },
    permalink: '/haku/indeksi/{{ pagination.pageNumber }}.js',
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addFilter('searchPositionShard', (archive: Archive, shard: number) => siteSearchFor(archive).positionShardScripts[shard] ?? '');
  eleventyConfig.addTemplate('haku/sijainnit.njk', '{{ archive | searchPositionShard(pagination.items[0]) | safe }}', {
    pagination: {
      data: 'archive.releases',
      size: 1,
      before: (_releases: unknown[], data: { archive: Archive }) => siteSearchFor(data.archive).positionShardScripts.map((_, n) => n),
    },
    permalink: '/haku/sijainnit/{{ pagination.pageNumber }}.js',
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addFilter('searchKeyShard', (archive: Archive, shard: number) => siteSearchFor(archive).keyShardScripts[shard] ?? '');
  eleventyConfig.addTemplate('haku/sanasto.njk', '{{ archive | searchKeyShard(pagination.items[0]) | safe }}', {
    pagination: {
      data: 'archive.releases',
      size: 1,
      before: (_releases: unknown[], data: { archive: Archive }) => siteSearchFor(data.archive).keyShardScripts.map((_, n) => n),
    },
    permalink: '/haku/sanasto/{{ pagination.pageNumber }}.js',
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addTemplate('haku/tekstit.njk', '{{ archive | searchTextChunk(pagination.pageNumber) | safe }}', {
    pagination: { data: 'archive.releases', size: TEXT_CHUNK_SIZE },
    permalink: '/haku/tekstit/{{ pagination.pageNumber }}.js',
    eleventyExcludeFromCollections: true,
  });
}
