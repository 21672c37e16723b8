// The manifest: ingest's record of what it last wrote for each source, committed with the releases.
// Format 2 is one tab-separated line per source, sorted by source name, so that an edit or a new
// source changes one line and two branches that touched different sources merge cleanly. The
// near-duplicate fingerprints, derived data ten times the size, live in a separate uncommitted cache
// (fingerprint-cache.ts). The record is trusted only after every line has been checked (names that
// stay inside their folders, well-formed hashes); anything else (a cut file, merge-conflict markers,
// a foreign path) makes the whole file untrusted, and the run rebuilds the record from the release
// files' own front matter (see recoverManifest). Format 1 (`.ingest-manifest.json`) is still read,
// once, and replaced.
import { basename } from 'node:path';
import { z } from 'zod';
import type { Fingerprint } from './fingerprint.ts';

export const MANIFEST_FILE = '.ingest-manifest.tsv';
/** Format 1, read when MANIFEST_FILE is not there and removed once the new one is written. */
export const MANIFEST_FILE_V1 = '.ingest-manifest.json';

/** outputSha256 of a file ingest did not write as it is (recovered or renamed): always "edited". */
export const NOT_GENERATED = '';

export interface ManifestEntry {
  /** sha256 of the source file's bytes. */
  sha256: string;
  /** Hash of the ingest code and data that produced the output ('' when unknown). */
  rulesHash: string;
  /** Id before collision suffixes, so unchanged sources need not be re-read to resolve collisions. */
  baseId: string;
  /** Output file name in the out dir. */
  output: string;
  /** sha256 of the output exactly as ingest last generated it; a file that differs was edited. */
  outputSha256: string;
  duplicateOf: string | null;
  /** From the fingerprint cache; null when it has none for this source and rules (then it is processed). */
  fingerprint: Fingerprint | null;
}

export interface Manifest {
  entries: Record<string, ManifestEntry>;
}

export type ManifestRead =
  | { status: 'ok'; manifest: Manifest }
  | { status: 'missing' }
  | { status: 'corrupt'; reason: string };

export function emptyManifest(): Manifest {
  return { entries: {} };
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/u;

/** A release file name directly in the out folder: "x.md", never "../x.md", "a/x.md" or ".x.md". */
export function isPlainOutputName(name: string): boolean {
  return /^[^./\\][^/\\]*\.md$/u.test(name) && basename(name) === name && !CONTROL.test(name);
}

/** A source file name directly in the sources folder. */
export function isPlainSourceName(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- a NUL is refused
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\u0000]/u.test(name);
}

const HEADER = [
  '# Uudistusarkisto ingest manifest, format 2: what ingest last wrote for each source. Written by `npm run ingest`;',
  '# one line per source, sorted; tab-separated: source, source sha256 (- when unknown), rules (- when unknown), output,',
  "# output sha256 as written (- when ingest did not write it), duplicate of (- when none), id before collision suffixes (= when the output's).",
];
const FIELDS = 7;
const SHA256 = /^[0-9a-f]{64}$/u;
// The rules hash as computed (16 hex digits), or a test's label; '-' alone means unknown.
const RULES = /^(?!-$)[0-9A-Za-z._-]{1,64}$/u;

