// The corpus the journalist query set (query-set.ts) runs over: the built-in releases
// (content/releases), the distinct releases of the site fixtures (tests/fixtures/site-releases, minus
// its copies of the built-in ones and its duplicate), a few releases written for the search traps the
// others lack (tests/fixtures/search-releases: Lappeenranta beside Lappi, ELY-keskus beside sote-keskus,
// a joined "soteuudistus", names in other cases, Swedish elliptical coordination) and every real-shape fixture
// (tests/fixtures/real-shapes/<case>), ingested in-process as the CLI would. Ids: the built-in and
// site releases keep their file names; a real-shape case is named by its folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { releaseFromSource } from '../../ingest/release.ts';
import { renderReleaseBody } from '../../site/markdown.ts';
import type { SearchableRelease } from '../../search/searchable-release.ts';
import { loadShapeCases, REAL_SHAPES_DIR } from '../real-shapes.ts';
import { readReleases } from './corpus.ts';

export interface QueryCorpusOptions {
  root?: string;
  realShapesDir?: string;
}

export function loadQueryCorpus(options: QueryCorpusOptions = {}): SearchableRelease[] {
  const root = resolve(options.root ?? '.');
  const builtIn = readReleases(join(root, 'content/releases')).releases;
  const titles = new Set(builtIn.map((r) => r.title));
  const site = readReleases(join(root, 'tests/fixtures/site-releases')).releases.filter((r) => !titles.has(r.title));
  const traps = readReleases(join(root, 'tests/fixtures/search-releases')).releases;
  const shapes = loadShapeCases(options.realShapesDir ?? REAL_SHAPES_DIR).map((shape): SearchableRelease => {
    const release = releaseFromSource(shape.sourceFile.split('/').pop()!, readFileSync(shape.sourceFile));
    const fm = release.frontMatter;
    return {
      id: shape.name,
      title: fm.title,
      date: fm.date,
      region: fm.region,
      topics: fm.topics,
      lang: fm.lang,
      lead: fm.summary,
      text: renderReleaseBody(release.body).text,
    };
  });
  return [...builtIn, ...site, ...traps, ...shapes];
}

/** Case folders present, for a check that every query's expectations name a release that exists. */
export function caseNames(dir = REAL_SHAPES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
}
