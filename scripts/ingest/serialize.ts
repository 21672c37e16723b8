// Front matter + Markdown body → the text of a content/releases/*.md file. The YAML is written by
// the yaml library in YAML 1.1 mode, so strings that 1.1 readers (js-yaml, Eleventy) would turn
// into dates or booleans ("2018-02-23", "on") come out quoted; the result is validated and read back
// through the project's own front-matter reader before anyone writes it.
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { readFrontMatter } from '../lib/front-matter.ts';
import { parseReleaseFrontMatter, type ReleaseFrontMatter } from '../lib/release-schema.ts';

// Key order of every written file: what an editor looks for first comes first.
const KEY_ORDER = [
  'title',
  'date',
  'dateCertainty',
  'dateEvidence',
  'scope',
  'region',
  'topics',
  'lang',
  'summary',
  'contacts',
  'places',
  'mentionedDates',
  'source',
  'duplicateOf',
  'review',
] as const satisfies readonly (keyof ReleaseFrontMatter)[];

export function serializeRelease(frontMatter: ReleaseFrontMatter, body: string, file: string): string {
  const valid = parseReleaseFrontMatter(frontMatter, file);
  const ordered: Record<string, unknown> = Object.fromEntries(KEY_ORDER.map((key) => [key, valid[key]]));
  // Only an editor sets retired; ingest never writes it, but keeps it when given.
  if (valid.retired !== undefined) ordered.retired = valid.retired;
  const yaml = stringify(ordered, { version: '1.1', lineWidth: 0 });
  const text = `---\n${yaml}---\n\n${body.replace(/\n*$/, '\n')}`;
  const readBack = parseReleaseFrontMatter(readFrontMatter(text, file).data, file);
  if (!isDeepStrictEqual(readBack, valid)) {
    throw new Error(`${file}: front matter does not survive a round trip through gray-matter`);
  }
  return text;
}
