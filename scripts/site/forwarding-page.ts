// Release pages moved from julkaisut/<id>/ to tiedotteet/<id>/ (one word for a release across the UI
// and its addresses). The old addresses were promised to be permanent, and the site runs on hosts
// where no server redirect can be configured, so each old address gets a small page that forwards:
// a meta refresh (no script), a canonical link for search engines and a visible link for browsers
// that do not follow refreshes. Only the page addresses forward; see README "Permanent addresses".
import { relUrl } from './rel-url.ts';

/** The folder release pages lived in until they moved to tiedotteet/; old links into it must work. */
export const FORMER_RELEASE_FOLDER = 'julkaisut';

/** A release's former page address, root-relative: "/julkaisut/<id>/". */
export function formerReleaseUrl(id: string): string {
  return `/${FORMER_RELEASE_FOLDER}/${id}/`;
}

export interface Forwarding {
  /** Root-relative page URL of the old address, e.g. "/julkaisut/x/". */
  from: string;
  /** Root-relative page URL it forwards to, e.g. "/tiedotteet/x/". */
  to: string;
  /** The release's title: the page names what moved. Untrusted text; escaped here. */
  title: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * The HTML of a forwarding page. Every link is relative to the old address, so it forwards at a
 * host's root, under a sub-path and from file://; with the site's URL the canonical link and the
 * shown address are absolute, without it the shown address is the path from the archive's root.
 * data-pagefind-ignore: the search benchmark indexes the site with Pagefind, which then skips these
 * pages instead of counting each release twice.
 */
export function forwardingPage(forwarding: Forwarding, siteUrl: string | null): string {
  const target = escapeHtml(relUrl(forwarding.to, forwarding.from));
  const absolute = siteUrl ? new URL(forwarding.to.slice(1), siteUrl).href : null;
  const shown = escapeHtml(absolute ?? forwarding.to.slice(1));
  const title = escapeHtml(forwarding.title);
  return `<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'self'; object-src 'none'; base-uri 'none'">
<meta http-equiv="refresh" content="0; url=${target}">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${title} – Uudistusarkisto</title>
${absolute ? `<link rel="canonical" href="${escapeHtml(absolute)}">\n` : ''}<link rel="stylesheet" href="${escapeHtml(relUrl('/assets/site.css', forwarding.from))}">
</head>
<body>
<main data-pagefind-ignore="all">
<h1>${title}</h1>
<p>Tiedote on siirtynyt osoitteeseen <a class="ua-url" href="${target}">${shown}</a>.</p>
</main>
</body>
</html>
`;
}
