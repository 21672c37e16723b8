// The one region a release is about.
import type { CleanedSource, RegionName } from './types.ts';

export function extractRegion(_source: CleanedSource): RegionName | null {
  return null;
}
