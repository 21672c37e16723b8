// The people named under a "Lisätietoja:"-style header.
import type { CleanedSource, Contact } from './types.ts';

export function extractContacts(_source: CleanedSource): Contact[] {
  return [];
}
