// The ingest command: all file I/O of ingest. Reads every source (sorted), runs the pure steps
// for new or changed ones, writes one Markdown file per release atomically and keeps a manifest so
// that editors' changes survive re-runs. What to do with each file is decided in plan.ts.
//   npm run ingest [-- --sources DIR --out DIR --force]
//   npm run ingest -- --explain FILE     (why each field of one source got its value; writes nothing)
// Exit codes: 0 all good; 1 some sources rejected, releases invalid or deleted by hand; 2 bad usage
// or an out folder that cannot be written (nothing written).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, UsageError } from './lib/cli-args.ts';
import { readFrontMatter } from './lib/front-matter.ts';
import { releaseFileProblems } from './lib/release-file.ts';
import { shown } from './lib/shown.ts';
import { findDuplicates, type Fingerprint } from './ingest/fingerprint.ts';
import { FINGERPRINT_CACHE_FILE, serializeFingerprintCache } from './ingest/fingerprint-cache.ts';
import { explainSource, formatExplanation } from './ingest/explain.ts';
import { IngestError } from './ingest/ingest-error.ts';
import { countUncertain } from './ingest/review.ts';
import { parseIngestArgs, USAGE } from './ingest/io/args.ts';
import { fileSha, listOutputs, listSources, removeStaleTemps, writeAtomic } from './ingest/io/files.ts';
import { readPreviousRecord } from './ingest/io/previous-record.ts';
import { checkFolders } from './ingest/io/folders.ts';
import { computeRulesHash as rulesHashOf } from './ingest/io/rules-hash.ts';
import {
  MANIFEST_FILE,
  MANIFEST_FILE_V1,
  emptyManifest,
  NOT_GENERATED,
  recoverManifest,
  serializeManifest,
  type Manifest,
  type ManifestEntry,
  type ReleaseFileClaim,
} from './ingest/manifest.ts';
import { decideOutput, decideWrite, duplicateOrder, orphanDecision, orphanedEntries, outputState, needsProcessing } from './ingest/plan.ts';
import { sha256, type Release } from './ingest/release.ts';
import { asIngestError, processSource, type SourceOutcome } from './ingest/io/source-job.ts';
import { computeAhead, type AheadOutcome } from './ingest/io/ahead.ts';
import { serializeRelease } from './ingest/serialize.ts';
import { assignIds } from './ingest/slug.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface IngestOptions {
  sources: string;
  out: string;
  force: boolean;
  /** A source to explain (`--explain FILE`) instead of ingesting anything. */
  explain?: string;
  /** Defaults to the hash of the ingest code and data in this checkout. */
  rulesHash?: string;
  /** Sources' outcomes computed ahead, on worker threads (computeAhead), with the sha256 of their bytes. */
  ahead?: ReadonlyMap<string, AheadOutcome>;
  log?: (line: string) => void;
}

export interface IngestSummary {
  processed: number;
  written: number;
  unchanged: number;
  keptEdited: number;
  removed: number;
  rejected: number;
  /** Releases whose file an editor deleted while its source is still there: not written again. */
  deletedByHand: number;
  /** Files in the out folder ingest did not write that fail the schema (each one reported). */
  invalid: number;
}

/** The out folder cannot be written (read-only, no permission): one line, exit 2. */
export class OutFolderError extends Error {
  override readonly name = 'OutFolderError';
}

/** Everything that decides an output: a change here reaches every release on the next run. */
export function computeRulesHash(root = ROOT): string {
  return rulesHashOf(root);
}

interface Candidate {
  file: string;
  sha: string;
  baseId: string;
  fingerprint: Fingerprint;
  entry?: ManifestEntry | undefined;
  fresh: boolean;
}

