// Reads the figures the stages print about themselves (pure, so they can be tested on real lines).

export interface IngestReport {
  sources: number;
  processed: number;
  written: number;
  unchanged: number;
  rejected: number;
}

/** "ingest: 2000 sources, 2000 processed; written 2000, unchanged 0, kept-edited 0, removed 0, rejected 0" */
export function parseIngestReport(log: string): IngestReport | null {
  const m = /ingest: (\d+) sources, (\d+) processed; written (\d+), unchanged (\d+),.*rejected (\d+)/.exec(log);
  if (!m) return null;
  const [sources, processed, written, unchanged, rejected] = m.slice(1).map(Number) as [number, number, number, number, number];
  return { sources, processed, written, unchanged, rejected };
}

/** "[search] index of 1939 releases (voikko) in 2.85 s, 8026 KiB" → seconds and morphology. */
export function parseSearchLog(log: string): { releases: number; morphology: string; seconds: number } | null {
  const m = /\[search\] index of (\d+) releases \(([^)]+)\) in ([\d.]+) s/.exec(log);
  return m ? { releases: Number(m[1]), morphology: m[2] as string, seconds: Number(m[3]) } : null;
}

/** "[11ty] Copied 9 Wrote 2022 files in 14.17 seconds" → files written. */
export function parseEleventyWrote(log: string): number | null {
  const m = /Wrote (\d+) files? in/.exec(log);
  return m ? Number(m[1]) : null;
}

/** The line of a failed stage's output that says why: V8's fatal error, else the first error line. */
export function failureLine(output: string): string | undefined {
  const lines = output.split('\n').map((l) => l.trim());
  return lines.find((l) => /^FATAL ERROR|heap out of memory/i.test(l)) ?? lines.find((l) => /error/i.test(l));
}

/** The site build's release-pages line, or null. */
export function parseReleasePagesLog(output: string): { rendered: number; unchanged: number; seconds: number } | null {
  const match = /\[site\] \d+ release pages \((\d+) rendered, (\d+) unchanged\) in ([\d.]+) s/.exec(output);
  return match ? { rendered: Number(match[1]), unchanged: Number(match[2]), seconds: Number(match[3]) } : null;
}
