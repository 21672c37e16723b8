// Turns a bench run into the one table issue 6 asks for, plus the ratios and the figures to reach.
// Pure: the numbers in, text out.
import type { BenchResult, SizeFigures } from './types.ts';

const num = (n: number, digits = 1): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const int = (n: number): string => n.toLocaleString('en-US');
const kb = (bytes: number): string => int(Math.round(bytes / 1024));
const ratio = (a: number, b: number): string => (b > 0 ? `${num(a / b, 2)}×` : 'n/a');

type Row = [label: string, cell: (s: SizeFigures) => string];

const ROWS: Row[] = [
  ['synth (s, in-process)', (s) => num(s.synth.seconds)],
  ['sources (MB)', (s) => num(s.synth.bytes / 1e6)],
  ['ingest wall (s)', (s) => num(s.ingest.seconds)],
  ['ingest peak RSS (MB)', (s) => int(Math.round(s.ingest.peakRssMb))],
  ['ingest processed / rejected', (s) => (s.ingest.report ? `${int(s.ingest.report.processed)} / ${int(s.ingest.report.rejected)}` : 'n/a')],
  ['site build wall (s), incl. search', (s) => num(s.site.seconds)],
  ['  of which search index (s)', (s) => (s.site.searchSeconds === null ? 'n/a' : num(s.site.searchSeconds))],
  ['site build peak RSS (MB)', (s) => int(Math.round(s.site.peakRssMb))],
  ['floor (bare Eleventy) wall (s)', (s) => num(s.floor.seconds)],
  ['floor peak RSS (MB)', (s) => int(Math.round(s.floor.peakRssMb))],
  ['Hugo minimal build wall (s)', (s) => (s.hugo ? num(s.hugo.seconds) : 'n/a (not installed)')],
  ['Hugo peak RSS (MB)', (s) => (s.hugo ? int(Math.round(s.hugo.peakRssMb)) : 'n/a')],
  ['site build / Hugo', (s) => (s.hugo && s.hugo.exitCode === 0 && s.site.exitCode === 0 ? ratio(s.site.seconds, s.hugo.seconds) : 'n/a')],
  ['site build / floor', (s) => (s.site.exitCode === 0 && s.floor.exitCode === 0 ? ratio(s.site.seconds, s.floor.seconds) : 'n/a (failed)')],
  ['full build ingest+site (s)', (s) => num(s.fullBuildSeconds)],
  ['dist files', (s) => int(s.dist.files)],
  ['dist size (MB)', (s) => num(s.dist.bytes / 1e6)],
  ['search index raw / gzip (KB)', (s) => `${kb(s.searchIndex.raw)} / ${kb(s.searchIndex.gzip)} (${s.searchIndex.files} files)`],
  ['search texts raw / gzip (KB)', (s) => `${kb(s.searchTexts.raw)} / ${kb(s.searchTexts.gzip)} (${s.searchTexts.files} files)`],
  ['1 edit: ingest (s)', (s) => (s.edit ? num(s.edit.ingest.seconds) : 'n/a')],
  ['1 edit: site build (s), pages rendered', (s) => (s.edit ? `${num(s.edit.site.seconds)}, ${s.edit.site.releasePages?.rendered ?? '?'}` : 'n/a')],
  ['1 edit: whole rebuild (s) / full build', (s) => (s.edit ? `${num(s.edit.totalSeconds)} / ${num(s.fullBuildSeconds)} (${ratio(s.edit.totalSeconds, s.fullBuildSeconds)})` : 'n/a')],
  ['1 edit: dominated by', (s) => s.edit?.dominatedBy ?? 'n/a'],
  ['+1 release: ingest (s)', (s) => (s.incremental ? num(s.incremental.ingest.seconds) : 'n/a')],
  ['+1 release: processed / outputs changed', (s) => (s.incremental ? `${s.incremental.ingest.report?.processed ?? '?'} / ${s.incremental.changedOutputs}` : 'n/a')],
  ['+1 release: site build (s), pages rendered', (s) => (s.incremental ? `${num(s.incremental.site.seconds)}, ${s.incremental.site.releasePages?.rendered ?? '?'}` : 'n/a')],
  ['+1 release: whole rebuild (s)', (s) => (s.incremental ? num(s.incremental.totalSeconds) : 'n/a')],
  ['+1 release: dominated by', (s) => s.incremental?.dominatedBy ?? 'n/a'],
];

