// The ingest command: all file I/O of ingest. Reads every source (sorted), runs the pure steps
// for new or changed ones, writes one Markdown file per release atomically and keeps a manifest so
// that editors' changes survive re-runs.
//   npm run ingest [-- --sources DIR --out DIR --force]
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDuplicates } from './ingest/fingerprint.ts';
import { IngestError } from './ingest/ingest-error.ts';
import { parseIngestArgs } from './ingest/io/args.ts';
import { fileSha, listSources, readTextOrNull, writeAtomic } from './ingest/io/files.ts';
import { computeRulesHash as rulesHashOf } from './ingest/io/rules-hash.ts';
import {
  MANIFEST_FILE,
  decideWrite,
  needsProcessing,
  outputState,
  duplicateOrder,
  orphanDecision,
  orphanedEntries,
  parseManifest,
  serializeManifest,
  type Manifest,
  type ManifestEntry,
} from './ingest/plan.ts';
import { releaseFromSource, sha256, type Release } from './ingest/release.ts';
import { serializeRelease } from './ingest/serialize.ts';
import { assignIds } from './ingest/slug.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface IngestOptions {
  sources: string;
  out: string;
  force: boolean;
  /** Defaults to the hash of the ingest code and data in this checkout. */
  rulesHash?: string;
  log?: (line: string) => void;
}

export interface IngestSummary {
  processed: number;
  written: number;
  unchanged: number;
  keptEdited: number;
  removed: number;
  rejected: number;
}

/** Everything that decides an output: a change here reaches every release on the next run. */
export function computeRulesHash(root = ROOT): string {
  return rulesHashOf(root);
}

