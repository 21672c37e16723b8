// The front matter of a release in content/releases/*.md: the contract between ingest, editors,
// the site and every later tool. Change it only together with every consumer.
import { z } from 'zod';
import { REGION_NAMES } from '../data/regions.ts';
import { TOPIC_NAMES } from '../data/topics.ts';

export const DATE_CERTAINTIES = ['exact', 'inferred', 'unknown'] as const;
export type DateCertainty = (typeof DATE_CERTAINTIES)[number];

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDay, 'not a calendar date');

// A calendar day needs no time zone; a zoned luxon parse per date was 5–8 % of a 10,000-release ingest.
function isCalendarDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

// YAML 1.1 parsers (js-yaml inside gray-matter and Eleventy) turn a bare 2018-02-23 into a Date at
// UTC midnight; an editor may write either form, so both are accepted and normalised to the string.
const day = z.union([
  isoDay,
  z.date().transform((d, ctx) => {
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'invalid date' });
      return z.NEVER;
    }
    return d.toISOString().slice(0, 10);
  }),
]);

export const contactSchema = z
  .object({
    name: z.string().min(1),
    role: z.string().min(1).nullable(),
    phone: z.string().min(1).nullable(),
    email: z.string().min(1).nullable(),
  })
  .strict();

export const mentionedDateSchema = z
  .object({
    /** The date mentioned, YYYY-MM-DD. */
    date: day,
    /** The words around it, e.g. "Valinnanvapauspilotin avustushakemus tulee jättää ministeriöön 15.3." */
    text: z.string().min(1),
  })
  .strict();

export const releaseFrontMatterSchema = z
  .object({
    /** The release's real headline. */
    title: z.string().min(1),
    /** Publication date in Europe/Helsinki, or null when the release gives no basis for one. */
    date: day.nullable(),
    dateCertainty: z.enum(DATE_CERTAINTIES),
    /** The text the date came from, e.g. "TIEDOTE 12.3.2019" or "maanantaina 3.7.". */
    dateEvidence: z.string().min(1).nullable(),
    /** Nominative name of the one region the release is about. */
    region: z.enum(REGION_NAMES).nullable(),
    topics: z.array(z.enum(TOPIC_NAMES)),
    /** Short plain-text lead (first sentences of the body), for cards, feeds and meta descriptions. */
    summary: z.string(),
    contacts: z.array(contactSchema),
    /** Municipalities named in the release text (nominative), in order of first mention. */
    places: z.array(z.string().min(1)),
    /** Other dates and deadlines the text mentions (meetings, application deadlines). */
    mentionedDates: z.array(mentionedDateSchema),
    source: z
      .object({
        /** File name in content/sources/. */
        file: z.string().min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .strict(),
    /** Id (file name without .md) of the release this one repeats; such a release is not published. */
    duplicateOf: z.string().min(1).nullable(),
  })
  .strict()
  .superRefine((fm, ctx) => {
    if ((fm.date === null) !== (fm.dateCertainty === 'unknown')) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateCertainty'],
        message: 'dateCertainty must be "unknown" exactly when date is null',
      });
    }
  });

export type ReleaseFrontMatter = z.output<typeof releaseFrontMatterSchema>;
export type Contact = z.output<typeof contactSchema>;
export type MentionedDate = z.output<typeof mentionedDateSchema>;

/** Validates front matter read from `file`; throws an Error naming the file and every problem. */
export function parseReleaseFrontMatter(data: unknown, file: string): ReleaseFrontMatter {
  const result = releaseFrontMatterSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
  throw new Error(`${file}: invalid release front matter:\n${problems}`, { cause: result.error });
}
