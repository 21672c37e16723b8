// Every link on the site is relative so that one dist/ works at a host's root, under any sub-path and
// from file:// (Eleventy's pathPrefix writes absolute URLs and cannot do the last). A link into a folder
// names its index.html because file:// does not resolve folders to index files.

/**
 * The URL of `target` (root-relative, e.g. "/tiedotteet/x/" or "/assets/site.css") relative to the page
 * at `from` (Eleventy's page.url, e.g. "/aikajana/2018/" or "/404.html").
 * Query strings and fragments of `target` are kept. Targets that are not root-relative (already
 * relative, "#…", or with a scheme) are returned unchanged.
 */
export function relUrl(target: string, from: string): string {
  if (!target.startsWith('/') || target.startsWith('//')) return target;
  const split = target.search(/[?#]/);
  const path = split === -1 ? target : target.slice(0, split);
  const suffix = split === -1 ? '' : target.slice(split);

  const fromDir = folderSegments(from);
  const targetSegments = path.split('/').slice(1);
  // A folder target ("/x/" or "/") gets its index file named.
  if (targetSegments[targetSegments.length - 1] === '') {
    targetSegments[targetSegments.length - 1] = 'index.html';
  }

  let common = 0;
  while (
    common < fromDir.length &&
    common < targetSegments.length - 1 &&
    fromDir[common] === targetSegments[common]
  ) {
    common += 1;
  }
  const ups = fromDir.length - common;
  const rest = targetSegments.slice(common).join('/');
  return '../'.repeat(ups) + rest + suffix;
}

// A page calls relUrl for every link with the same `from`: its folders are computed once in a row.
let lastFrom: string | null = null;
let lastFolders: readonly string[] = [];

/** The folders a page lives in: "/a/b/" → ["a", "b"], "/a/page.html" → ["a"], "/" → []. */
function folderSegments(pageUrl: string): readonly string[] {
  if (pageUrl !== lastFrom) {
    lastFolders = computeFolderSegments(pageUrl);
    lastFrom = pageUrl;
  }
  return lastFolders;
}

function computeFolderSegments(pageUrl: string): string[] {
  const path = pageUrl.replace(/[?#].*$/, '');
  const segments = path.split('/').slice(1);
  segments.pop(); // the file name, or "" after a trailing slash
  return segments.filter((s) => s !== '');
}
