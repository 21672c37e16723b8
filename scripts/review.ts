// `npm run review [-- --releases DIR] [--json]`: every release an archivist should check by hand
// (the `review` items ingest wrote into its front matter), as "file  field  why", sorted by file.
// An editor removes an item once checked. Exit codes: 0 listed; 1 some release files are invalid
// (each named); 2 bad usage.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, parseFlags, UsageError } from './lib/cli-args.ts';
import { readFrontMatter } from './lib/front-matter.ts';
import { parseReleaseFrontMatter, type ReviewItem } from './lib/release-schema.ts';
import { shown } from './lib/shown.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run review [-- --releases DIR] [--json]';

export interface ReviewRow extends ReviewItem {
  file: string;
}

/** The rows of one release file's text; throws naming the file when it fails the schema. */
export function reviewRows(file: string, text: string): ReviewRow[] {
  const fm = parseReleaseFrontMatter(readFrontMatter(text, file).data, file);
  if (fm.retired || fm.duplicateOf !== null) return [];
  return fm.review.map((item) => ({ file, ...item }));
}

function main(argv: readonly string[]): number {
  let dir: string;
  let json: boolean;
  try {
    const values = parseFlags(argv, { releases: { type: 'string' }, json: { type: 'boolean' } });
    if (values.releases !== undefined && values.releases.trim() === '') throw new UsageError('--releases needs a folder, got an empty value');
    dir = resolve(values.releases ?? join(ROOT, 'content/releases'));
    json = values.json ?? false;
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--releases ${shown(dir)} is not a folder`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`review: ${error.message}\n${USAGE}\n`);
    return EXIT.usage;
  }
  const rows: ReviewRow[] = [];
  let invalid = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    try {
      rows.push(...reviewRows(name, readFileSync(join(dir, name), 'utf8')));
    } catch (error) {
      invalid++;
      process.stderr.write(`review: invalid ${shown(join(dir, name))}: ${(error as Error).message.split('\n').slice(1).join(' ').trim()}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else {
    for (const row of rows) process.stdout.write(`${row.file}\t${row.field}\t${row.reason}\n`);
    const releases = new Set(rows.map((r) => r.file)).size;
    process.stderr.write(`review: ${releases} releases to check, ${rows.length} items\n`);
  }
  return invalid > 0 ? EXIT.rejected : EXIT.ok;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
