// Where the search page's time goes in Chromium, on one built site (a benchmark, not a test):
//   tsx scripts/bench/search-page-profile.ts [--dist bench-results/search/10000/dist] [--query pilotti] [--runs 5] [--save DIR]
// 1. Cold open of haku/index.html?q=… from file://: the page's own performance marks (ua-haku:*),
//    the first result in the DOM, and when each script finished loading; median of --runs.
// 2. The same open under the CDP CPU profiler, summarised by file and function.
// 3. Page latency as bench:search measures it (submit to results announced, every recall query, on a
//    fresh page after the empty-query list), then the same under the profiler.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/chromium.ts';
import { formatSummary, summariseProfile, type CpuProfile } from './profile-summary.ts';
import { percentile } from './search/bench-stats.ts';
import { RECALL_QUERIES } from './search/recall-queries.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'bench-results/search/10000/dist' },
    query: { type: 'string', default: 'pilotti' },
    runs: { type: 'string', default: '5' },
    top: { type: 'string', default: '20' },
    save: { type: 'string' },
    // Only the cold open (parts 1 and 2), or only page latency (part 3).
    'cold-only': { type: 'boolean', default: false },
    'latency-only': { type: 'boolean', default: false },
    // Leave out the CPU profiles.
    'no-profile': { type: 'boolean', default: false },
    // Each query's phases, slowest first (where a p95 comes from).
    'per-query': { type: 'boolean', default: false },
  },
});
const PAGE_URL = pathToFileURL(join(resolve(values.dist), 'haku/index.html')).href;
const RUNS = Number(values.runs);

interface ColdRun {
  firstResult: number;
  marks: Record<string, number>;
  scripts: { name: string; end: number; ms: number }[];
}

