// One release's own content: headline, date evidence, body paragraphs and contact block, built by
// recombining the corpus's pieces for a region, a date style and a set of topics. Chrome (what the
// publishing site puts around it) is added separately, so that a duplicate can wear other chrome.
import { REGIONS, type RegionName } from '../data/regions.ts';
import { TOPIC_NAMES, type TopicName } from '../data/topics.ts';
import { contactBlocks, CONTACT_STYLE_WEIGHTS, person, type ContactStyle } from './contacts.ts';
import { REGION_FORMS, type RegionForms } from './data/region-forms.ts';
import {
  BULLET_LEADS,
  IN_PASSING,
  MEETING_OPENERS,
  NEUTRAL_BULLETS,
  NEUTRAL_CLOSERS,
  NEUTRAL_HEADINGS,
  NEUTRAL_HEADLINES,
  NEUTRAL_SENTENCES,
  PLAIN_OPENERS,
  QUOTES,
  QUOTE_VERBS,
  TARGET_SENTENCES,
  TOPIC_TEXT,
  WEEKDAY_OPENERS,
} from './data/sentences.ts';
import {
  addDays,
  clockTime,
  DATE_STYLE_WEIGHTS,
  dayMonth,
  dottedDay,
  isoDay,
  monthNameDay,
  pickWorkingDay,
  weekdayEssive,
  type DateStyle,
  type Day,
} from './dates.ts';
import type { Rng } from './prng.ts';

export type MunicipalityTable = Readonly<Record<RegionName, readonly string[]>>;

/** What a correct ingest should find in the release: the generator's ground truth. */
export interface ContentTruth {
  region: RegionName | null;
  date: string | null;
  dateCertainty: 'exact' | 'inferred' | 'unknown';
  dateEvidence: string | null;
  dateStyle: DateStyle;
  topics: TopicName[];
  contactStyle: ContactStyle;
  contactCount: number;
}

export interface ReleaseContent {
  title: string;
  /** Dateline lines of the preamble (empty when the date is in the text or absent). */
  dateLines: string[];
  /** The release's own text blocks, contact block included. */
  blocks: string[];
  /** How many of `blocks` come before the contact block. */
  ownBlockCount: number;
  /** Municipalities of the release's region that its text and chrome may name. */
  municipalities: string[];
  truth: ContentTruth;
}

/** Share of releases that concern no single region (national announcements). */
const NO_REGION_RATE = 0.03;

/** Topic count: none, one, two, three or all four. */
const TOPIC_COUNT_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 25],
  [1, 40],
  [2, 25],
  [3, 8],
  [4, 2],
];

const NATIONAL_FORMS = { gen: 'maakunnan', loc: 'maakunnassa', nom: 'maakunta' } as const;

type Slots = Readonly<Record<string, string>>;

/** Fills {slot}s; an unknown slot is a bug in the tables, so it throws. Capitalises the result. */
export function fill(template: string, slots: Slots): string {
  const text = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`synth: no value for {${key}} in "${template}"`);
    return value;
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const needsRegion = (template: string): boolean => /\{(m1|m2|m3|other)\}/.test(template);

function regionFormsOf(name: RegionName): RegionForms {
  const forms = REGION_FORMS.find((f) => f.nom === name);
  if (!forms) throw new Error(`synth: no inflected forms for ${name}`);
  return forms;
}

/** A paragraph of min..max sentences from the pool, none repeated within the release (`used`). */
function paragraph(rng: Rng, pool: readonly string[], slots: Slots, min: number, max: number, used: Set<string>): string {
  const fresh = pool.filter((s) => !used.has(s));
  const chosen = rng.sample(fresh.length >= min ? fresh : pool, rng.int(min, max));
  for (const s of chosen) used.add(s);
  const picked = chosen.map((s) => fill(s, slots));
  // Scraped text sometimes carries a double space between sentences (seed 001).
  return picked.join(rng.chance(0.1) ? '  ' : ' ');
}

interface DatePlan {
  day: Day;
  style: DateStyle;
  dateLines: string[];
  opener: string;
  /** A later full date in the same year ("seuraava kokous pidetään 22.3.2018"), or null. */
  nextMeeting: Day | null;
  truth: Pick<ContentTruth, 'date' | 'dateCertainty' | 'dateEvidence' | 'dateStyle'>;
}

