// Files beside the pages, written after Eleventy's build like the release pages (release-pages.ts)
// and added to its results so the build sees them: each release's citation as BibTeX and RIS
// (tiedotteet/<id>/<id>.bib, .ris), the page at its former address julkaisut/<id>/ that forwards to
// it (forwarding-page.ts), the raw source files under lahteet/, and releases.xlsx.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bibtexEntry } from './cite/bibtex.ts';
import { citationFacts, citationFileUrls } from './cite/facts.ts';
import { risRecord } from './cite/ris.ts';
import { formerReleaseUrl, forwardingPage } from './forwarding-page.ts';
import type { Archive } from './types.ts';

interface PluginConfig {
  on(
    event: 'eleventy.after',
    listener: (arg: { directories: { output: string }; outputMode: string; results: WrittenFile[] }) => Promise<void>,
  ): void;
}

interface WrittenFile {
  inputPath: string;
  outputPath: string;
  url: string;
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
    const written = (url: string): string => {
      const outputPath = path.join(outDir, decodeURIComponent(url.slice(1)));
      results.push({ inputPath: INPUT, outputPath, url });
      return outputPath;
    };

    for (let start = 0; start < archive.releases.length; start += BATCH) {
      await Promise.all(
        archive.releases.slice(start, start + BATCH).map(async (release) => {
          const facts = citationFacts(release, options.siteUrl);
          const urls = citationFileUrls(release);
          const bib = written(urls.bib);
          await mkdir(path.dirname(bib), { recursive: true });
          const forward = written(`${formerReleaseUrl(release.id)}index.html`);
          await mkdir(path.dirname(forward), { recursive: true });
          await Promise.all([
            writeFile(bib, bibtexEntry(facts)),
            writeFile(written(urls.ris), risRecord(facts)),
            writeFile(forward, forwardingPage({ from: formerReleaseUrl(release.id), to: release.url, title: release.title }, options.siteUrl)),
          ]);
        }),
      );
    }

    const sources = await options.sources();
    if (sources.size) await mkdir(path.join(outDir, 'lahteet'), { recursive: true });
    const entries = [...sources.entries()];
    for (let start = 0; start < entries.length; start += BATCH) {
      await Promise.all(
        entries.slice(start, start + BATCH).map(([name, from]) => copyFile(from, written(archive.sources.get(name)!))),
      );
    }

    // exceljs is large: loaded only when a build writes files, not by every import of the filters.
    const { releasesXlsx } = await import('./spreadsheet.ts');
    await writeFile(written('/releases.xlsx'), await releasesXlsx(archive, options.siteUrl, await options.updatedDay()));
  });
}
