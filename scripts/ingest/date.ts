// The publication date of a release, with how certain it is and the text it came from.
import type { CleanedSource, DateFinding } from './types.ts';

export function extractDate(_source: CleanedSource): DateFinding {
  return { date: null, dateCertainty: 'unknown', dateEvidence: null };
}