/** A name as one field: as it is, or JSON-quoted when it could be read as something else. */
function nameField(name: string): string {
  // eslint-disable-next-line no-control-regex -- a tab or line end would split the line
  return /[\u0000-\u001f\u007f"]/u.test(name) || name === '-' || name === '=' || name === ''
    ? JSON.stringify(name)
    : name;
}

function nameOf(field: string): string | null {
  if (!field.startsWith('"')) return field;
  try {
    const name: unknown = JSON.parse(field);
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/** Deterministic: lines sorted by source name, no timestamps, one line per source. */
export function serializeManifest(manifest: Manifest): string {
  const files = Object.keys(manifest.entries).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = files.map((file) => {
    const e = manifest.entries[file] as ManifestEntry;
    const ownId = e.output === `${e.baseId}.md`;
    return [
      nameField(file),
      SHA256.test(e.sha256) ? e.sha256 : '-',
      RULES.test(e.rulesHash) ? e.rulesHash : '-',
      nameField(e.output),
      SHA256.test(e.outputSha256) ? e.outputSha256 : '-',
      e.duplicateOf === null ? '-' : nameField(e.duplicateOf),
      ownId ? '=' : nameField(e.baseId),
    ].join('\t');
  });
  return `${[...HEADER, ...lines].join('\n')}\n`;
}

/** Reads the manifest (null: no file). Never guesses: a doubtful manifest is "corrupt", with why. */
export function parseManifest(text: string | null): ManifestRead {
  if (text === null) return { status: 'missing' };
  const conflict = /^(<<<<<<<|=======|>>>>>>>)( |$)/mu.exec(text);
  if (conflict)
    return {
      status: 'corrupt',
      reason: `merge-conflict markers (line ${lineAt(text, conflict.index)})`,
    };
  if (text.trimStart().startsWith('{')) return parseManifestV1(text);
  if (!text.startsWith(HEADER[0] as string))
    return {
      status: 'corrupt',
      reason: 'not an ingest manifest (its first line is not the format 2 header)',
    };
  if (!text.endsWith('\n'))
    return {
      status: 'corrupt',
      reason: 'the last line is cut short, perhaps the file was truncated',
    };
  const manifest = emptyManifest();
  const lines = text.slice(0, -1).split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.startsWith('#')) continue;
    const where = `line ${index + 1}`;
    const fields = line.split('\t');
    if (fields.length !== FIELDS)
      return { status: 'corrupt', reason: `${where} has ${fields.length} fields, not ${FIELDS}` };
    const [fileField, sha256, rules, outputField, outputSha, duplicateField, baseField] =
      fields as [string, string, string, string, string, string, string];
    const file = nameOf(fileField);
    const output = nameOf(outputField);
    const duplicateOf = duplicateField === '-' ? null : nameOf(duplicateField);
    const baseId = baseField === '=' ? output?.replace(/\.md$/u, '') : nameOf(baseField);
    if (file === null || !isPlainSourceName(file))
      return {
        status: 'corrupt',
        reason: `${where}: source name ${fileField} is not a plain file name`,
      };
    if (output === null || !isPlainOutputName(output)) {
      return {
        status: 'corrupt',
        reason: `${where}: the entry for ${JSON.stringify(file)} names ${outputField}, which is not a release file inside the out folder`,
      };
    }
    if (
      !(sha256 === '-' || SHA256.test(sha256)) ||
      !(outputSha === '-' || SHA256.test(outputSha)) ||
      !(rules === '-' || RULES.test(rules))
    ) {
      return { status: 'corrupt', reason: `${where}: a hash is not a hash` };
    }
    if (duplicateOf === null && duplicateField !== '-')
      return { status: 'corrupt', reason: `${where}: unreadable duplicate-of field` };
    if (baseId === null || baseId === undefined || baseId === '')
      return { status: 'corrupt', reason: `${where}: unreadable id field` };
    if (manifest.entries[file])
      return { status: 'corrupt', reason: `${where}: a second line for ${JSON.stringify(file)}` };
    manifest.entries[file] = {
      sha256: sha256 === '-' ? '' : sha256,
      rulesHash: rules === '-' ? '' : rules,
      baseId,
      output,
      outputSha256: outputSha === '-' ? NOT_GENERATED : outputSha,
      duplicateOf,
      fingerprint: null,
    };
  }
  return { status: 'ok', manifest };
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

const entryV1Schema = z
  .object({
    sha256: z.string(),
    rulesHash: z.string(),
    baseId: z.string(),
    output: z.string(),
    outputSha256: z.string(),
    duplicateOf: z.string().nullable(),
    fingerprint: z.array(z.number()),
  })
  .strict();
const manifestV1Schema = z
  .object({ version: z.literal(1), entries: z.record(z.string(), entryV1Schema) })
  .strict();

/** Format 1, the JSON object of entries (fingerprints included) that ingest wrote before format 2. */
function parseManifestV1(text: string): ManifestRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      status: 'corrupt',
      reason: `not valid JSON, perhaps truncated (${(error as Error).message})`,
    };
  }
  const parsed = manifestV1Schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      status: 'corrupt',
      reason: `not an ingest manifest (${issue?.path.join('.') || '(root)'}: ${issue?.message})`,
    };
  }
  const manifest = emptyManifest();
  for (const [file, entry] of Object.entries(parsed.data.entries)) {
    if (!isPlainSourceName(file))
      return {
        status: 'corrupt',
        reason: `source name ${JSON.stringify(file)} is not a plain file name`,
      };
    if (!isPlainOutputName(entry.output)) {
      return {
        status: 'corrupt',
        reason: `the entry for ${JSON.stringify(file)} names ${JSON.stringify(entry.output)}, which is not a release file inside the out folder`,
      };
    }
    manifest.entries[file] = {
      ...entry,
      fingerprint: entry.fingerprint.length > 0 ? entry.fingerprint : null,
    };
  }
  return { status: 'ok', manifest };
}

/** What a release file on disk says about its source (from its front matter), if it says anything. */
export interface ReleaseFileClaim {
  output: string;
  sourceFile: string;
  sourceSha256: string;
  duplicateOf: string | null;
}

/**
 * A record rebuilt from the release files themselves when the manifest is missing or untrusted:
 * each file naming an existing source in `source.file` becomes that source's output (the first by
 * name when two claim one source). Their rules hash is unknown, so every source is processed again;
 * their output hash is NOT_GENERATED, so a file differing from what ingest writes now is kept.
 */
export function recoverManifest(
  claims: readonly ReleaseFileClaim[],
  sources: ReadonlySet<string>,
): Manifest {
  const manifest = emptyManifest();
  for (const claim of [...claims].sort((a, b) =>
    a.output < b.output ? -1 : a.output > b.output ? 1 : 0,
  )) {
    if (
      !sources.has(claim.sourceFile) ||
      manifest.entries[claim.sourceFile] ||
      !isPlainOutputName(claim.output)
    )
      continue;
    manifest.entries[claim.sourceFile] = {
      sha256: claim.sourceSha256,
      rulesHash: '',
      baseId: claim.output.replace(/\.md$/u, ''),
      output: claim.output,
      outputSha256: NOT_GENERATED,
      duplicateOf: claim.duplicateOf,
      fingerprint: null,
    };
  }
  return manifest;
}
