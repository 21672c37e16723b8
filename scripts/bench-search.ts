// `npm run bench:search [-- --sizes 1000,10000 --vocabulary realistic --work DIR --reuse --no-pagefind]`
// (--reuse keeps the synthetic releases of an earlier run and rebuilds only the site): the figures
// issues 5 and 11 ask for, printed (a benchmark, not a test): recall with and without Voikko; index
// size raw, gzip and brotli per archive size; query latency and time to the first result in headless
// Chromium; and the bytes a browser downloads on opening the page and for a first query, side by side
// with Pagefind over the same dist/, ending in one summary table per run. Synthetic archives come from
// `npm run synth` (--vocabulary realistic: a real archive's ~200,000 word forms at 10,000), then
// `npm run ingest` and `npm run build:site`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../tests/support/chromium.ts';
import { kib, ms, percentile, sizesOf, table, typedPrefixes, type Sizes } from './bench/search/bench-stats.ts';
import { measureRecall } from './bench/search/measure-recall.ts';
import { RECALL_QUERIES } from './bench/search/recall-queries.ts';
import { EXIT, parseFlagsWithUsage, UsageError } from './lib/cli-args.ts';
import { serveStatic, type StaticServer } from './lib/static-server.ts';

const USAGE = 'usage: bench:search [--sizes 1000,10000] [--vocabulary template|realistic] [--work DIR] [--reuse] [--reuse-dist] [--no-pagefind] [--query WORD]';
const FLAGS = {
  sizes: { type: 'string', default: '1000,10000' },
  work: { type: 'string', default: 'bench-results/search' },
  reuse: { type: 'boolean', default: false },
  // Keep an already built dist/ of a synthetic size too (measure again without rebuilding).
  'reuse-dist': { type: 'boolean', default: false },
  'no-pagefind': { type: 'boolean', default: false },
  query: { type: 'string', default: 'pilotti' },
  vocabulary: { type: 'string', default: 'template' },
  help: { type: 'boolean', default: false },
} as const;

function readFlags(argv: readonly string[]) {
  try {
    return parseFlagsWithUsage(argv, FLAGS, USAGE);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`bench:search: ${error.message}\n`);
    process.exit(EXIT.usage);
  }
}
const values = readFlags(process.argv.slice(2));
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(EXIT.ok);
}
if (!['template', 'realistic'].includes(values.vocabulary)) {
  process.stderr.write(`bench:search: --vocabulary must be template or realistic; ${USAGE}\n`);
  process.exit(EXIT.usage);
}
const WORK = resolve(values.work);
const SIZES = values.sizes.split(',').map(Number).filter((n) => n > 0);
const FIRST_QUERY = values.query;

/** Seconds a command took; `okStatuses` beyond 0 for ingest, which exits 1 when some sources are rejected. */
function run(command: string, args: string[], okStatuses: readonly number[] = [0]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status === null || !okStatuses.includes(result.status)) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
  return (performance.now() - started) / 1000;
}

/** Builds (or reuses) the site for an archive size; "builtin" is content/releases. */
function prepareSite(size: number | 'builtin'): string {
  const dir = join(WORK, String(size));
  const dist = join(dir, 'dist');
  if (size !== 'builtin' && values['reuse-dist'] && existsSync(join(dist, 'haku/hakuindeksi.js'))) return dist;
  let releases = resolve('content/releases');
  if (size !== 'builtin' && values.reuse && existsSync(join(dir, 'releases'))) {
    releases = join(dir, 'releases');
  } else if (size !== 'builtin') {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const sources = join(dir, 'sources');
    releases = join(dir, 'releases');
    const synth = run('npm', ['run', '--silent', 'synth', '--', '--count', String(size), '--out', sources, '--vocabulary', values.vocabulary]);
    // Synth's corpus has rejected sources by design: exit 1 still leaves a whole archive.
    const ingest = run('npm', ['run', '--silent', 'ingest', '--', '--sources', sources, '--out', releases], [0, 1]);
    console.log(`[bench:search] ${size}: synth ${synth.toFixed(1)} s, ingest ${ingest.toFixed(1)} s`);
  }
  const build = run('npm', ['run', '--silent', 'build:site', '--', '--releases', releases, '--out', dist]);
  console.log(`[bench:search] ${size}: build:site ${build.toFixed(1)} s`);
  return dist;
}