export function runIngest(options: IngestOptions): IngestSummary {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  checkFolders(options.sources, options.out, ROOT);
  const rulesHash = options.rulesHash ?? computeRulesHash();
  const summary: IngestSummary = { processed: 0, written: 0, unchanged: 0, keptEdited: 0, removed: 0, rejected: 0, deletedByHand: 0, invalid: 0 };
  const out = options.out;
  const inOut = (name: string) => shown(join(out, name));
  const inSources = (name: string) => shown(join(options.sources, name));
  const diskSha = (name: string) => fileSha(join(out, name));
  let outReady = false;
  const write = (name: string, text: string) => {
    guardWrite(out, () => {
      if (!outReady) mkdirSync(out, { recursive: true });
      outReady = true;
      writeAtomic(out, name, text);
    });
  };

  // 0. What is there: sources, release files, and the manifest (trusted, or rebuilt from the files).
  const { files: sourceFiles, skipped } = listSources(options.sources);
  for (const s of skipped) log(`skipped ${inSources(s.name)}: ${s.why}`);
  const outputsOnDisk = listOutputs(out);
  // Format 1 is read only when there is no format 2 manifest yet; it goes once the new one is written.
  const { read, manifestPath, manifestText, manifestTextV1, fingerprintsText, trusted } = readPreviousRecord(out);
  let previous: Manifest = trusted ?? emptyManifest();
  const recovering = read.status !== 'ok' && outputsOnDisk.length > 0;
  if (recovering) {
    previous = recoverManifest(outputsOnDisk.flatMap((name) => claimOf(out, name) ?? []), new Set(sourceFiles));
    const what = read.status === 'missing' ? 'is missing' : `is corrupt: ${read.reason}`;
    log(
      `manifest ${shown(manifestPath)} ${what}. Ingest does not take it as empty: it matches the ${outputsOnDisk.length} release files there to their sources by source.file in their front matter (${Object.keys(previous.entries).length} matched), keeps every file that differs from what ingest writes now as edited, and writes a new manifest`,
    );
  }
  // Which output names the previous run generated, and what it wrote there.
  const recorded = new Map(Object.values(previous.entries).map((e) => [e.output, e.outputSha256]));
  // Files no entry records: hand-written, foreign, or a release an editor renamed.
  const foreign = outputsOnDisk.filter((name) => !recorded.has(name));
  const foreignClaims = new Map<string, string>();
  for (const name of foreign) {
    const claim = claimOf(out, name);
    if (claim && !foreignClaims.has(claim.sourceFile)) foreignClaims.set(claim.sourceFile, name);
  }

  const releases = new Map<string, Release>();
  const bytesOf = new Map<string, Buffer>();
  // Each source's outcome, computed ahead on worker threads or here when first needed; taken,
  // counted and reported in the order of the run either way.
  const ahead = new Map<string, SourceOutcome>();
  const process1 = (file: string): Release => {
    const cached = releases.get(file);
    if (cached) return cached;
    summary.processed++;
    const outcome = ahead.get(file) ?? processSource(file, bytesOf.get(file) as Buffer);
    ahead.set(file, outcome);
    if (!outcome.ok) throw new IngestError(file, outcome.reason, outcome.detail);
    const release = outcome.release;
    for (const note of release.notes) log(`note ${inSources(file)}: ${note}`);
    releases.set(file, release);
    return release;
  };
  /** The release's text as written, when it is nobody's duplicate (computed ahead when it could be). */
  const textOf = (file: string, release: Release, duplicateOf: string | null): string => {
    const outcome = ahead.get(file);
    if (duplicateOf === null && outcome?.ok && outcome.textIfCanonical !== null) return outcome.textIfCanonical;
    return serializeRelease({ ...release.frontMatter, duplicateOf }, release.body, file);
  };
  const next: Manifest = emptyManifest();
  const reject = (file: string, error: unknown) => {
    const reason = asIngestError(file, error);
    summary.rejected++;
    log(`rejected ${inSources(file)}: ${reason.reason}: ${reason.detail}`);
    // Its earlier output (if any) stays as it was until the source is fixed or removed.
    const entry = previous.entries[file];
    if (entry) next.entries[file] = entry;
  };

  // 1. Which sources are releases, with their base ids and fingerprints (from the manifest when
  //    neither the source nor the rules changed).
  const valid: Candidate[] = [];
  const shaOf = new Map<string, string>();
  const unreadable = new Map<string, unknown>();
  for (const file of sourceFiles) {
    try {
      const bytes = readFileSync(join(options.sources, file));
      bytesOf.set(file, bytes);
      shaOf.set(file, sha256(bytes));
    } catch (error) {
      unreadable.set(file, error);
    }
  }
  // Outcomes computed on worker threads before the run (computeAhead) stand for the source only
  // if its bytes are still the ones they were computed from.
  for (const [file, { sha256: sha, outcome }] of options.ahead ?? []) if (shaOf.get(file) === sha) ahead.set(file, outcome);
  for (const file of sourceFiles) {
    const error = unreadable.get(file);
    if (error !== undefined) {
      reject(file, new IngestError(file, 'unreadable', (error as NodeJS.ErrnoException).code ?? (error as Error).message, { cause: error }));
      continue;
    }
    const sha = shaOf.get(file) as string;
    const entry = previous.entries[file];
    if (entry && !needsProcessing(entry, sha, rulesHash, options.force)) {
      valid.push({ file, sha, baseId: entry.baseId, fingerprint: entry.fingerprint as Fingerprint, entry, fresh: false });
      continue;
    }
    try {
      const release = process1(file);
      valid.push({ file, sha, baseId: release.id, fingerprint: release.fingerprint, entry, fresh: true });
    } catch (error) {
      reject(file, error);
    }
  }

  // 2. Ids (a recorded id stays its source's; a file nobody generated is never taken) and
  //    duplicates (releases already published are canonical before new ones).
  const occupied = new Set(foreign.map((name) => name.replace(/\.md$/u, '')));
  const ids = assignIds(valid.map((v) => ({ baseId: v.baseId, previousId: v.entry?.output.replace(/\.md$/u, '') })), occupied);
  const duplicates = findDuplicates(
    duplicateOrder(valid.map((v, i) => ({ file: v.file, id: ids[i] as string, fingerprint: v.fingerprint, previousDuplicateOf: v.entry?.duplicateOf }))),
  );

  // 3. Carry out each source's decision.
  const claimed = new Set<string>();
  const kept: string[] = [];
  const keptQuietly: string[] = [];
  const newOutputs = new Set(ids.map((id) => `${id}.md`));
  const entryFor = (v: Candidate, output: string, outputSha256: string, duplicateOf: string | null): ManifestEntry => ({
    sha256: v.sha,
    rulesHash,
    baseId: v.baseId,
    output,
    outputSha256,
    duplicateOf,
    fingerprint: v.fingerprint,
  });
  const keep = (file: string, line: string) => {
    summary.keptEdited++;
    kept.push(file);
    if (recovering) keptQuietly.push(file);
    else log(line);
  };
  valid.forEach((v, i) => {
    const output = `${ids[i] as string}.md`;
    claimed.add(output);
    const duplicateOf = duplicates.get(v.file) ?? null;
    const onDisk = diskSha(output);
    const state = outputState(recorded.get(output), onDisk);
    const previousOutput = v.entry?.output;
    const previousGone = previousOutput === undefined || (previousOutput === output ? onDisk : diskSha(previousOutput)) === undefined;
    const decision = decideOutput({
      entry: v.entry,
      fresh: v.fresh,
      output,
      duplicateOf,
      state,
      previousState: previousOutput && previousOutput !== output ? outputState(v.entry?.outputSha256, diskSha(previousOutput)) : undefined,
      previousOutputTaken: previousOutput !== undefined && previousOutput !== output && newOutputs.has(previousOutput),
      renamedTo: previousGone ? foreignClaims.get(v.file) : undefined,
      force: options.force,
    });
    switch (decision.kind) {
      case 'unchanged':
        summary.unchanged++;
        next.entries[v.file] = v.entry as ManifestEntry;
        return;
      case 'kept-edited': {
        claimed.add(decision.file);
        if (decision.why === 'edited') {
          next.entries[v.file] = v.entry as ManifestEntry;
          keep(decision.file, `kept ${inOut(decision.file)}: edited by hand; --force to regenerate`);
        } else if (decision.why === 'old-id') {
          next.entries[v.file] = { ...entryFor(v, decision.file, (v.entry as ManifestEntry).outputSha256, (v.entry as ManifestEntry).duplicateOf) };
          keep(decision.file, `kept ${inOut(decision.file)}: edited by hand; --force to regenerate (as ${shown(output)})`);
        } else {
          next.entries[v.file] = entryFor(v, decision.file, NOT_GENERATED, v.entry?.duplicateOf ?? duplicateOf);
          keep(decision.file, `kept ${inOut(decision.file)}: the release of ${inSources(v.file)}, renamed by hand${previousOutput ? ` from ${shown(previousOutput)}` : ''}; not written again under another name`);
        }
        return;
      }
      case 'deleted-by-hand':
        summary.deletedByHand++;
        claimed.add(decision.file);
        next.entries[v.file] = v.entry as ManifestEntry;
        log(
          `not written: ${inOut(decision.file)} was deleted by hand, but its source ${inSources(v.file)} is still there. To take a release off the site, put "retired: true" in its front matter; to drop it for good, remove its source; --force writes it again`,
        );
        return;
      case 'generate':
        break;
    }
    let text: string;
    try {
      text = textOf(v.file, process1(v.file), duplicateOf);
    } catch (error) {
      reject(v.file, error);
      return;
    }
    const newSha = sha256(text);
    const writeDecision = decideWrite(state, onDisk, newSha, options.force);
    if (writeDecision === 'kept-edited') keep(output, `kept ${inOut(output)}: edited by hand; --force to regenerate`);
    else if (writeDecision === 'write') {
      write(output, text);
      summary.written++;
    } else summary.unchanged++;
    if (decision.replaces !== undefined && decision.replaces !== output) {
      guardWrite(out, () => rmSync(join(out, decision.replaces as string)));
      summary.removed++;
    }
    next.entries[v.file] = entryFor(v, output, newSha, duplicateOf);
  });

  // 4. Outputs nobody generates any more.
  for (const { file, entry, regenerated } of orphanedEntries(previous, next, claimed)) {
    const state = outputState(entry.outputSha256, diskSha(entry.output));
    const decision = orphanDecision(state, regenerated, options.force);
    if (decision === 'remove') {
      guardWrite(out, () => rmSync(join(out, entry.output)));
      summary.removed++;
    } else if (decision === 'kept-edited') {
      summary.keptEdited++;
      kept.push(entry.output);
      log(`kept ${inOut(entry.output)}: edited by hand, its source ${shown(file)} is gone or renamed; delete it by hand if unwanted`);
    }
  }
  if (keptQuietly.length > 0) {
    const some = keptQuietly.slice(0, 5).map(shown).join(', ');
    log(`kept ${keptQuietly.length} files that differ from what ingest writes now (edited by hand, or written by other rules): ${some}${keptQuietly.length > 5 ? ', …' : ''}; --force to regenerate them`);
  }

  // 5. Every file ingest did not write this run is checked against the schema, all of them.
  const releaseOf = new Map(Object.entries(next.entries).map(([file, e]) => [file, e.output]));
  const toCheck = [...new Set([...kept, ...foreign.filter((name) => !claimed.has(name))])].sort();
  for (const name of toCheck) {
    const problems = releaseFileProblems(readFileSync(join(out, name), 'utf8'), join(out, name));
    const claim = claimed.has(name) ? null : claimOf(out, name);
    const release = claim ? releaseOf.get(claim.sourceFile) : undefined;
    if (release !== undefined && release !== name) {
      problems.push({ field: 'source.file', reason: `names ${shown(claim?.sourceFile as string)}, whose release is ${shown(release)}: the site would publish it twice; delete one` });
    }
    if (problems.length > 0) summary.invalid++;
    for (const p of problems) log(`invalid ${inOut(name)}: ${p.field}: ${p.reason}`);
  }

  // 6. The manifest, only when it says something new (an unchanged run writes nothing at all).
  const manifest = serializeManifest(next);
  if (manifest !== manifestText) write(MANIFEST_FILE, manifest);
  if (read.status === 'ok' && manifestTextV1 !== null) {
    guardWrite(out, () => rmSync(join(out, MANIFEST_FILE_V1)));
    log(`manifest: ${shown(join(out, MANIFEST_FILE_V1))} replaced by ${shown(join(out, MANIFEST_FILE))} (format 2, one line per source)`);
  }
  const fingerprints = serializeFingerprintCache(next);
  if (fingerprints !== fingerprintsText) write(FINGERPRINT_CACHE_FILE, fingerprints);
  guardWrite(out, () => removeStaleTemps(out));
  const extra = [summary.deletedByHand ? `, deleted by hand ${summary.deletedByHand}` : '', summary.invalid ? `, invalid ${summary.invalid}` : ''].join('');
  const uncertain = countUncertain([...releases.values()].map((r) => r.frontMatter.review));
  if (uncertain > 0) {
    log(`review: ${uncertain} of the ${releases.size} releases processed in this run have an uncertain title, date or region; npm run review lists every release to check`);
  }
  log(
    `ingest: ${sourceFiles.length} sources, ${summary.processed} processed; written ${summary.written}, unchanged ${summary.unchanged}, kept-edited ${summary.keptEdited}, removed ${summary.removed}, rejected ${summary.rejected}${extra}`,
  );
  return summary;
}