function planDate(rng: Rng, place: string | null): DatePlan {
  let style = rng.weighted(DATE_STYLE_WEIGHTS);
  if (style === 'place-dateline' && place === null) style = 'dotted-padded';
  const day = pickWorkingDay(rng, style === 'day-month-context' ? 40 : 0);
  const exact = (evidence: string): DatePlan['truth'] => ({
    date: isoDay(day),
    dateCertainty: 'exact',
    dateEvidence: evidence,
    dateStyle: style,
  });
  const dateline = (line: string): DatePlan => ({
    day,
    style,
    dateLines: [line],
    // A meeting a day or three before the release (seed 001: dated 23.02., met 22.2.).
    opener: rng.chance(0.4) ? rng.pick(MEETING_OPENERS).replace('{dm}', dayMonth(addDays(day, -rng.int(1, 3)))) : rng.pick(PLAIN_OPENERS),
    nextMeeting: rng.chance(0.3) ? addDays(day, rng.int(14, 40)) : null,
    truth: exact(line),
  });
  switch (style) {
    case 'dotted-padded':
      return dateline(dottedDay(day, true));
    case 'tiedote':
      return dateline(`TIEDOTE ${dottedDay(day)}`);
    case 'julkaistu':
      return dateline(`Julkaistu ${dottedDay(day)} klo ${clockTime(rng)}`);
    case 'month-name':
      return dateline(monthNameDay(day));
    case 'iso':
      return dateline(isoDay(day));
    case 'place-dateline':
      return dateline(`${place} ${dottedDay(day)}`);
    case 'weekday': {
      const evidence = `${weekdayEssive(day)} ${dayMonth(day)}`;
      return {
        day,
        style,
        dateLines: [],
        opener: rng.pick(WEEKDAY_OPENERS).replace('{weekday} {dm}', evidence),
        nextMeeting: null,
        truth: { date: isoDay(day), dateCertainty: 'inferred', dateEvidence: evidence, dateStyle: style },
      };
    }
    case 'day-month-context':
      return {
        day,
        style,
        dateLines: [],
        opener: rng.pick(MEETING_OPENERS).replace('{dm}', dayMonth(day)),
        // The year comes from this later date in the same year.
        nextMeeting: addDays(day, rng.int(14, 35)),
        truth: { date: isoDay(day), dateCertainty: 'inferred', dateEvidence: dayMonth(day), dateStyle: style },
      };
    case 'undated':
      return {
        day,
        style,
        dateLines: [],
        opener: rng.pick(PLAIN_OPENERS),
        nextMeeting: null,
        truth: { date: null, dateCertainty: 'unknown', dateEvidence: null, dateStyle: style },
      };
  }
}