function folderSizes(dir: string): Sizes {
  const total: Sizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const name of readdirSync(dir)) {
    const s = sizesOf(readFileSync(join(dir, name)));
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return total;
}

interface Bytes {
  requests: number;
  raw: number;
  /** What gzip on the wire would carry (already-compressed files counted as they are). */
  gzip: number;
}

interface Transfer extends Bytes {
  /** Of all the bytes: those fetched on opening the page (before typing) and for the query. */
  open: Bytes;
  query: Bytes;
  /** From typing the query to the first result shown. */
  toResult: number;
}

function bytesOf(buffers: Buffer[]): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const b of buffers) {
    raw += b.length;
    gzip += Math.min(b.length, sizesOf(b).gzip);
  }
  return { requests: buffers.length, raw, gzip };
}

/** How a page shows that the first query's results are there, and then that they have settled. */
interface PageUnderTest {
  input: string;
  /** Resolves when the first result of the typed query is shown. */
  resultShown(page: Page): Promise<unknown>;
  /** A selector present once snippets are shown. */
  settled: string;
}

/**
 * Loads a page, types the query, waits for results and their snippets; counts what was fetched,
 * apart for opening the page (until the network is idle; our page lists the newest releases then)
 * and for the query.
 */
async function firstQueryTransfer(browser: Browser, url: string, under: PageUnderTest): Promise<Transfer> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: { phase: 'open' | 'query'; body: Promise<Buffer | null> }[] = [];
  let phase: 'open' | 'query' = 'open';
  page.on('response', (response) => {
    if (response.status() < 300) bodies.push({ phase, body: response.body().catch(() => null) });
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  phase = 'query';
  const started = Date.now();
  await page.locator(under.input).fill(FIRST_QUERY);
  await under.resultShown(page);
  const toResult = Date.now() - started;
  await page.locator(under.settled).first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const loaded = await Promise.all(bodies.map(async (b) => ({ phase: b.phase, body: await b.body })));
  await context.close();
  const of = (wanted?: 'open' | 'query'): Buffer[] =>
    loaded.filter((b) => b.body !== null && (!wanted || b.phase === wanted)).map((b) => b.body as Buffer);
  return { ...bytesOf(of()), open: bytesOf(of('open')), query: bytesOf(of('query')), toResult };
}

/** Our page: the status line names the query once its results are in (the page lists releases before). */
const OURS: PageUnderTest = {
  input: '#ua-haku-q',
  resultShown: (page) =>
    page.waitForFunction(
      (q) => (document.getElementById('ua-haku-tila')?.textContent ?? '').includes(`”${q}”`) && document.querySelector('.ua-haku__result') !== null,
      FIRST_QUERY,
      { timeout: 60_000 },
    ),
  settled: '.ua-haku__snippet mark',
};

const PAGEFIND: PageUnderTest = {
  input: '.pagefind-ui__search-input',
  resultShown: (page) => page.locator('.pagefind-ui__result').first().waitFor({ timeout: 60_000 }),
  settled: '.pagefind-ui__result-excerpt',
};

/** One size's figures for the closing side-by-side table. */
interface SideBySide {
  size: number | 'builtin';
  mainGzip: number;
  ours?: Transfer;
  pagefind?: Transfer | null;
  coldFile?: number[];
  pageP95File?: number;
  pageP95Http?: number;
  snippetsP95File?: number;
  snippetsP95Http?: number;
}
const summary: SideBySide[] = [];

/** From opening haku/index.html?q=… to the first result in the DOM, as the page's own clock sees it. */
async function timeToFirstResult(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.ua-haku__result')) {
        (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${url}?q=${encodeURIComponent(FIRST_QUERY)}`);
  await page.locator('.ua-haku__result').first().waitFor({ timeout: 60_000 });
  const at = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
  await context.close();
  return at;
}

interface Latency {
  engine: number[];
  ui: number[];
  /** From submit to every snippet of the first page filled (the page's ua-haku:snippets mark). */
  snippets: number[];
}

/** Query latency: the engine alone with every shard in memory (every typed prefix of every recall
 *  query), and the page from submit to the status line announcing the results (shards and text
 *  chunks loaded on demand, results rendered) for each full query. */
async function queryLatency(page: Page, shardCount: number): Promise<Latency> {
  const full = RECALL_QUERIES.map((q) => q.query);
  const typed = full.flatMap(typedPrefixes);
  const engine = await page.evaluate(
    async ({ queries, shards }) => {
      const w = window as unknown as {
        UudistusHakuEngine: { createEngine(l: unknown, p: unknown, loaded: unknown): { search(q: string): unknown } };
        lunr: unknown;
        UudistusHakuIndeksi: { keyShards: unknown[] };
        UudistusHakuOsat: Record<number, string[]>;
        UudistusHakuSanasto: Record<number, unknown[]>;
        UudistusHakuSijainnit: Record<number, string[]>;
      };
      const container = document.getElementById('ua-haku')!;
      // Every dictionary, postings and positions shard in memory: the engine's own time, without loading.
      // (No named functions in here: tsx would wrap them in a helper the page does not have.)
      const loads: Promise<unknown>[] = [];
      for (const [attribute, count] of [
        ['data-shards', shards],
        ['data-keys', w.UudistusHakuIndeksi.keyShards.length],
        ['data-positions', shards],
      ] as [string, number][]) {
        // A page built before positions existed has no data-positions.
        const count_ = container.hasAttribute(attribute) ? count : 0;
        for (let k = 0; k < count_; k++) {
          loads.push(
            new Promise((done, fail) => {
              const script = document.createElement('script');
              script.src = `${container.getAttribute(attribute)!.replace(/0\.js$/, '')}${k}.js`;
              script.onload = done;
              script.onerror = fail;
              document.head.appendChild(script);
            }),
          );
        }
      }
      await Promise.all(loads);
      const e = w.UudistusHakuEngine.createEngine(w.lunr, w.UudistusHakuIndeksi, {
        shards: w.UudistusHakuOsat,
        keyShards: w.UudistusHakuSanasto,
        positionShards: w.UudistusHakuSijainnit,
      });
      return queries.map((q) => {
        const t0 = performance.now();
        e.search(q);
        return performance.now() - t0;
      });
    },
    { queries: typed, shards: shardCount },
  );
  const ui: number[] = [];
  const snippets: number[] = [];
  for (const q of full) {
    const times = await page.evaluate(
      (query) =>
        new Promise<[number, number]>((done) => {
          const input = document.getElementById('ua-haku-q') as HTMLInputElement;
          const form = document.getElementById('ua-haku-form') as HTMLFormElement;
          const status = document.getElementById('ua-haku-tila')!;
          input.value = query;
          // A page older than the snippets mark (it fills snippets before announcing) has none.
          const marksSnippets = performance.getEntriesByName('ua-haku:snippets').length > 0;
          const t0 = performance.now();
          new MutationObserver((_, observer) => {
            if (!status.textContent?.includes(query)) return;
            observer.disconnect();
            requestAnimationFrame(() => {
              const announced = performance.now() - t0;
              if (!marksSnippets) {
                done([announced, announced]);
                return;
              }
              // Then the snippets (the page marks them; given up after 5 s).
              // (No named functions in here: tsx would wrap them in a helper the page does not have.)
              let tries = 0;
              const poll = setInterval(() => {
                const mark = performance.getEntriesByName('ua-haku:snippets').find((m) => m.startTime >= t0);
                if (!mark && ++tries < 5000) return;
                clearInterval(poll);
                done([announced, mark ? Math.max(announced, mark.startTime - t0) : announced]);
              }, 1);
            });
          }).observe(status, { childList: true, characterData: true, subtree: true });
          form.requestSubmit();
        }),
      q,
    );
    ui.push(times[0]);
    snippets.push(times[1]);
  }
  return { engine, ui, snippets };
}

function pagefindPage(dist: string): void {
  writeFileSync(
    join(dist, 'pagefind-bench.html'),
    '<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Pagefind</title>' +
      '<link href="pagefind/pagefind-ui.css" rel="stylesheet"><script src="pagefind/pagefind-ui.js"></script></head>' +
      '<body><div id="search"></div><script>window.addEventListener("DOMContentLoaded",function(){' +
      'new PagefindUI({ element: "#search", showSubResults: false });});</script></body></html>',
  );
}

async function main(): Promise<void> {
  console.log('== Recall on the built-in corpus (%d queries) ==', RECALL_QUERIES.length);
  for (const noVoikko of [false, true]) {
    const report = measureRecall({ noVoikko });
    console.log(
      `${report.morphology.padEnd(9)} ${(report.recall * 100).toFixed(1)} %  (corpus: ${report.corpus})` +
        (report.misses.length ? `  misses: ${report.misses.map((m) => m.query).join(', ')}` : ''),
    );
  }
  if (!chromiumAvailable) console.log('Chromium missing: browser figures skipped.');

  const rows: (string | number)[][] = [
    ['releases', 'index raw', 'gzip', 'brotli', 'main file raw/gz', 'shards', 'texts raw', 'texts gz', 'ours: req', 'bytes', 'gzip', 'pagefind: req', 'bytes', 'gzip'],
  ];
  const sizes: (number | 'builtin')[] = ['builtin', ...SIZES];
  const browser = chromiumAvailable ? await launchChromium() : null;
  try {
    for (const size of sizes) {
      const dist = prepareSite(size);
      const main = sizesOf(readFileSync(join(dist, 'haku/hakuindeksi.js')));
      // Postings and dictionary shards together: both are the index, loaded per query.
      const postings = folderSizes(join(dist, 'haku/indeksi'));
      const keys = folderSizes(join(dist, 'haku/sanasto'));
      const shards = { raw: postings.raw + keys.raw, gzip: postings.gzip + keys.gzip, brotli: postings.brotli + keys.brotli };
      const texts = folderSizes(join(dist, 'haku/tekstit'));
      const shardCount = readdirSync(join(dist, 'haku/indeksi')).length;
      const row: (string | number)[] = [
        size,
        kib(main.raw + shards.raw),
        kib(main.gzip + shards.gzip),
        kib(main.brotli + shards.brotli),
        `${kib(main.raw)} / ${kib(main.gzip)}`,
        shardCount,
        kib(texts.raw),
        kib(texts.gzip),
      ];
      if (!browser) {
        rows.push(row);
        continue;
      }
      let server: StaticServer | null = null;
      try {
        let pagefindDir: string | null = null;
        if (!values['no-pagefind']) {
          // Pagefind writes into the site it indexes: give it a copy of the same dist/.
          pagefindDir = `${dist}-pagefind`;
          rmSync(pagefindDir, { recursive: true, force: true });
          cpSync(dist, pagefindDir, { recursive: true });
          const started = performance.now();
          const pagefind = spawnSync('npx', ['pagefind', '--site', pagefindDir, '--force-language', 'fi', '--quiet'], {
            encoding: 'utf8',
          });
          if (pagefind.status === 0) {
            pagefindPage(pagefindDir);
            console.log(`[bench:search] ${size}: pagefind index ${((performance.now() - started) / 1000).toFixed(1)} s`);
          } else {
            // Say exactly why (no binary for this platform, no network for its download, …) and go on.
            console.log(
              `[bench:search] ${size}: pagefind could not run (exit ${pagefind.status ?? pagefind.signal}):\n` +
                `${pagefind.error?.message ?? ''}${pagefind.stdout}${pagefind.stderr}`,
            );
            pagefindDir = null;
          }
        }
        server = await serveStatic(resolve(WORK), '/arkisto/');
        const base = `${server.url}${size}/`;
        const ours = await firstQueryTransfer(browser, `${base}dist/haku/index.html`, OURS);
        row.push(ours.requests, kib(ours.raw), kib(ours.gzip));
        let pf: Transfer | null = null;
        if (pagefindDir) {
          pf = await firstQueryTransfer(browser, `${base}dist-pagefind/pagefind-bench.html`, PAGEFIND);
          row.push(pf.requests, kib(pf.raw), kib(pf.gzip));
        }
        rows.push(row);
        const side: SideBySide = { size, mainGzip: main.gzip, ours, pagefind: pf };
        summary.push(side);
        console.log(
          `[bench:search] ${size}: typing to first result: ours ${ms(ours.toResult)}` +
            (pf ? `, pagefind ${ms(pf.toResult)}` : ''),
        );

        const fileTimes: number[] = [];
        const httpTimes: number[] = [];
        for (let i = 0; i < 5; i++) {
          fileTimes.push(await timeToFirstResult(browser, pathToFileURL(join(dist, 'haku/index.html')).href));
          httpTimes.push(await timeToFirstResult(browser, `${base}dist/haku/index.html`));
        }
        side.coldFile = fileTimes;
        console.log(
          `[bench:search] ${size}: opening haku/?q=${FIRST_QUERY} to first result (median of 5): ` +
            `file:// ${ms(percentile(fileTimes, 50))}, http ${ms(percentile(httpTimes, 50))}`,
        );

        for (const [how, url] of [
          ['http', `${base}dist/haku/index.html`],
          ['file://', pathToFileURL(join(dist, 'haku/index.html')).href],
        ] as const) {
          const context = await browser.newContext();
          const page = await context.newPage();
          await page.goto(url);
          await page.locator('[data-ready="true"]').waitFor({ timeout: 60_000 });
          const latency = await queryLatency(page, shardCount);
          await context.close();
          if (how === 'http') {
            side.pageP95Http = percentile(latency.ui, 95);
            side.snippetsP95Http = percentile(latency.snippets, 95);
          } else {
            side.pageP95File = percentile(latency.ui, 95);
            side.snippetsP95File = percentile(latency.snippets, 95);
          }
          console.log(
            `[bench:search] ${size} (${how}): engine latency over ${latency.engine.length} typed queries: median ` +
              `${ms(percentile(latency.engine, 50))}, p95 ${ms(percentile(latency.engine, 95))}, max ${ms(Math.max(...latency.engine))}; ` +
              `page (submit to results announced, shards and texts loaded on demand) over ${latency.ui.length}: median ${ms(percentile(latency.ui, 50))}, ` +
              `p95 ${ms(percentile(latency.ui, 95))}; to every snippet of the first page: median ` +
              `${ms(percentile(latency.snippets, 50))}, p95 ${ms(percentile(latency.snippets, 95))} (Chromium's clock has 0.1 ms steps)`,
          );
        }
      } finally {
        await server?.close();
      }
    }
  } finally {
    await browser?.close();
  }
  console.log(`\n== Index size and first query "${FIRST_QUERY}" (fresh browser, everything fetched) ==`);
  console.log(table(rows));
  const distSize = (dir: string): number =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
  if (existsSync(join(WORK, 'builtin/dist'))) console.log(`(built-in dist/: ${kib(distSize(join(WORK, 'builtin/dist')))})`);
  printSideBySide();
}

