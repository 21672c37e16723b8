// A source that cannot become a release. Carries the file name so every message names it.
export type IngestErrorReason = 'empty' | 'binary' | 'undecodable' | 'invalid' | 'unreadable' | 'not a release';

export class IngestError extends Error {
  override readonly name = 'IngestError';

  constructor(
    readonly file: string,
    readonly reason: IngestErrorReason,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}: ${detail}`, options);
  }
}
