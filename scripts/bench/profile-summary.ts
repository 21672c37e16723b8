// Summarises a V8 CPU profile (node --cpu-prof): where the time goes by function (self and
// inclusive) and by file or package, so findings can be written down without a GUI.
//   tsx scripts/bench/profile-summary.ts FILE.cpuprofile [--top 25]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Entry {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  self: Entry[];
  inclusive: Entry[];
  byPlace: Entry[];
}

/** "scripts/ingest/date.ts", "node_modules/nunjucks", "node:fs", or "(garbage collector)". */
export function placeOf(frame: CallFrame): string {
  const url = frame.url.replace(/^file:\/\//, '');
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 'node_modules/'.length).split('/');
    return `node_modules/${parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  if (url.startsWith('node:')) return url;
  const at = url.search(/\/(scripts|layouts|tests)\//);
  return at >= 0 ? url.slice(at + 1) : url;
}

function frameName(frame: CallFrame): string {
  return `${frame.functionName || '(anonymous)'} ${placeOf(frame)}:${frame.lineNumber + 1}`;
}

function top(map: Map<string, number>, totalMs: number, n: number): Entry[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({ name, ms, share: totalMs > 0 ? ms / totalMs : 0 }));
}

export function summariseProfile(profile: CpuProfile, n = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byPlace = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const node = byId.get(id);
    if (!node) return;
    self.set(frameName(node.callFrame), (self.get(frameName(node.callFrame)) ?? 0) + ms);
    byPlace.set(placeOf(node.callFrame), (byPlace.get(placeOf(node.callFrame)) ?? 0) + ms);
    // Each function once per stack, so recursion is not counted twice.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || frame.functionName === '(root)') continue;
      const name = frameName(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  });
  return { totalMs, self: top(self, totalMs, n), inclusive: top(inclusive, totalMs, n), byPlace: top(byPlace, totalMs, n) };
}

export function formatSummary(summary: ProfileSummary): string {
  const rows = (entries: Entry[]) =>
    entries.map((e) => `  ${(e.ms / 1000).toFixed(2).padStart(8)} s ${(100 * e.share).toFixed(1).padStart(5)} %  ${e.name}`);
  return [
    `total sampled ${(summary.totalMs / 1000).toFixed(1)} s`,
    'self time by file or package:',
    ...rows(summary.byPlace),
    'self time by function:',
    ...rows(summary.self),
    'inclusive time by function:',
    ...rows(summary.inclusive),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [file, flag, value] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: profile-summary FILE.cpuprofile [--top N]\n');
    process.exitCode = 2;
  } else {
    const n = flag === '--top' ? Number(value) : 25;
    process.stdout.write(`${formatSummary(summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, n))}\n`);
  }
}