/** Composes the content of one release from its own random stream. */
export function composeContent(rng: Rng, municipalities: MunicipalityTable): ReleaseContent {
  const region: RegionName | null = rng.chance(NO_REGION_RATE) ? null : rng.pick(REGIONS).name;
  const forms = region ? regionFormsOf(region) : NATIONAL_FORMS;
  const places = region ? rng.sample(municipalities[region], 3) : [];
  const other = region ? regionFormsOf(rng.pick(REGIONS.filter((r) => r.name !== region)).name).gen : '';
  const date = planDate(rng, places[0] ?? null);
  const y = date.day.y;
  const slots: Slots = {
    nom: forms.nom,
    gen: forms.gen,
    loc: forms.loc,
    m1: places[0] ?? '',
    m2: places[1] ?? places[0] ?? '',
    m3: places[2] ?? places[0] ?? '',
    other,
    y: String(y),
    yNext: String(y + 1),
    yPrev: String(y - 1),
    yPlanEnd: String(y + 4),
    n: String(rng.int(12, 90)),
    big: String(rng.int(15, 90) * 10),
    euro: `${rng.int(1, 4)},${rng.int(0, 9)}`,
  };
  const usable = (pool: readonly string[]): string[] => (region ? [...pool] : pool.filter((s) => !needsRegion(s)));

  const topics = rng.sample(TOPIC_NAMES, rng.weighted(TOPIC_COUNT_WEIGHTS));
  const first = topics[0];
  const title = fill(
    first && rng.chance(0.65) ? rng.pick(TOPIC_TEXT[first].headlines) : rng.pick(NEUTRAL_HEADLINES),
    slots,
  );

  const blocks: string[] = [];
  const used = new Set<string>();
  const leadPool = first ? TOPIC_TEXT[first].sentences : NEUTRAL_SENTENCES;
  blocks.push([fill(date.opener, slots), paragraph(rng, usable(leadPool), slots, 1, 2, used)].join(' '));
  for (const topic of topics) {
    const text = TOPIC_TEXT[topic];
    if (rng.chance(0.7)) blocks.push(fill(rng.pick(text.headings), slots));
    let section = paragraph(rng, usable(text.sentences), slots, 2, 4, used);
    // A tagged topic is really discussed: its own word appears ("järjestelmiä" alone is not ICT).
    // Chosen without drawing from rng, so releases that need no anchor stay as they were.
    const anchor = usable(text.sentences).find((s) => text.keyword.test(s) && !used.has(s));
    if (!text.keyword.test(section) && anchor) {
      used.add(anchor);
      section = `${section} ${fill(anchor, slots)}`;
    }
    blocks.push(section);
  }
  const neutralSections = topics.length === 0 ? rng.int(2, 3) : rng.int(0, 2);
  for (let i = 0; i < neutralSections; i++) {
    if (rng.chance(0.5)) blocks.push(fill(rng.pick(NEUTRAL_HEADINGS), slots));
    blocks.push(paragraph(rng, usable(NEUTRAL_SENTENCES), slots, 2, 4, used));
  }
  if (rng.chance(0.3)) {
    const speaker = person(rng);
    blocks.push(`”${rng.pick(QUOTES).replace(/\.$/, '')}”, ${rng.pick(QUOTE_VERBS)} ${speaker.role.toLowerCase()} ${speaker.first} ${speaker.last}.`);
  }
  if (rng.chance(0.2)) {
    const items = [...topics.flatMap((t) => TOPIC_TEXT[t].bullets), ...rng.sample(NEUTRAL_BULLETS, rng.int(1, 3))];
    blocks.push(rng.pick(BULLET_LEADS), items.map((item) => `  • ${item}`).join('\n'));
  }
  // The region must be named in the text (or be told by a municipality in it); else its truth is a guess.
  const named = [forms.nom, forms.gen, forms.loc, ...places].some((form) => [title, ...blocks].some((b) => b.includes(form)));
  if (region && !named) blocks[0] = `${blocks[0]} ${fill(PLAIN_OPENERS[2] as string, slots)}`;
  if (region && rng.chance(0.1)) blocks.push(fill(rng.pick(IN_PASSING), slots));
  if (rng.chance(0.15)) blocks.push(rng.pick(TARGET_SENTENCES));
  if (date.nextMeeting) blocks.push(`Johtoryhmän seuraava kokous pidetään ${dottedDay(date.nextMeeting)}.`);
  if (rng.chance(0.15)) blocks.push(...NEUTRAL_CLOSERS);
  // A block of only a no-break space, as scraped pages leave them (seeds 000, 003).
  if (rng.chance(0.2)) blocks.push('\u00a0');

  const contactStyle = rng.weighted(CONTACT_STYLE_WEIGHTS);
  const people = contactStyle === 'none' ? [] : Array.from({ length: rng.int(1, 3) }, () => person(rng));
  const regionSlug = REGIONS.find((r) => r.name === region)?.slug ?? 'sote-uudistus';
  const ownBlockCount = blocks.length;
  blocks.push(...contactBlocks(contactStyle, people, regionSlug, rng));

  return {
    title,
    dateLines: date.dateLines,
    blocks,
    ownBlockCount,
    municipalities: places,
    truth: {
      region,
      ...date.truth,
      topics: TOPIC_NAMES.filter((t) => topics.includes(t)),
      contactStyle,
      contactCount: people.length,
    },
  };
}
