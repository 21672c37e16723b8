// What one release page's templates see: the data Eleventy's pagination and eleventyComputed used
// to give them, computed here so that release pages can be rendered without a paginated template.
import type { Release } from './types.ts';

export interface ReleasePageData {
  release: Release;
  /** The page as base.njk and the partials read it (`page.url` drives every relative link). */
  page: { url: string; outputPath: string };
  title: string;
  description: string;
  jsonLdRelease: Release;
  feedPath: string | null;
  feedTitle: string | null;
  /** Same-origin scripts the page loads (the "Kopioi viittaus" button). */
  pageScripts: string[];
}

/** The copy-citation button: progressive enhancement, the citation is readable without it. */
export const CITE_SCRIPT = '/assets/viittaus.js';

/** Output path of a release page relative to the output folder, e.g. "tiedotteet/<id>/index.html". */
export function releasePagePath(release: Release): string {
  return `${release.url.slice(1)}index.html`;
}

/** The page data of one release; `outDir` is where the site is written. Pure. */
export function releasePageData(release: Release, outDir: string): ReleasePageData {
  return {
    release,
    page: { url: release.url, outputPath: `${outDir.replace(/\/$/, '')}/${releasePagePath(release)}` },
    title: release.title,
    description: release.summary,
    jsonLdRelease: release,
    feedPath: release.area ? `${release.area.url}feed.xml` : null,
    feedTitle: release.area ? `Uudistusarkisto: ${release.area.name}` : null,
    pageScripts: [CITE_SCRIPT],
  };
}
