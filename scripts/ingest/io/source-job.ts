// What the pipeline makes of one source, in a form that crosses a thread boundary: the release and
// its text as written when it is nobody's duplicate, or the reason it is not a release. The same
// function runs in the ingest process and in its worker threads, so both give the same bytes.
import { IngestError, type IngestErrorReason } from '../ingest-error.ts';
import { releaseFromSource, type Release } from '../release.ts';
import { serializeRelease } from '../serialize.ts';

export type SourceOutcome =
  | { ok: true; release: Release; textIfCanonical: string | null }
  | { ok: false; reason: IngestErrorReason; detail: string };

export function processSource(file: string, bytes: Uint8Array): SourceOutcome {
  let release: Release;
  try {
    release = releaseFromSource(file, bytes);
  } catch (error) {
    const failure = asIngestError(file, error);
    return { ok: false, reason: failure.reason, detail: failure.detail };
  }
  let textIfCanonical: string | null = null;
  try {
    textIfCanonical = serializeRelease({ ...release.frontMatter, duplicateOf: null }, release.body, file);
  } catch {
    // Left to the writing step, which reports it against the file as it always has.
  }
  return { ok: true, release, textIfCanonical };
}

// A serialisation failure is as much this one file's problem as a decoding failure.
export function asIngestError(file: string, error: unknown): IngestError {
  if (error instanceof IngestError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new IngestError(file, 'invalid', message, { cause: error });
}
