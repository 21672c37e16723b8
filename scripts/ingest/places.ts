// Municipalities named in a release's own text, nominative, in order of first mention.
import type { CleanedSource } from './types.ts';

export function extractPlaces(_source: CleanedSource): string[] {
  return [];
}
