// Dates and deadlines the body mentions besides the publication date.
import type { CleanedSource, DateFinding, MentionedDate } from './types.ts';

export function extractMentionedDates(_source: CleanedSource, _publication: DateFinding): MentionedDate[] {
  return [];
}