/** The source a release file names in its front matter, read leniently; null for anything else. */
function claimOf(out: string, name: string): ReleaseFileClaim | null {
  try {
    const { data } = readFrontMatter(readFileSync(join(out, name), 'utf8'), name);
    const fm = data as { source?: { file?: unknown; sha256?: unknown }; duplicateOf?: unknown };
    if (typeof fm.source?.file !== 'string') return null;
    return {
      output: name,
      sourceFile: fm.source.file,
      sourceSha256: typeof fm.source.sha256 === 'string' ? fm.source.sha256 : '',
      duplicateOf: typeof fm.duplicateOf === 'string' ? fm.duplicateOf : null,
    };
  } catch {
    return null;
  }
}

/** Runs a write in the out folder; a permission problem becomes one OutFolderError line. */
function guardWrite(out: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new OutFolderError(`cannot write into the out folder ${shown(out)}: ${code === 'EROFS' ? 'read-only file system' : 'permission denied'}`, { cause: error });
    }
    throw error;
  }
}


export function parseArgs(argv: readonly string[]): IngestOptions {
  return parseIngestArgs(argv, { sources: join(ROOT, 'content/sources'), out: join(ROOT, 'content/releases'), force: false });
}

/** Exit code: 0 all good; 1 sources rejected, releases invalid or deleted by hand; 2 bad usage or an unwritable out folder. */
export function main(argv: readonly string[], ahead?: ReadonlyMap<string, AheadOutcome>): number {
  // Asking for help is not a mistake: the usage goes to stdout and the exit is 0.
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  try {
    const options = parseArgs(argv);
    if (options.explain !== undefined) return explain(options.explain);
    const summary = runIngest({ ...options, ...(ahead ? { ahead } : {}) });
    return summary.rejected + summary.invalid + summary.deletedByHand > 0 ? EXIT.rejected : EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`ingest: ${error.message}\n${USAGE}\n`);
      return EXIT.usage;
    }
    if (error instanceof OutFolderError) {
      process.stderr.write(`ingest: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** Prints why each field of one source got its value; nothing is written. */
function explain(file: string): number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`--explain ${shown(file)}: ${(error as NodeJS.ErrnoException).code === 'EISDIR' ? 'a folder, not a file' : 'cannot be read'}`, { cause: error });
  }
  try {
    process.stdout.write(formatExplanation(file, explainSource(basename(file), bytes)));
    return EXIT.ok;
  } catch (error) {
    process.stderr.write(`ingest: rejected ${shown(file)}: ${asIngestError(basename(file), error).message}\n`);
    return EXIT.rejected;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  process.exitCode = main(argv, await aheadFor(argv));
}

/** The pipeline's outcomes for the sources this run will process, computed on worker threads first. */
async function aheadFor(argv: readonly string[]): Promise<ReadonlyMap<string, AheadOutcome> | undefined> {
  if (argv.includes('--help') || argv.includes('-h')) return undefined;
  let options: IngestOptions;
  try {
    options = parseArgs(argv);
  } catch {
    return undefined; // main reports it
  }
  if (options.explain !== undefined) return undefined;
  return computeAhead({ sources: options.sources, out: options.out, force: options.force, rulesHash: computeRulesHash() });
}
