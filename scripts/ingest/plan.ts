// Pure decisions of an incremental ingest run: which sources need the pipeline, and for each source
// whether its output is written, kept as an editor's work, or left deleted. The CLI only carries
// them out. Each decision is a table of cases; tests/ingest/plan.test.ts has one row per case.
import type { Manifest, ManifestEntry } from './manifest.ts';

/**
 * Whether a source must go through the pipeline, or its manifest entry still describes it (which
 * takes its near-duplicate fingerprint too: without one, the source is read again).
 */
export function needsProcessing(
  entry: ManifestEntry | undefined,
  sourceSha256: string,
  rulesHash: string,
  force: boolean,
): boolean {
  return force || entry === undefined || entry.sha256 !== sourceSha256 || entry.rulesHash !== rulesHash || entry.fingerprint === null;
}

export type OutputState = 'missing' | 'generated' | 'edited';

/**
 * What is on disk at an output path: nothing, what ingest last wrote there, or something else (an
 * editor's change, or a file ingest never recorded).
 */
export function outputState(recordedSha256: string | undefined, diskSha256: string | undefined): OutputState {
  if (diskSha256 === undefined) return 'missing';
  return diskSha256 === recordedSha256 ? 'generated' : 'edited';
}

/** Everything decideOutput looks at for one source. */
export interface OutputFacts {
  /** What the previous run recorded for this source (undefined: a new source). */
  entry: ManifestEntry | undefined;
  /** Whether the source went through the pipeline this run (new, changed, rules changed, --force). */
  fresh: boolean;
  /** The file name its id gives now, and its duplicateOf now. */
  output: string;
  duplicateOf: string | null;
  /** State of `output`, and of the entry's recorded output when that is another file. */
  state: OutputState;
  previousState: OutputState | undefined;
  /** Another source's release now has the entry's old output name. */
  previousOutputTaken: boolean;
  /** A file no entry records whose front matter names this source: the editor renamed its release. */
  renamedTo: string | undefined;
  force: boolean;
}

export type OutputDecision =
  /** The entry still describes the file on disk: nothing to do. */
  | { kind: 'unchanged' }
  /** An editor's file stays as it is under `file` (its own name, an old id, or a new name they gave it). */
  | { kind: 'kept-edited'; file: string; why: 'edited' | 'old-id' | 'renamed' }
  /** The editor deleted the file: not written again; retiring is done in front matter. */
  | { kind: 'deleted-by-hand'; file: string }
  /** Generate the text, then decideWrite; with --force a renamed copy is removed (`replaces`). */
  | { kind: 'generate'; replaces?: string };

/**
 * One source's output. Examples: an unchanged source with its file as written → unchanged; the
 * file edited → kept-edited; the file gone and no other file naming its source → deleted-by-hand;
 * the file gone but x.md names its source → kept-edited as renamed; a new source → generate.
 * --force generates in every case (a renamed copy is replaced by the release under its id).
 */
export function decideOutput(f: OutputFacts): OutputDecision {
  if (f.renamedTo !== undefined) {
    return f.force ? { kind: 'generate', replaces: f.renamedTo } : { kind: 'kept-edited', file: f.renamedTo, why: 'renamed' };
  }
  if (f.force || f.entry === undefined) return { kind: 'generate' };
  const entry = f.entry;
  if (entry.output === f.output) {
    if (f.state === 'missing') return { kind: 'deleted-by-hand', file: entry.output };
    const same = !f.fresh && entry.duplicateOf === f.duplicateOf;
    if (same && f.state === 'generated') return { kind: 'unchanged' };
    if (same && f.state === 'edited') return { kind: 'kept-edited', file: entry.output, why: 'edited' };
    return { kind: 'generate' };
  }
  // Better rules gave the release a new id. An edited file keeps its old name (one release, one
  // page); a deleted one stays deleted; an unedited one moves to the new name.
  if (f.previousOutputTaken) return { kind: 'generate' };
  if (f.previousState === 'edited') return { kind: 'kept-edited', file: entry.output, why: 'old-id' };
  if (f.previousState === 'missing') return { kind: 'deleted-by-hand', file: entry.output };
  return { kind: 'generate' };
}

export type WriteDecision = 'write' | 'unchanged' | 'kept-edited';

/** Once the text is known: a file already holding it is unchanged; an edited one is kept unless --force. */
export function decideWrite(state: OutputState, diskSha256: string | undefined, newSha256: string, force: boolean): WriteDecision {
  if (diskSha256 === newSha256) return 'unchanged';
  return state === 'edited' && !force ? 'kept-edited' : 'write';
}

/**
 * Outputs whose source is gone (or which moved to a new id): removed when unedited, kept and
 * reported when edited. Even --force never deletes an editor's work that no source regenerates.
 */
export function removalDecision(state: OutputState): 'remove' | 'kept-edited' | 'gone' {
  if (state === 'missing') return 'gone';
  return state === 'generated' ? 'remove' : 'kept-edited';
}

/**
 * The order in which releases claim to be canonical: those the manifest records as canonical, then
 * those it records as duplicates, then new sources, each group by file name. A run therefore repeats
 * the previous run's decisions, and a new source that repeats a published release becomes its
 * duplicate, never the other way round (which would unpublish the existing page).
 */
export function duplicateOrder<T extends { file: string; previousDuplicateOf: string | null | undefined }>(releases: readonly T[]): T[] {
  const group = (r: T) => (r.previousDuplicateOf === undefined ? 2 : r.previousDuplicateOf === null ? 0 : 1);
  return [...releases].sort((a, b) => group(a) - group(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Entries of the previous run whose output no source claims any more (its source is gone, or now
 * writes another file). What becomes of each output is orphanDecision's call.
 */
export function orphanedEntries(
  previous: Manifest,
  next: Manifest,
  claimed: ReadonlySet<string>,
): { file: string; entry: ManifestEntry; regenerated: boolean }[] {
  return Object.entries(previous.entries)
    .filter(([file, entry]) => !claimed.has(entry.output) && next.entries[file] !== entry)
    .map(([file, entry]) => ({ file, entry, regenerated: next.entries[file] !== undefined }));
}

/**
 * An orphaned output is removed when unedited and kept when edited; with --force, an edited file
 * whose source now writes another file goes too (its source was regenerated).
 */
export function orphanDecision(state: OutputState, regenerated: boolean, force: boolean): 'remove' | 'kept-edited' | 'gone' {
  return force && regenerated && state === 'edited' ? 'remove' : removalDecision(state);
}
