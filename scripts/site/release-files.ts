// Files beside the pages, written after Eleventy's build like the release pages (release-pages.ts)
// and added to its results so the build sees them: each release's citation as BibTeX and RIS
// (tiedotteet/<id>/<id>.bib, .ris), the page at its former address julkaisut/<id>/ that forwards to
// it (forwarding-page.ts), the raw source files under lahteet/, and releases.xlsx.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bibtexEntry } from './cite/bibtex.ts';
import { citationFacts, citationFileUrls } from './cite/facts.ts';
import { risRecord } from './cite/ris.ts';
import { formerReleaseUrl, forwardingPage } from './forwarding-page.ts';
import { outputWriter } from './build-session.ts';
import { contentDigest } from './output-writer.ts';
import type { Archive } from './types.ts';
import { workbookRows } from './workbook-rows.ts';
import type { EleventyAfter } from './eleventy-after.ts';

interface PluginConfig {
  on(event: 'eleventy.after', listener: (arg: EleventyAfter) => Promise<void>): void;
}

export interface ReleaseFilesOptions {
  archive: () => Promise<Archive>;
  siteUrl: string | null;
  /** The archive's update day (updated.ts): the workbook's date. */
  updatedDay: () => Promise<string>;
  /** Source file name → absolute path of the file to publish under lahteet/ (source-files.ts). */
  sources: () => Promise<ReadonlyMap<string, string>>;
}

const BATCH = 64;
const INPUT = './scripts/site/release-files.ts';

export default function releaseFiles(eleventyConfig: PluginConfig, options: ReleaseFilesOptions): void {
  eleventyConfig.on('eleventy.after', async ({ directories, outputMode, results }) => {
    if (outputMode !== 'fs') return;
    const archive = await options.archive();
    const outDir = path.resolve(directories.output);
    const writer = outputWriter(outDir);
    const sitePath = (url: string): string => {
      const relative = decodeURIComponent(url.slice(1));
      results.push({ inputPath: INPUT, outputPath: writer.outputPath(relative), url });
      return relative;
    };

    // The workbook is made only when a cell or its date changed (exceljs takes seconds at 10,000
    // releases), and loaded only then; it is made while the citations are written.
    const rows = workbookRows(archive, options.siteUrl);
    const day = await options.updatedDay();
    const workbook = writer.page(sitePath('/releases.xlsx'), contentDigest(JSON.stringify({ rows, day })), () =>
      import('./spreadsheet.ts').then((m) => m.xlsxFromRows(rows, day)),
    );
    // Awaited at the end; a failure meanwhile is not an unhandled rejection.
    workbook.catch(() => undefined);

    // Citations and forwarding pages are cheap to make: made every time, written only when their bytes changed.
    for (let start = 0; start < archive.releases.length; start += BATCH) {
      await Promise.all(
        archive.releases.slice(start, start + BATCH).map(async (release) => {
          const facts = citationFacts(release, options.siteUrl);
          const urls = citationFileUrls(release);
          const forward = forwardingPage({ from: formerReleaseUrl(release.id), to: release.url, title: release.title }, options.siteUrl);
          await Promise.all([
            writer.file(sitePath(urls.bib), bibtexEntry(facts)),
            writer.file(sitePath(urls.ris), risRecord(facts)),
            writer.file(sitePath(`${formerReleaseUrl(release.id)}index.html`), forward),
          ]);
        }),
      );
    }

    // A published source is the file whose SHA-256 its release records (source-files.ts checked it).
    const sha256 = new Map(archive.releases.map((r) => [r.source.file, r.source.sha256]));
    const sources = await options.sources();
    const entries = [...sources.entries()];
    for (let start = 0; start < entries.length; start += BATCH) {
      await Promise.all(
        entries
          .slice(start, start + BATCH)
          .map(([name, from]) => writer.page(sitePath(archive.sources.get(name)!), `source:${sha256.get(name) ?? ''}`, () => readFile(from))),
      );
    }

    await workbook;
  });
}
