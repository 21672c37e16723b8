import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../scripts/bench/args.ts';
import { searchFiles, sizeRawGzip, treeStats } from '../../scripts/bench/dist-stats.ts';
import { failureLine, parseEleventyWrote, parseIngestReport, parseReleasePagesLog, parseSearchLog } from '../../scripts/bench/logs.ts';
import { parseGnuTimeKb, parseVmHwmKb, runStage } from '../../scripts/bench/measure.ts';
import { formatReport, formatTable, growthLines, targetLines } from '../../scripts/bench/report.ts';
import type { BenchResult, SizeFigures } from '../../scripts/bench/types.ts';

const tmp = mkdtempSync(join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bench arguments', () => {
  it('defaults to 1,000 and 10,000, adds 50,000 with --with-50k, sorts and dedupes', () => {
    expect(parseBenchArgs([], 's').sizes).toEqual([1000, 10000]);
    expect(parseBenchArgs(['--with-50k'], 's').sizes).toEqual([1000, 10000, 50000]);
    const o = parseBenchArgs(['--sizes', '10000,1_000,1000', '--json', 'f.json', '--no-incremental', '--repeat', '2'], 's');
    expect(o).toMatchObject({ sizes: [1000, 10000], json: 'f.json', incremental: false, seed: 's', repeat: 2 });
    expect(parseBenchArgs([], 's').repeat).toBe(1);
  });
  it.each([[['--sizes', '0']], [['--sizes', 'x']], [['--json']], [['--what']], [['--repeat', '0']]])('rejects %j', (argv) => {
    expect(() => parseBenchArgs(argv, 's')).toThrow(/usage/);
  });
});

describe('reading the stages’ own lines', () => {
  it('reads the ingest summary', () => {
    const line = 'ingest: 1001 sources, 1 processed; written 1, unchanged 1000, kept-edited 0, removed 0, rejected 0';
    expect(parseIngestReport(`noise\n${line}\n`)).toEqual({ sources: 1001, processed: 1, written: 1, unchanged: 1000, rejected: 0 });
    expect(parseIngestReport('nothing')).toBeNull();
  });
  it('reads the search index line and Eleventy’s count', () => {
    expect(parseSearchLog('[search] index of 1939 releases (voikko) in 2.85 s, 8026 KiB')).toEqual({ releases: 1939, morphology: 'voikko', seconds: 2.85 });
    expect(parseEleventyWrote('[11ty] Copied 9 Wrote 2022 files in 14.17 seconds (7.0ms each, v3.1.8)')).toBe(2022);
  });
  it('finds why a stage failed', () => {
    const oom = '<--- Last few GCs --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n 1: 0xb78db3 node::OOMErrorHandler';
    expect(failureLine(oom)).toBe('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory');
    expect(failureLine('ok\nError: ENOENT: no such file\n')).toBe('Error: ENOENT: no such file');
    expect(failureLine('fine')).toBeUndefined();
  });
  it('reads peak memory from GNU time and from /proc', () => {
    expect(parseGnuTimeKb('204800\n')).toBe(200);
    expect(parseGnuTimeKb('')).toBeNull();
    expect(parseVmHwmKb('Name:\tnode\nVmPeak:\t  999 kB\nVmHWM:\t  123456 kB\n')).toBe(123456);
  });
});

describe('measuring a child process', () => {
  it('times a child and sees its memory and exit code', async () => {
    const run = await runStage(process.execPath, ['-e', 'const a = Buffer.alloc(64 * 2 ** 20, 1); console.log(a.length); process.exit(3)'], { cwd: tmp });
    expect(run.exitCode).toBe(3);
    expect(run.stdout.trim()).toBe(String(64 * 2 ** 20));
    expect(run.peakRssMb).toBeGreaterThan(64);
    expect(run.seconds).toBeGreaterThan(0);
  });
});

