// Municipalities named in a release's own text (title and paragraphs), nominative, in order of first
// mention, each once. Recognition is shared with region.ts (place-names.ts).
import { findPlaceMentions } from './place-names.ts';
import type { CleanedSource } from './types.ts';

export function extractPlaces(source: CleanedSource): string[] {
  const names = [source.title, ...source.paragraphs]
    .flatMap((text) => findPlaceMentions(text))
    .filter((mention) => mention.kind === 'municipality')
    .map((mention) => mention.name);
  return [...new Set(names)];
}