/** The issue 11 targets side by side with Pagefind, one row per archive size. */
function printSideBySide(): void {
  const gz = (b: Bytes | undefined): string => (b ? kib(b.gzip) : '–');
  const rows: (string | number)[][] = [
    [
      'releases',
      'main file gz',
      'ours: open gz',
      'first query gz',
      'open+query gz',
      'pagefind: open gz',
      'first query gz',
      'open+query gz',
      'cold open→result file:// (min / median / max of 5)',
      'page p95 file:// / http',
      'snippets p95 file:// / http',
    ],
  ];
  for (const s of summary) {
    const cold = s.coldFile ?? [];
    rows.push([
      `${s.size}${s.size === 'builtin' ? '' : ` (${values.vocabulary})`}`,
      kib(s.mainGzip),
      gz(s.ours?.open),
      gz(s.ours?.query),
      gz(s.ours),
      gz(s.pagefind?.open),
      gz(s.pagefind?.query),
      gz(s.pagefind ?? undefined),
      cold.length ? `${ms(Math.min(...cold))} / ${ms(percentile(cold, 50))} / ${ms(Math.max(...cold))}` : '–',
      s.pageP95File !== undefined ? `${ms(s.pageP95File)} / ${ms(s.pageP95Http ?? NaN)}` : '–',
      s.snippetsP95File !== undefined ? `${ms(s.snippetsP95File)} / ${ms(s.snippetsP95Http ?? NaN)}` : '–',
    ]);
  }
  console.log(`\n== Side by side (issue 11 targets: first query ≤ Pagefind's, cold ≤ 0.5 s from file://, page p95 ≤ 50 ms) ==`);
  console.log(table(rows));
  console.log(`(vocabulary: ${values.vocabulary}; first query "${FIRST_QUERY}"; Pagefind cannot run from file://, so its bytes are over http)`);
}

await main();
