// Pure decisions of an incremental ingest run: what the manifest records, which sources need the
// pipeline, and whether an output file may be (over)written or must be kept as an editor's work.
import { z } from 'zod';

export const MANIFEST_FILE = '.ingest-manifest.json';

const manifestEntrySchema = z
  .object({
    /** sha256 of the source file's bytes. */
    sha256: z.string(),
    /** Hash of the ingest code and data that produced the output. */
    rulesHash: z.string(),
    /** Id before collision suffixes, so unchanged sources need not be re-read to resolve collisions. */
    baseId: z.string(),
    /** Output file name in the out dir. */
    output: z.string(),
    /** sha256 of the output exactly as ingest last generated it; a file that differs was edited. */
    outputSha256: z.string(),
    duplicateOf: z.string().nullable(),
    fingerprint: z.array(z.number()),
  })
  .strict();

export type ManifestEntry = z.output<typeof manifestEntrySchema>;

const manifestSchema = z.object({ version: z.literal(1), entries: z.record(z.string(), manifestEntrySchema) });

export type Manifest = z.output<typeof manifestSchema>;

export function emptyManifest(): Manifest {
  return { version: 1, entries: {} };
}

/** A missing or unreadable manifest means nothing is known: every output on disk counts as edited. */
export function parseManifest(text: string | null): Manifest {
  if (text === null) return emptyManifest();
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : emptyManifest();
  } catch {
    return emptyManifest();
  }
}

/**
 * Deterministic: entries sorted by source file name, keys in schema order, no timestamps; one line
 * per source so that a 10,000-release manifest stays readable and diffs stay small.
 */
export function serializeManifest(manifest: Manifest): string {
  const lines = Object.keys(manifest.entries)
    .sort()
    .map((file) => {
      const e = manifest.entries[file] as ManifestEntry;
      const ordered = {
        sha256: e.sha256,
        rulesHash: e.rulesHash,
        baseId: e.baseId,
        output: e.output,
        outputSha256: e.outputSha256,
        duplicateOf: e.duplicateOf,
        fingerprint: e.fingerprint,
      };
      return `    ${JSON.stringify(file)}: ${JSON.stringify(ordered)}`;
    });
  const entries = lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n  }`;
  return `{\n  "version": 1,\n  "entries": ${entries}\n}\n`;
}

/** Whether a source must go through the pipeline, or its manifest entry still describes it. */
export function needsProcessing(
  entry: ManifestEntry | undefined,
  sourceSha256: string,
  rulesHash: string,
  force: boolean,
): boolean {
  return force || entry === undefined || entry.sha256 !== sourceSha256 || entry.rulesHash !== rulesHash;
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

export type WriteDecision = 'write' | 'unchanged' | 'kept-edited';

export function decideWrite(state: OutputState, diskSha256: string | undefined, newSha256: string, force: boolean): WriteDecision {
  if (state === 'edited' && !force) return 'kept-edited';
  return diskSha256 === newSha256 ? 'unchanged' : 'write';
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
