// The shape of one bench run, as printed and as written with --json.
import type { SizeRawGzip, TreeStats } from './dist-stats.ts';
import type { IngestReport } from './logs.ts';
import type { RssMethod } from './measure.ts';

export interface StageFigures {
  seconds: number;
  peakRssMb: number;
  exitCode: number;
  /** For a failed stage, the line of its output that says why (e.g. V8's "heap out of memory"). */
  error?: string;
}

export interface IncrementalFigures {
  ingest: StageFigures & { report: IngestReport | null };
  /** Release files created or rewritten by the incremental ingest (by mtime and content). */
  changedOutputs: number;
  /** True when the ingest code or data changed between the full and the incremental run (then every source is reprocessed, rightly). */
  rulesChanged: boolean;
  site: StageFigures & { searchSeconds: number | null; releasePages: ReleasePagesLog | null };
  totalSeconds: number;
  dominatedBy: string;
}

export interface SizeFigures {
  size: number;
  synth: { seconds: number; bytes: number };
  ingest: StageFigures & { report: IngestReport | null };
  /** Our site build; the search index is built inside it (an Eleventy filter), see searchSeconds. */
  site: StageFigures & { searchSeconds: number | null; morphology: string | null; wrote: number | null };
  floor: StageFigures & { wrote: number | null };
  /** Hugo's minimal build of the same Markdown; null when hugo is not installed. */
  hugo: (StageFigures & { version: string }) | null;
  fullBuildSeconds: number;
  dist: TreeStats;
  searchIndex: SizeRawGzip;
  searchTexts: SizeRawGzip;
  incremental: IncrementalFigures | null;
  /** One release's title edited by hand, then ingest and the site build again (`npm run build`). */
  edit: IncrementalFigures | null;
}

/** What the site build logs about its release pages: "[site] N release pages (R rendered, U unchanged) in S s". */
export interface ReleasePagesLog {
  rendered: number;
  unchanged: number;
  seconds: number;
}

export interface BenchResult {
  startedAt: string;
  machine: { cpus: number; memoryGb: number; node: string; platform: string };
  rssMethod: RssMethod;
  seed: string;
  profiled: boolean;
  /** Runs per stage; the fastest is reported (the incremental ingest runs once). */
  repeat: number;
  sizes: SizeFigures[];
}