export function runIngest(options: IngestOptions): IngestSummary {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const rulesHash = options.rulesHash ?? computeRulesHash();
  const summary: IngestSummary = { processed: 0, written: 0, unchanged: 0, keptEdited: 0, removed: 0, rejected: 0 };
  mkdirSync(options.out, { recursive: true });
  const manifestPath = join(options.out, MANIFEST_FILE);
  const previous = parseManifest(readTextOrNull(manifestPath));
  const next: Manifest = { version: 1, entries: {} };
  const diskSha = (name: string) => fileSha(join(options.out, name));
  // Which output names the previous run generated, and what it wrote there.
  const recorded = new Map(Object.values(previous.entries).map((e) => [e.output, e.outputSha256]));

  const sourceFiles = listSources(options.sources);
  const bytesOf = new Map<string, Buffer>();
  const releases = new Map<string, Release>();
  const process1 = (file: string): Release => {
    const cached = releases.get(file);
    if (cached) return cached;
    summary.processed++;
    const release = releaseFromSource(file, bytesOf.get(file) as Buffer);
    releases.set(file, release);
    return release;
  };

  // 1. Which sources are releases, with their base ids and fingerprints (from the manifest when
  //    neither the source nor the rules changed).
  const valid: { file: string; sha: string; baseId: string; fingerprint: number[]; entry?: ManifestEntry; fresh: boolean }[] = [];
  for (const file of sourceFiles) {
    const bytes = readFileSync(join(options.sources, file));
    bytesOf.set(file, bytes);
    const sha = sha256(bytes);
    const entry = previous.entries[file];
    if (entry && !needsProcessing(entry, sha, rulesHash, options.force)) {
      valid.push({ file, sha, baseId: entry.baseId, fingerprint: entry.fingerprint, entry, fresh: false });
      continue;
    }
    try {
      const release = process1(file);
      valid.push({ file, sha, baseId: release.id, fingerprint: release.fingerprint, entry, fresh: true });
    } catch (error) {
      const reason = asIngestError(file, error);
      summary.rejected++;
      log(`rejected ${join(options.sources, file)}: ${reason.reason}: ${reason.detail}`);
      // Its earlier output (if any) stays as it was until the source is fixed or removed.
      if (entry) next.entries[file] = entry;
    }
  }

  // 2. Ids (a recorded id stays its source's) and duplicates (releases already published are
  //    canonical before new ones) across all releases.
  const ids = assignIds(valid.map((v) => ({ baseId: v.baseId, previousId: v.entry?.output.replace(/\.md$/u, '') })));
  const duplicates = findDuplicates(
    duplicateOrder(valid.map((v, i) => ({ file: v.file, id: ids[i] as string, fingerprint: v.fingerprint, previousDuplicateOf: v.entry?.duplicateOf }))),
  );

  // 3. Write what changed; keep what editors changed.
  const claimed = new Set<string>();
  const newOutputs = new Set(ids.map((id) => `${id}.md`));
  valid.forEach((v, i) => {
    const id = ids[i] as string;
    const output = `${id}.md`;
    claimed.add(output);
    const duplicateOf = duplicates.get(v.file) ?? null;
    const onDisk = diskSha(output);
    const state = outputState(recorded.get(output), onDisk);
    const same = v.entry && !v.fresh && v.entry.output === output && v.entry.duplicateOf === duplicateOf;
    if (same && state === 'generated') {
      summary.unchanged++;
      next.entries[v.file] = v.entry as ManifestEntry;
      return;
    }
    if (same && state === 'edited' && !options.force) {
      summary.keptEdited++;
      log(`kept ${join(options.out, output)}: edited by hand; --force to regenerate`);
      next.entries[v.file] = v.entry as ManifestEntry;
      return;
    }
    // Better rules may give a release a new id; if an editor changed the old file, the release
    // stays under its old name (one release, one page) until --force.
    const previousOutput = v.entry?.output;
    if (previousOutput && previousOutput !== output && !newOutputs.has(previousOutput) && !options.force) {
      const previousState = outputState(v.entry?.outputSha256, diskSha(previousOutput));
      if (previousState === 'edited') {
        claimed.add(previousOutput);
        summary.keptEdited++;
        log(`kept ${join(options.out, previousOutput)}: edited by hand; --force to regenerate (as ${output})`);
        next.entries[v.file] = { ...(v.entry as ManifestEntry), sha256: v.sha, rulesHash, baseId: v.baseId, fingerprint: v.fingerprint };
        return;
      }
    }
    let text: string;
    try {
      const release = process1(v.file);
      text = serializeRelease({ ...release.frontMatter, duplicateOf }, release.body, v.file);
    } catch (error) {
      const reason = asIngestError(v.file, error);
      summary.rejected++;
      log(`rejected ${join(options.sources, v.file)}: ${reason.reason}: ${reason.detail}`);
      return;
    }
    const newSha = sha256(text);
    const decision = decideWrite(state, onDisk, newSha, options.force);
    if (decision === 'kept-edited') {
      summary.keptEdited++;
      log(`kept ${join(options.out, output)}: edited by hand; --force to regenerate`);
    } else if (decision === 'write') {
      writeAtomic(join(options.out, output), text);
      summary.written++;
    } else {
      summary.unchanged++;
    }
    next.entries[v.file] = {
      sha256: v.sha,
      rulesHash,
      baseId: v.baseId,
      output,
      outputSha256: newSha,
      duplicateOf,
      fingerprint: v.fingerprint,
    };
  });

  // 4. Outputs nobody generates any more.
  for (const { file, entry, regenerated } of orphanedEntries(previous, next, claimed)) {
    const state = outputState(entry.outputSha256, diskSha(entry.output));
    const decision = orphanDecision(state, regenerated, options.force);
    if (decision === 'remove') {
      rmSync(join(options.out, entry.output));
      summary.removed++;
    } else if (decision === 'kept-edited') {
      summary.keptEdited++;
      log(`kept ${join(options.out, entry.output)}: edited by hand, its source ${file} is gone or renamed; delete it by hand if unwanted`);
    }
  }

  writeAtomic(manifestPath, serializeManifest(next));
  log(
    `ingest: ${sourceFiles.length} sources, ${summary.processed} processed; written ${summary.written}, unchanged ${summary.unchanged}, kept-edited ${summary.keptEdited}, removed ${summary.removed}, rejected ${summary.rejected}`,
  );
  return summary;
}

// A serialisation failure is as much this one file's problem as a decoding failure.
function asIngestError(file: string, error: unknown): IngestError {
  if (error instanceof IngestError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new IngestError(file, 'invalid', message, { cause: error });
}

export function parseArgs(argv: readonly string[]): IngestOptions {
  return parseIngestArgs(argv, { sources: join(ROOT, 'content/sources'), out: join(ROOT, 'content/releases'), force: false });
}

/** Exit code: 1 when any source was rejected (after everything else was written), 2 on bad usage. */
export function main(argv: readonly string[]): number {
  let options: IngestOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  return runIngest(options).rejected > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