/** Records when the first result enters the DOM, as the page's clock sees it. */
function watchFirstResult(): void {
  new MutationObserver((_, observer) => {
    if (document.querySelector('.ua-haku__result')) {
      (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function coldOpen(
  browser: Browser,
  profile: boolean,
): Promise<{ run: ColdRun; cpu: CpuProfile | null }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(watchFirstResult);
  const cdp = profile ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${PAGE_URL}?q=${encodeURIComponent(values.query)}`);
  await page.locator('.ua-haku__result').first().waitFor({ timeout: 60_000 });
  const cpu = cdp ? ((await cdp.send('Profiler.stop')).profile as unknown as CpuProfile) : null;
  const run = await page.evaluate(() => {
    const marks: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark'))
      if (m.name.startsWith('ua-haku:') && !(m.name in marks)) marks[m.name] = m.startTime;
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
      .map((r) => ({
        name: r.name.replace(/^.*\/(haku|assets)\//, '$1/'),
        end: r.responseEnd,
        ms: r.duration,
      }));
    return {
      firstResult: (window as unknown as { firstResultAt: number }).firstResultAt,
      marks,
      scripts,
    };
  });
  await context.close();
  return { run, cpu };
}

/**
 * Submits each query and waits for the status to name it (as bench:search does), then for its
 * snippets (the page marks ua-haku:snippets); returns ms per query to the announcement.
 */
async function pageLatency(
  page: Page,
  queries: string[],
): Promise<{ times: number[]; phases: Record<string, number>[] }> {
  const times: number[] = [];
  const phases: Record<string, number>[] = [];
  for (const q of queries) {
    const { ms, marks } = await page.evaluate(
      (query) =>
        new Promise<{ ms: number; marks: Record<string, number> }>((done) => {
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
              const ms = performance.now() - t0;
              // Then the snippets. (No named functions in here: tsx would wrap them in a helper the page does not have.)
              const poll = setInterval(() => {
                const marks: Record<string, number> = {};
                for (const m of performance.getEntriesByType('mark'))
                  if (m.startTime >= t0 && m.name.startsWith('ua-haku:') && !(m.name.slice(8) in marks))
                    marks[m.name.slice(8)] = m.startTime - t0;
                if (!('snippets' in marks) && marksSnippets) return;
                clearInterval(poll);
                marks['snippets'] ??= ms;
                marks['painted'] = ms;
                done({ ms, marks });
              }, 1);
            });
          }).observe(status, { childList: true, characterData: true, subtree: true });
          form.requestSubmit();
        }),
      q,
    );
    times.push(ms);
    phases.push(marks);
  }
  return { times, phases };
}

const fmt = (n: number): string => `${n.toFixed(1)} ms`;

// The page's marks (ua-haku:…) and when the announced results were painted. With the titles in memory
// the list is shown before the texts are loaded, so these are times from submit, not phase lengths.
const PHASES = ['shards-loaded', 'searched', 'shown', 'painted', 'texts-loaded', 'snippets'];

/** One line per query, slowest first: its total and each mark's time from submit. */
function printPerQuery(queries: string[], times: number[], phases: Record<string, number>[]): void {
  const rows = queries.map((q, i) => {
    const parts = PHASES.map((name) => `${name} ${phases[i]![name]?.toFixed(1) ?? '–'}`);
    return { total: times[i]!, line: `${times[i]!.toFixed(1).padStart(7)}  ${q.padEnd(28)} ${parts.join(', ')}` };
  });
  for (const row of rows.sort((a, b) => b.total - a.total)) console.log(row.line);
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  const saveDir = values.save ? resolve(values.save) : null;
  if (saveDir) mkdirSync(saveDir, { recursive: true });
  try {
    if (!values['latency-only']) await coldPart(browser, saveDir);
    if (!values['cold-only']) await latencyPart(browser, saveDir);
  } finally {
    await browser.close();
  }
}

async function coldPart(browser: Browser, saveDir: string | null): Promise<void> {
  {
    const runs: ColdRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push((await coldOpen(browser, false)).run);
    console.log(`== Cold open ${PAGE_URL}?q=${values.query} (median of ${RUNS}) ==`);
    console.log(
      `first result in the DOM: ${fmt(
        percentile(
          runs.map((r) => r.firstResult),
          50,
        ),
      )}  (each: ${runs.map((r) => r.firstResult.toFixed(0)).join(', ')})`,
    );
    const markNames = [...new Set(runs.flatMap((r) => Object.keys(r.marks)))].sort(
      (a, b) => (runs[0]!.marks[a] ?? 0) - (runs[0]!.marks[b] ?? 0),
    );
    for (const name of markNames)
      console.log(
        `  ${name.padEnd(32)} ${fmt(percentile(runs.map((r) => r.marks[name] ?? NaN).filter(Number.isFinite), 50))}`,
      );
    const last = runs[RUNS - 1]!;
    console.log(`scripts of the last run (${last.scripts.length}), by when they finished loading:`);
    for (const s of [...last.scripts].sort((a, b) => a.end - b.end))
      console.log(`  ${fmt(s.end).padStart(10)}  ${s.name}`);

    if (values['no-profile']) return;
    const { cpu } = await coldOpen(browser, true);
    console.log('\n== Cold open under the CPU profiler ==');
    if (cpu) {
      console.log(formatSummary(summariseProfile(cpu, Number(values.top))));
      if (saveDir) writeFileSync(join(saveDir, 'cold-open.cpuprofile'), JSON.stringify(cpu));
    }
  }
}

async function latencyPart(browser: Browser, saveDir: string | null): Promise<void> {
  {
    const queries = RECALL_QUERIES.map((q) => q.query);
    // A fresh page for the figures, another under the profiler: both load shards as a reader's would.
    const latency = async (
      profile: boolean,
    ): Promise<{ times: number[]; cpu: CpuProfile | null }> => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(PAGE_URL);
      await page.locator('[data-ready="true"]').waitFor({ timeout: 60_000 });
      await page.locator('.ua-haku__result').first().waitFor({ timeout: 60_000 });
      const cdp = profile ? await context.newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      const { times, phases } = await pageLatency(page, queries);
      if (!profile) {
        // Each mark's time from submit, per query: median and p95.
        console.log(
          'marks (ms from submit): ' +
            PHASES.map((name) => {
              const at = phases.map((p) => p[name] ?? NaN).filter(Number.isFinite);
              return `${name} median ${percentile(at, 50).toFixed(1)} p95 ${percentile(at, 95).toFixed(1)}`;
            }).join('; '),
        );
      }
      if (!profile && values['per-query']) printPerQuery(queries, times, phases);
      const cpu = cdp ? ((await cdp.send('Profiler.stop')).profile as unknown as CpuProfile) : null;
      await context.close();
      return { times, cpu };
    };
    const { times } = await latency(false);
    console.log(`\n== Page latency, submit to results announced, ${queries.length} queries ==`);
    console.log(
      `median ${fmt(percentile(times, 50))}, p95 ${fmt(percentile(times, 95))}, max ${fmt(Math.max(...times))}`,
    );
    const slow = queries
      .map((q, i) => [q, times[i]!] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8);
    console.log(`slowest: ${slow.map(([q, t]) => `${q} ${t.toFixed(0)}`).join(', ')}`);
    if (values['no-profile']) return;
    const profiled = await latency(true);
    console.log('\n== Page latency under the CPU profiler (a fresh page) ==');
    if (profiled.cpu) {
      console.log(formatSummary(summariseProfile(profiled.cpu, Number(values.top))));
      if (saveDir)
        writeFileSync(join(saveDir, 'page-latency.cpuprofile'), JSON.stringify(profiled.cpu));
    }
  }
}

await main();
