// The front matter of a release in content/releases/*.md: the contract between ingest, editors,
// the site and every later tool. Change it only together with every consumer.
import { z } from 'zod';
import { REGION_NAMES } from '../data/regions.ts';
import { TOPIC_NAMES } from '../data/topics.ts';
import { hasUnsafeCharacter } from './unsafe-characters.ts';

export const DATE_CERTAINTIES = ['exact', 'inferred', 'unknown'] as const;
export type DateCertainty = (typeof DATE_CERTAINTIES)[number];

/** regional: about one region's preparation; national: a ministry, a reform-wide body, all regions. */
export const SCOPES = ['regional', 'national'] as const;
export type Scope = (typeof SCOPES)[number];

/** Language of the release text (the site's own chrome is always Finnish). */
export const LANGUAGES = ['fi', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Fields whose value ingest may be unsure of; such a release goes on the review list. */
export const REVIEW_FIELDS = ['title', 'date', 'region', 'scope', 'topics', 'lang'] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];

/** A one-line string: no control characters at all, no bidi controls (see unsafe-characters.ts). */
const line = () => z.string().refine((s) => !hasUnsafeCharacter(s, false), 'contains a control character, a line break or a bidi control');
/** Text that may span lines: tab and newline allowed, other controls and bidi controls not. */
const text = () => z.string().refine((s) => !hasUnsafeCharacter(s, true), 'contains a control character or a bidi control');

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD', abort: true })
  .refine(isCalendarDay, 'not a calendar date');

// A calendar day needs no time zone; a zoned luxon parse per date was 5–8 % of a 10,000-release ingest.
function isCalendarDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

// Front matter is read with YAML 1.2's core schema (scripts/lib/front-matter.ts), so a date is the
// string the editor typed: `2018-02-30` or a timestamp is refused here, never read as another day.
const day = isoDay;

export const contactSchema = z
  .object({
    name: line().min(1),
    role: line().min(1).nullable(),
    phone: line().min(1).nullable(),
    email: line().min(1).nullable(),
  })
  .strict();

export const mentionedDateSchema = z
  .object({
    /** The date mentioned, YYYY-MM-DD. */
    date: day,
    /** The words around it, e.g. "Valinnanvapauspilotin avustushakemus tulee jättää ministeriöön 15.3." */
    text: text().min(1),
  })
  .strict();

export const reviewItemSchema = z
  .object({
    field: z.enum(REVIEW_FIELDS),
    /** Why a person should check it, e.g. "no publication label; the day came from the lead". */
    reason: text().min(1),
  })
  .strict();

export const releaseFrontMatterSchema = z
  .object({
    /** The release's real headline. */
    title: line().min(1),
    /** Publication date in Europe/Helsinki, or null when the release gives no basis for one. */
    date: day.nullable(),
    dateCertainty: z.enum(DATE_CERTAINTIES),
    /** The text the date came from, e.g. "TIEDOTE 12.3.2019" or "maanantaina 3.7.". */
    dateEvidence: text().min(1).nullable(),
    /** regional or national; null when the text gives no basis for either. Absent in older files. */
    scope: z.enum(SCOPES).nullable().default(null),
    /** Nominative name of the one region the release is about; always null for a national release. */
    region: z.enum(REGION_NAMES).nullable(),
    topics: z.array(z.enum(TOPIC_NAMES)),
    /** Language of the release text. Absent in older files, which are all Finnish. */
    lang: z.enum(LANGUAGES).default('fi'),
    /** Short plain-text lead (first sentences of the body), for cards, feeds and meta descriptions. */
    summary: text(),
    contacts: z.array(contactSchema),
    /** Municipalities named in the release text (nominative), in order of first mention. */
    places: z.array(line().min(1)),
    /** Other dates and deadlines the text mentions (meetings, application deadlines). */
    mentionedDates: z.array(mentionedDateSchema),
    source: z
      .object({
        /** File name in content/sources/. */
        file: line().min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        /** The page's own web address (canonical link, og:url, or an address line in the scrape). */
        url: z
          .string()
          .regex(/^https?:\/\/[^\s<>"]+$/, 'expected an http(s) address')
          .nullable()
          .default(null),
      })
      .strict(),
    /** Id (file name without .md) of the release this one repeats; such a release is not published. */
    duplicateOf: line().min(1).nullable(),
    /** What ingest was unsure of; an editor removes an item once checked. Absent in older files. */
    review: z.array(reviewItemSchema).default([]),
    /** Set by an editor to take a release off the site while keeping its file and source. */
    retired: z.boolean().optional(),
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
    if (fm.scope === 'national' && fm.region !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: 'a national release has no region (region must be null when scope is "national")',
      });
    }
  });

export type ReleaseFrontMatter = z.output<typeof releaseFrontMatterSchema>;
export type Contact = z.output<typeof contactSchema>;
export type MentionedDate = z.output<typeof mentionedDateSchema>;
export type ReviewItem = z.output<typeof reviewItemSchema>;
/** Front matter as a writer may give it: fields with defaults may be left out. */
export type ReleaseFrontMatterInput = z.input<typeof releaseFrontMatterSchema>;

/** Validates front matter read from `file`; throws an Error naming the file and every problem. */
export function parseReleaseFrontMatter(data: unknown, file: string): ReleaseFrontMatter {
  const result = releaseFrontMatterSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
  throw new Error(`${file}: invalid release front matter:\n${problems}`, { cause: result.error });
}
