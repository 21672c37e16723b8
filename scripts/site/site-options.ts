// Build options come from the environment so that scripts/build-site.ts, `npm run serve` and the
// tests all configure the same .eleventy.ts.
import type { SiteOptions } from './types.ts';

export const DEFAULT_RELEASES_DIR = 'content/releases';
export const DEFAULT_OUT_DIR = 'dist';
export const DEFAULT_SOURCES_DIR = 'content/sources';

/** SITE_URL normalised to end in "/", or null when unset; anything but http(s) is an error. */
export function parseSiteUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new Error(`SITE_URL is not a URL: ${value}`, { cause: error });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be http(s): ${value}`);
  }
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The accessibility feedback channel (ARCHIVE_FEEDBACK: an e-mail address or an http(s) URL), which
 * law 306/2019 requires the statement to name. Whoever publishes the archive sets it.
 */
export function parseFeedback(value: string | undefined): { href: string; label: string } | null {
  if (!value) return null;
  if (/^[^\s@:<>"]+@[^\s@:<>"]+\.[a-z]{2,}$/i.test(value)) return { href: `mailto:${value}`, label: value };
  if (/^https?:\/\/[^\s"<>]+$/i.test(value)) return { href: value, label: value };
  throw new Error(`ARCHIVE_FEEDBACK must be an e-mail address or an http(s) URL: ${value}`);
}

export function siteOptionsFromEnv(env: NodeJS.ProcessEnv): SiteOptions & {
  releasesDir: string;
  sourcesDir: string;
  outDir: string;
  feedback: { href: string; label: string } | null;
} {
  return {
    siteUrl: parseSiteUrl(env.SITE_URL),
    feedback: parseFeedback(env.ARCHIVE_FEEDBACK),
    releasesDir: env.ARCHIVE_RELEASES_DIR || DEFAULT_RELEASES_DIR,
    sourcesDir: env.ARCHIVE_SOURCES_DIR || DEFAULT_SOURCES_DIR,
    outDir: env.ARCHIVE_OUT_DIR || DEFAULT_OUT_DIR,
  };
}
