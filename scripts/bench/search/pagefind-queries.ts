// Pagefind over the query corpus, for the query-set comparison: the corpus is written out as a site
// (ingest for the real-shape sources, the fixture releases as they are), built, indexed by the
// Pagefind CLI (--force-language fi) and searched in headless Chromium through pagefind.js.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { launchChromium } from '../../../tests/support/chromium.ts';
import { serveStatic } from '../../lib/static-server.ts';
import { loadShapeCases } from '../real-shapes.ts';
import type { Searcher } from './other-engines.ts';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

/** Builds the corpus site with a Pagefind index in `work`; returns site id → corpus id. */
function buildCorpusSite(work: string, root: string): Map<string, string> {
  rmSync(work, { recursive: true, force: true });
  const sources = join(work, 'sources');
  const releases = join(work, 'releases');
  mkdirSync(sources, { recursive: true });
  mkdirSync(releases, { recursive: true });
  for (const shape of loadShapeCases()) {
    const ext = shape.sourceFile.slice(shape.sourceFile.lastIndexOf('.'));
    copyFileSync(shape.sourceFile, join(sources, `${shape.name}${ext}`));
  }
  run('npm', ['run', '--silent', 'ingest', '--', '--sources', sources, '--out', releases]);
  // Ingest names a release by its headline; its source file is named by the case.
  const toCorpus = new Map<string, string>();
  for (const name of readdirSync(releases).filter((f) => f.endsWith('.md'))) {
    const file = String((matter(readFileSync(join(releases, name), 'utf8')).data as { source: { file: string } }).source.file);
    toCorpus.set(name.slice(0, -3), file.replace(/\.\w+$/, ''));
  }
  for (const dir of ['content/releases', 'tests/fixtures/site-releases', 'tests/fixtures/search-releases']) {
    for (const name of readdirSync(join(root, dir)).filter((f) => f.endsWith('.md'))) {
      cpSync(join(root, dir, name), join(releases, name));
      toCorpus.set(name.slice(0, -3), name.slice(0, -3));
    }
  }
  run('npm', ['run', '--silent', 'build:site', '--', '--releases', releases, '--out', join(work, 'dist')]);
  run('npx', ['pagefind', '--site', join(work, 'dist'), '--force-language', 'fi', '--quiet']);
  return toCorpus;
}

/** Runs every query through Pagefind; returns the ids per query (searching is async, so all at once). */
export async function pagefindResults(queries: readonly string[], work: string, root = '.'): Promise<Searcher> {
  const toCorpus = buildCorpusSite(resolve(work), resolve(root));
  const server = await serveStatic(resolve(work));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}dist/index.html`);
    const urls = await page.evaluate(async (qs: string[]) => {
      const pagefind = await import(new URL('pagefind/pagefind.js', location.href).href);
      await pagefind.init();
      const out: Record<string, string[]> = {};
      for (const q of qs) {
        const search = await pagefind.search(q);
        const data = await Promise.all(search.results.map((r: { data(): Promise<{ url: string }> }) => r.data()));
        out[q] = data.map((d: { url: string }) => d.url);
      }
      return out;
    }, [...queries]);
    const byQuery = new Map(
      Object.entries(urls).map(([q, list]) => [
        q,
        list.map((url) => {
          const id = /tiedotteet\/([^/]+)\//.exec(url)?.[1] ?? url;
          return toCorpus.get(id) ?? id;
        }),
      ]),
    );
    return (q) => byQuery.get(q) ?? [];
  } finally {
    await browser.close();
    await server.close();
  }
}
