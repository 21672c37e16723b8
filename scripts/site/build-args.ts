// The site build's command line: parsed here, purely, so the CLI only acts on the result.
import { parseArgs } from 'node:util';
import { DEFAULT_OUT_DIR, DEFAULT_RELEASES_DIR, DEFAULT_SOURCES_DIR } from './site-options.ts';

export const EXIT_OK = 0;
export const EXIT_INVALID_RELEASES = 1;
export const EXIT_USAGE = 2;

export const BUILD_USAGE = `Usage: npm run build:site -- [--releases DIR] [--sources DIR] [--out DIR] [--site-url URL]

  --releases DIR   release files to build (default ${DEFAULT_RELEASES_DIR})
  --sources DIR    raw source files published under lahteet/ (default ${DEFAULT_SOURCES_DIR}); a release
                   whose source is missing or changed gets no download link, and the build says so
  --out DIR        where the site goes (default ${DEFAULT_OUT_DIR}); replaced whole, atomically.
                   Refused: an empty name, the repository or a folder containing it, anything in
                   content/, the releases folder, a non-empty folder that is not an earlier build.
  --site-url URL   absolute address the site is published at (also SITE_URL)
  --full           render every page again (ignore what the previous build can reuse)
  --help           this text

Exit codes: 0 built, 1 release files invalid (each one listed, nothing written), 2 usage or a refused folder.`;

export interface BuildOptions {
  releases: string;
  /** Whether --releases was given: then a missing folder is an error, not an empty archive. */
  releasesGiven: boolean;
  /** The raw sources to publish under lahteet/. */
  sources: string;
  out: string;
  siteUrl: string | undefined;
  full: boolean;
}

export type BuildArgs = { kind: 'build'; options: BuildOptions } | { kind: 'help' } | { kind: 'usage'; message: string };

/** Reads argv (without node and the script). Never throws. */
export function parseBuildArgs(argv: readonly string[]): BuildArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        releases: { type: 'string' },
        sources: { type: 'string' },
        out: { type: 'string' },
        'site-url': { type: 'string' },
        full: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { kind: 'usage', message: (error as Error).message };
  }
  const v = parsed.values;
  if (v.help) return { kind: 'help' };
  if (v.releases !== undefined && v.releases.trim() === '') return { kind: 'usage', message: '--releases is empty (an unset variable?)' };
  return {
    kind: 'build',
    options: {
      releases: v.releases ?? DEFAULT_RELEASES_DIR,
      releasesGiven: v.releases !== undefined,
      sources: v.sources ?? DEFAULT_SOURCES_DIR,
      out: v.out ?? DEFAULT_OUT_DIR,
      siteUrl: v['site-url'],
      full: v.full,
    },
  };
}
