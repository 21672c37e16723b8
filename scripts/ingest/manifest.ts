// The manifest: ingest's record of what it last wrote for each source. It is trusted only after
// every path in it has been checked to stay inside the out folder; anything else (truncated JSON,
// merge-conflict markers, a foreign path) makes the whole file untrusted, and the run rebuilds the
// record from the release files' own front matter (see recoverManifest).
import { basename } from 'node:path';
import { z } from 'zod';

export const MANIFEST_FILE = '.ingest-manifest.json';

/** outputSha256 of a file ingest did not write as it is (recovered or renamed): always "edited". */
export const NOT_GENERATED = '';

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

const manifestSchema = z.object({ version: z.literal(1), entries: z.record(z.string(), manifestEntrySchema) }).strict();

export type Manifest = z.output<typeof manifestSchema>;

export type ManifestRead =
  | { status: 'ok'; manifest: Manifest }
  | { status: 'missing' }
  | { status: 'corrupt'; reason: string };

export function emptyManifest(): Manifest {
  return { version: 1, entries: {} };
}

/** A release file name directly in the out folder: "x.md", never "../x.md", "a/x.md" or ".x.md". */
export function isPlainOutputName(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return /^[^./\\][^/\\]*\.md$/u.test(name) && basename(name) === name && !/[\u0000-\u001f\u007f]/u.test(name);
}

/** A source file name directly in the sources folder. */
export function isPlainSourceName(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- a NUL is refused
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\u0000]/u.test(name);
}

/** Reads the manifest text (null: no file). Never guesses: a doubtful manifest is "corrupt", with why. */
export function parseManifest(text: string | null): ManifestRead {
  if (text === null) return { status: 'missing' };
  const conflict = /^(<<<<<<<|=======|>>>>>>>)( |$)/mu.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split('\n').length;
    return { status: 'corrupt', reason: `merge-conflict markers (line ${line})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { status: 'corrupt', reason: `not valid JSON, perhaps truncated (${(error as Error).message})` };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { status: 'corrupt', reason: `not an ingest manifest (${issue?.path.join('.') || '(root)'}: ${issue?.message})` };
  }
  for (const [file, entry] of Object.entries(parsed.data.entries)) {
    if (!isPlainSourceName(file)) return { status: 'corrupt', reason: `source name ${JSON.stringify(file)} is not a plain file name` };
    if (!isPlainOutputName(entry.output)) {
      return { status: 'corrupt', reason: `the entry for ${JSON.stringify(file)} names ${JSON.stringify(entry.output)}, which is not a release file inside the out folder` };
    }
  }
  return { status: 'ok', manifest: parsed.data };
}

/**
 * Deterministic: entries sorted by source file name, keys in schema order, no timestamps; one line
 * per source so that diffs stay small.
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
export function recoverManifest(claims: readonly ReleaseFileClaim[], sources: ReadonlySet<string>): Manifest {
  const manifest = emptyManifest();
  for (const claim of [...claims].sort((a, b) => (a.output < b.output ? -1 : a.output > b.output ? 1 : 0))) {
    if (!sources.has(claim.sourceFile) || manifest.entries[claim.sourceFile] || !isPlainOutputName(claim.output)) continue;
    manifest.entries[claim.sourceFile] = {
      sha256: claim.sourceSha256,
      rulesHash: '',
      baseId: claim.output.replace(/\.md$/u, ''),
      output: claim.output,
      outputSha256: NOT_GENERATED,
      duplicateOf: claim.duplicateOf,
      fingerprint: [],
    };
  }
  return manifest;
}