describe('output statistics', () => {
  it('counts files and bytes and sizes the search files', () => {
    const dist = join(tmp, 'dist');
    mkdirSync(join(dist, 'haku', 'tekstit'), { recursive: true });
    mkdirSync(join(dist, 'haku', 'indeksi'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'x'.repeat(100));
    writeFileSync(join(dist, 'haku', 'hakuindeksi.js'), 'a'.repeat(1000));
    writeFileSync(join(dist, 'haku', 'indeksi', '0.js'), 'c'.repeat(10));
    writeFileSync(join(dist, 'haku', 'tekstit', '0.js'), 'b'.repeat(50));
    expect(treeStats(dist)).toEqual({ files: 4, bytes: 1160 });
    const { index, texts } = searchFiles(dist);
    const size = sizeRawGzip(index);
    expect(size).toMatchObject({ files: 2, raw: 1010 });
    expect(size.gzip).toBeLessThan(100);
    expect(texts).toHaveLength(1);
    expect(searchFiles(join(tmp, 'none'))).toEqual({ index: [], texts: [] });
  });
});

function size(n: number, siteSeconds: number, floorSeconds: number, processed = 1): SizeFigures {
  const stage = (seconds: number) => ({ seconds, peakRssMb: 500, exitCode: 0 });
  return {
    size: n,
    synth: { seconds: 1, bytes: n * 1800 },
    ingest: { ...stage(n / 1000), report: { sources: n, processed: n, written: n, unchanged: 0, rejected: 0 } },
    site: { ...stage(siteSeconds), searchSeconds: 1, morphology: 'voikko', wrote: n },
    floor: { ...stage(floorSeconds), wrote: n },
    hugo: { ...stage(floorSeconds / 2), version: 'hugo v0.111.3' },
    fullBuildSeconds: n / 1000 + siteSeconds,
    dist: { files: n, bytes: n * 20_000 },
    searchIndex: { files: 1, raw: 1_000_000, gzip: 200_000 },
    searchTexts: { files: 10, raw: 1_500_000, gzip: 150_000 },
    incremental: {
      ingest: { ...stage(0.5), report: { sources: n + 1, processed, written: 1, unchanged: n, rejected: 0 } },
      changedOutputs: 1,
      rulesChanged: false,
      site: { ...stage(siteSeconds), searchSeconds: 1, releasePages: { rendered: 3, unchanged: n - 3, seconds: 1 } },
      totalSeconds: 0.5 + siteSeconds,
      dominatedBy: 'site build 95 %',
    },
    edit: null,
  };
}

describe('the report', () => {
  const result: BenchResult = {
    startedAt: '2026-01-01T00:00:00Z',
    machine: { cpus: 2, memoryGb: 24, node: 'v20', platform: 'linux' },
    rssMethod: 'gnu-time',
    seed: 's',
    profiled: false,
    repeat: 1,
    sizes: [size(1000, 4, 2), size(10_000, 50, 20, 10_001)],
  };
  it('prints one table with a column per size and the ratios', () => {
    const text = formatReport(result);
    expect(text).toMatch(/\| +\| +1,000 releases \| +10,000 releases \|/);
    expect(text).toContain('| site build / floor');
    expect(growthLines(result)[0]).toContain('10,000 / 1,000 (linear = 10×): ingest 10.00×, site 12.50×, floor 10.00×');
  });
  it('names a failed stage and why', () => {
    const failed = { ...result, sizes: [{ ...size(50_000, 1, 1), site: { ...size(50_000, 1, 1).site, exitCode: 134, error: 'FATAL ERROR: heap' } }] };
    expect(formatReport(failed)).toContain('FAILED 50,000: site build exited with 134: FATAL ERROR: heap');
    expect(targetLines(failed).join('\n')).toContain('MISSED 50,000: completes under 4 GB RSS (FAILED');
    expect(targetLines(failed).join('\n')).toContain('MISSED 50,000: site build ≤ 2× floor (a build failed)');
    expect(formatTable(failed)).toContain('n/a (failed)');
  });
  it('marks the figures of issue 6 met or missed', () => {
    const lines = targetLines(result).join('\n');
    expect(lines).toContain('met    1,000: site build ≤ 2× floor (2.00×)');
    expect(lines).toContain('MISSED 10,000: site build ≤ 2× floor (2.50×)');
    expect(lines).toContain('MISSED 10,000: full build under 60 s (60.0 s)');
    expect(lines).toContain('MISSED 10,000+1: ingest reprocessed only the new release (processed 10001)');
  });
});

describe('parseReleasePagesLog', () => {
  it.each([
    ['[site] 10000 release pages (3 rendered, 9997 unchanged) in 1.25 s', { rendered: 3, unchanged: 9997, seconds: 1.25 }],
    ['[site] 5 release pages in 0.1 s', null],
    ['', null],
  ])('%s', (line, expected) => {
    expect(parseReleasePagesLog(`x\n${line}\ny`)).toEqual(expected);
  });
});
