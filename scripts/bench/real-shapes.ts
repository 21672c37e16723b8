// The real-shape fixtures (tests/fixtures/real-shapes/<case>/): releases written in our own words
// in the shapes of real 2015–2019 pages, each with the values a careful reader would give it. Read
// here, compared field by field with what ingest makes of them; used by the table test and by the
// accuracy report.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { REGION_NAMES } from '../data/regions.ts';
import { TOPIC_NAMES } from '../data/topics.ts';
import { releaseFromSource } from '../ingest/release.ts';
import { DATE_CERTAINTIES, LANGUAGES, SCOPES } from '../lib/release-schema.ts';

export const REAL_SHAPES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/real-shapes');

/** Fields compared; `date` covers the day and its certainty together. */
export const SHAPE_FIELDS = ['title', 'date', 'scope', 'region', 'topics', 'lang', 'url'] as const;
export type ShapeField = (typeof SHAPE_FIELDS)[number];

const SOURCE_NAMES = ['source.txt', 'source.html', 'source.htm'] as const;

const expectationSchema = z
  .object({
    /** What shape of real page this reproduces, in a few words. */
    shape: z.string().min(1),
    /** Address of the real page (or pages) whose shape was studied. */
    studied: z.string().min(1),
    title: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    dateCertainty: z.enum(DATE_CERTAINTIES),
    scope: z.enum(SCOPES).nullable(),
    region: z.enum(REGION_NAMES).nullable(),
    topics: z.array(z.enum(TOPIC_NAMES)),
    lang: z.enum(LANGUAGES),
    /** The page's own address when the source carries it; left out when not checked. */
    url: z.string().nullable().optional(),
    /** Fields today's rules get wrong; the test insists they still differ, so a fix must delete them. */
    knownWrong: z.array(z.enum(SHAPE_FIELDS)).optional(),
    /** Free-form notes on judgement calls. */
    note: z.string().optional(),
  })
  .strict();

export type ShapeExpectation = z.output<typeof expectationSchema>;

export interface ShapeCase {
  name: string;
  sourceFile: string;
  expected: ShapeExpectation;
}

export interface FieldResult {
  field: ShapeField;
  expected: unknown;
  actual: unknown;
  right: boolean;
}

export interface ShapeResult {
  name: string;
  /** Null when ingest rejected the source; then every field counts as wrong. */
  error: string | null;
  fields: FieldResult[];
  /** A date published as fact or inference that is not the expected day (the worst error). */
  wrongDate: boolean;
}

export function loadShapeCases(dir = REAL_SHAPES_DIR): ShapeCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const caseDir = path.join(dir, name);
      const sources = SOURCE_NAMES.filter((file) => existsSync(path.join(caseDir, file)));
      if (sources.length !== 1) throw new Error(`${caseDir}: expected exactly one of ${SOURCE_NAMES.join(', ')}`);
      const expectedPath = path.join(caseDir, 'expected.json');
      const parsed = expectationSchema.safeParse(JSON.parse(readFileSync(expectedPath, 'utf8')));
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`${expectedPath}: ${problems}`);
      }
      return { name, sourceFile: path.join(caseDir, sources[0]!), expected: parsed.data };
    });
}

/** Ingests one case's source as the CLI would and compares every field. */
export function checkShapeCase(shape: ShapeCase): ShapeResult {
  const { expected } = shape;
  const fields = SHAPE_FIELDS.filter((field) => field !== 'url' || expected.url !== undefined);
  let actual: Record<ShapeField, unknown>;
  try {
    const release = releaseFromSource(path.basename(shape.sourceFile), readFileSync(shape.sourceFile));
    const fm = release.frontMatter;
    actual = {
      title: fm.title,
      date: { date: fm.date, dateCertainty: fm.dateCertainty },
      scope: fm.scope,
      region: fm.region,
      topics: [...fm.topics].sort(),
      lang: fm.lang,
      url: fm.source.url,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      name: shape.name,
      error: message,
      fields: fields.map((field) => ({ field, expected: expectedValue(expected, field), actual: undefined, right: false })),
      wrongDate: false,
    };
  }
  const results = fields.map((field) => {
    const want = expectedValue(expected, field);
    return { field, expected: want, actual: actual[field], right: isDeepStrictEqual(want, actual[field]) };
  });
  const got = actual.date as { date: string | null };
  return { name: shape.name, error: null, fields: results, wrongDate: got.date !== null && got.date !== expected.date };
}

function expectedValue(expected: ShapeExpectation, field: ShapeField): unknown {
  switch (field) {
    case 'date':
      return { date: expected.date, dateCertainty: expected.dateCertainty };
    case 'topics':
      return [...expected.topics].sort();
    case 'url':
      return expected.url ?? null;
    default:
      return expected[field];
  }
}
