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
  site: StageFigures & { searchSeconds: number | null };
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
  fullBuildSeconds: number;
  dist: TreeStats;
  searchIndex: SizeRawGzip;
  searchTexts: SizeRawGzip;
  incremental: IncrementalFigures | null;
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