export function formatTable(result: BenchResult): string {
  const header = ['', ...result.sizes.map((s) => `${int(s.size)} releases`)];
  const body = ROWS.map(([label, cell]) => [label, ...result.sizes.map(cell)]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** Time at each size over time at the smallest: linear growth gives the size ratio. */
export function growthLines(result: BenchResult): string[] {
  const [base, ...rest] = result.sizes;
  if (!base) return [];
  return rest.map((s) => {
    const stage = (name: string, a: number, b: number) => `${name} ${ratio(a, b)}`;
    return (
      `${int(s.size)} / ${int(base.size)} (linear = ${num(s.size / base.size, 0)}×): ` +
      [
        stage('ingest', s.ingest.seconds, base.ingest.seconds),
        stage('site', s.site.seconds, base.site.seconds),
        stage('floor', s.floor.seconds, base.floor.seconds),
        stage('full build', s.fullBuildSeconds, base.fullBuildSeconds),
        stage('site RSS', s.site.peakRssMb, base.site.peakRssMb),
      ].join(', ')
    );
  });
}

/** Issue 6's figures, each marked met or missed. */
export function targetLines(result: BenchResult): string[] {
  const lines: string[] = [];
  const mark = (ok: boolean) => (ok ? 'met   ' : 'MISSED');
  for (const s of result.sizes) {
    const peak = Math.max(s.ingest.peakRssMb, s.site.peakRssMb);
    if (s.size === 10_000) {
      if (s.hugo) lines.push(`${mark(s.site.seconds <= 1.5 * s.hugo.seconds)} 10,000: site build ≤ 1.5× Hugo (${ratio(s.site.seconds, s.hugo.seconds)})`);
      lines.push(`${mark(s.fullBuildSeconds <= 25)} 10,000: from-scratch ingest + site ≤ 25 s (${num(s.fullBuildSeconds)} s)`);
      lines.push(`${mark(peak < 1024)} 10,000: peak RSS under 1 GB (${int(Math.round(peak))} MB)`);
      if (s.edit) lines.push(`${mark(s.edit.totalSeconds <= 0.1 * s.fullBuildSeconds)} 10,000: build after one edit ≤ 10 % of a full build (${num(s.edit.totalSeconds)} s)`);
      lines.push(`${mark(s.fullBuildSeconds < 60)} 10,000: full build under 60 s (${num(s.fullBuildSeconds)} s)`);
      lines.push(`${mark(peak < 2048)} 10,000: peak RSS under 2 GB (${int(Math.round(peak))} MB)`);
    }
    if (s.size === 50_000) {
      const ok = s.ingest.exitCode <= 1 && s.site.exitCode === 0;
      lines.push(`${mark(ok && peak < 4096)} 50,000: completes under 4 GB RSS (${ok ? 'completed' : 'FAILED'}, ${int(Math.round(peak))} MB, ${num(s.fullBuildSeconds)} s)`);
    }
    if (s.site.exitCode === 0 && s.floor.exitCode === 0) {
      lines.push(`${mark(s.site.seconds <= 2 * s.floor.seconds)} ${int(s.size)}: site build ≤ 2× floor (${ratio(s.site.seconds, s.floor.seconds)})`);
    } else lines.push(`MISSED ${int(s.size)}: site build ≤ 2× floor (a build failed)`);
    if (s.incremental) {
      const only = s.incremental.ingest.report?.processed === 1;
      const why = s.incremental.rulesChanged ? '; the ingest code changed during the run, so this run cannot tell' : '';
      lines.push(`${mark(only)} ${int(s.size)}+1: ingest reprocessed only the new release (processed ${s.incremental.ingest.report?.processed ?? '?'}${why})`);
    }
  }
  return lines;
}

export function formatReport(result: BenchResult): string {
  const failures = result.sizes.flatMap((s) =>
    (
      [
        ['ingest', s.ingest],
        ['site build', s.site],
        ['floor', s.floor],
        ['+1 ingest', s.incremental?.ingest],
        ['+1 site build', s.incremental?.site],
      ] as const
    )
      .filter(([, stage]) => stage && stage.exitCode !== 0)
      .map(([name, stage]) => `${int(s.size)}: ${name} exited with ${stage?.exitCode}${stage?.error ? `: ${stage.error}` : ''}`),
  );
  return [
    `Bench ${result.startedAt} · ${result.machine.cpus} CPUs, ${num(result.machine.memoryGb, 0)} GB, Node ${result.machine.node} · seed "${result.seed}"`,
    `Peak RSS by ${result.rssMethod === 'gnu-time' ? 'GNU time (/usr/bin/time %M)' : 'polling /proc/<pid>/status VmHWM (GNU time not installed: apt-get install time)'}.` +
      ' The search index is built inside the site build (an Eleventy filter), so the site figures include it.',
    ...(result.repeat > 1 ? [`Each stage ran ${result.repeat} times; the fastest run is shown, with the highest peak RSS seen (the +1 ingest ran once).`] : []),
    ...(result.profiled ? ['PROFILED RUN (--cpu-prof): timings include profiler overhead; compare them only with each other.'] : []),
    '',
    formatTable(result),
    '',
    ...growthLines(result),
    ...targetLines(result),
    ...failures.map((f) => `FAILED ${f}`),
  ].join('\n');
}
