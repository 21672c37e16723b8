// How well ingest recovers what the generator put into each synthetic release: date, certainty,
// region, topics, contacts and duplicates, against the truth that `synth --manifest` writes.
//   tsx scripts/bench/accuracy.ts --truth TRUTH.jsonl --releases DIR
// Not a test of ingest (its own tests are); a check that the synthetic archive is read as meant.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, parseFlagsWithUsage, UsageError } from '../lib/cli-args.ts';
import { readFrontMatter } from '../lib/front-matter.ts';
import type { ReleaseTruth } from '../synth/archive.ts';

export interface IngestedRelease {
  id: string;
  sourceFile: string;
  date: string | null;
  dateCertainty: string;
  region: string | null;
  topics: string[];
  contacts: number;
  duplicateOf: string | null;
}

export interface FieldScore {
  field: string;
  agree: number;
  total: number;
  examples: string[];
}

const FIELDS = ['date', 'dateCertainty', 'region', 'topics', 'contacts', 'duplicateOf'] as const;

/** Agreement per field, over the releases present on both sides. */
export function compareWithTruth(truths: readonly ReleaseTruth[], ingested: readonly IngestedRelease[], maxExamples = 3): FieldScore[] {
  const bySource = new Map(ingested.map((r) => [r.sourceFile, r]));
  const sourceOfId = new Map(ingested.map((r) => [r.id, r.sourceFile]));
  const scores = FIELDS.map((field) => ({ field, agree: 0, total: 0, examples: [] as string[] }));
  for (const truth of truths) {
    const got = bySource.get(truth.file);
    if (!got) continue;
    const pairs: Record<(typeof FIELDS)[number], [unknown, unknown]> = {
      date: [truth.date, got.date],
      dateCertainty: [truth.dateCertainty, got.dateCertainty],
      region: [truth.region, got.region],
      topics: [truth.topics.join(', '), [...got.topics].join(', ')],
      contacts: [truth.contactCount, got.contacts],
      duplicateOf: [truth.duplicateOf, got.duplicateOf ? (sourceOfId.get(got.duplicateOf) ?? got.duplicateOf) : null],
    };
    for (const score of scores) {
      const [want, have] = pairs[score.field as (typeof FIELDS)[number]];
      score.total++;
      if (want === have) score.agree++;
      else if (score.examples.length < maxExamples) {
        score.examples.push(`${truth.file} (${truth.dateStyle}): want ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
      }
    }
  }
  return scores;
}

function readIngested(dir: string): IngestedRelease[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      // The project's one front-matter reader: dates stay the strings written (gray-matter's default
      // YAML 1.1 would turn them into Date objects, and a hand-typed 2018-02-30 into 2 March).
      const data = readFrontMatter(readFileSync(join(dir, f), 'utf8'), f).data as Record<string, unknown>;
      const date = (data.date as string | null) ?? null;
      return {
        id: f.replace(/\.md$/, ''),
        sourceFile: (data.source as { file: string }).file,
        date,
        dateCertainty: data.dateCertainty as string,
        region: (data.region as string | null) ?? null,
        topics: (data.topics as string[]) ?? [],
        contacts: ((data.contacts as unknown[]) ?? []).length,
        duplicateOf: (data.duplicateOf as string | null) ?? null,
      };
    });
}

const USAGE = 'usage: accuracy --truth TRUTH.jsonl --releases DIR';

function main(argv: readonly string[]): number {
  let truthFile: string;
  let releases: string;
  try {
    const flags = parseFlagsWithUsage(argv, { truth: { type: 'string' }, releases: { type: 'string' } }, USAGE);
    if (!flags.truth || !flags.releases) throw new UsageError(`--truth and --releases are required; ${USAGE}`);
    [truthFile, releases] = [flags.truth, flags.releases];
  } catch (error) {
    process.stderr.write(`accuracy: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  const truths = readFileSync(truthFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReleaseTruth);
  for (const s of compareWithTruth(truths, readIngested(releases))) {
    process.stdout.write(`${s.field.padEnd(14)} ${((100 * s.agree) / Math.max(1, s.total)).toFixed(1).padStart(5)} % of ${s.total}\n`);
    for (const e of s.examples) process.stdout.write(`    ${e}\n`);
  }
  return EXIT.ok;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
