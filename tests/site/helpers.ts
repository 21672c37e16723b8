// Builds Release objects for tests from a few fields, the rest filled with valid defaults.
import { toRelease } from '../../scripts/site/archive.ts';
import type { ReleaseFrontMatter } from '../../scripts/lib/release-schema.ts';
import type { Release, ReleaseFile } from '../../scripts/site/types.ts';

export function releaseFile(id: string, patch: Partial<ReleaseFrontMatter> = {}, body = 'Teksti.'): ReleaseFile {
  const date = patch.date === undefined ? '2018-02-23' : patch.date;
  return {
    id,
    path: `content/releases/${id}.md`,
    bodyMarkdown: body,
    frontMatter: {
      title: `Tiedote ${id}`,
      date,
      dateCertainty: date === null ? 'unknown' : 'exact',
      dateEvidence: date === null ? null : date,
      scope: 'regional',
      region: 'Pirkanmaa',
      lang: 'fi',
      topics: [],
      summary: '',
      contacts: [],
      places: [],
      mentionedDates: [],
      source: { file: `${id}.txt`, sha256: 'a'.repeat(64), url: null },
      duplicateOf: null,
      review: [],
      ...patch,
    },
  };
}

export function release(id: string, patch: Partial<ReleaseFrontMatter> = {}, body?: string): Release {
  return toRelease(releaseFile(id, patch, body));
}
