// Every rule that reads release text runs in linear time: each is fed generated texts of n and 8n
// characters in every shape of long-inputs.ts (one line, no punctuation, many lines, thousands of
// dates, places and topic terms, one endless word, an endless contact block), and its CPU time may
// grow at most GROWTH_LIMIT times (linear ≈ 8x, quadratic ≈ 64x). A table row per rule file, and a
// check that no rule file is missing from the table. Then the whole command on a 2 MB single line.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/ingest-cli.ts';
import { renderBody } from '../../scripts/ingest/body.ts';
import { removeChrome } from '../../scripts/ingest/chrome.ts';
import { cleanSource } from '../../scripts/ingest/clean.ts';
import { extractContacts } from '../../scripts/ingest/contacts.ts';
import { leadDate } from '../../scripts/ingest/date-lead.ts';
import { findDateMentions, type DateMention } from '../../scripts/ingest/date-mentions.ts';
import { extractDate } from '../../scripts/ingest/date.ts';
import { isDateline, isUpdateStamp } from '../../scripts/ingest/dateline.ts';
import { labelBefore } from '../../scripts/ingest/dateline-parts.ts';
import { decodeSource } from '../../scripts/ingest/decode.ts';
import { decodeEntities } from '../../scripts/ingest/entities.ts';
import { explainSource } from '../../scripts/ingest/explain.ts';
import { fingerprint } from '../../scripts/ingest/fingerprint.ts';
import { knownNonReleaseFormat } from '../../scripts/ingest/format.ts';
import { rejoinHardWraps } from '../../scripts/ingest/hard-wrap.ts';
import { htmlEncoding } from '../../scripts/ingest/html/charset.ts';
import { cleanHtmlPage } from '../../scripts/ingest/html/clean-page.ts';
import { chooseHtmlDate } from '../../scripts/ingest/html/date-choice.ts';
import { readHtmlPage, type HtmlPage } from '../../scripts/ingest/html/page.ts';
import { detectLanguage } from '../../scripts/ingest/lang.ts';
import { leadIndices } from '../../scripts/ingest/lead.ts';
import { escapeMarkdownLine } from '../../scripts/ingest/markdown-escape.ts';
import { extractMentionedDates } from '../../scripts/ingest/mentioned-dates.ts';
import { findPlaceMentions } from '../../scripts/ingest/place-names.ts';
import { extractPlaces } from '../../scripts/ingest/places.ts';
import { scoreRegions } from '../../scripts/ingest/region.ts';
import { releaseFromSource, type Release } from '../../scripts/ingest/release.ts';
import { extractPlacement } from '../../scripts/ingest/scope.ts';
import { splitSentences } from '../../scripts/ingest/sentences.ts';
import { serializeRelease } from '../../scripts/ingest/serialize.ts';
import { releaseId, slugify } from '../../scripts/ingest/slug.ts';
import { addressFromText } from '../../scripts/ingest/source-url.ts';
import { summarize } from '../../scripts/ingest/summary.ts';
import { splitTitle } from '../../scripts/ingest/title.ts';
import { extractTopics } from '../../scripts/ingest/topics.ts';
import type { CleanedSource, DateFinding } from '../../scripts/ingest/types.ts';
import { normalizeWhitespace } from '../../scripts/ingest/whitespace.ts';
import { GROWTH_FACTOR, GROWTH_LIMIT, growthUnder } from '../support/growth.ts';
import { asHtmlPage, LONG_INPUT_SHAPES } from './support/long-inputs.ts';

const INGEST = resolve(import.meta.dirname, '../../scripts/ingest');
/** Characters of the smaller input; the larger has GROWTH_FACTOR times as many. */
const SMALL = 4_000;
const PUBLISHED: DateFinding = { date: '2018-03-12', dateCertainty: 'exact', dateEvidence: '12.3.2018' };

/** One generated text and everything a rule may take, worked out before any timing. */
interface Prepared {
  text: string;
  lines: string[];
  bytes: Uint8Array;
  source: CleanedSource;
  mentions: DateMention[];
  html: Uint8Array;
  page: HtmlPage;
  release: Release;
}

function prepare(text: string): Prepared {
  const bytes = new TextEncoder().encode(text);
  const html = new TextEncoder().encode(asHtmlPage(text));
  return {
    text,
    lines: text.split('\n'),
    bytes,
    source: cleanSource(text),
    mentions: findDateMentions(text),
    html,
    page: readHtmlPage('page.html', html),
    release: releaseFromSource('source.txt', bytes),
  };
}

interface RuleRow {
  /** The rule file, relative to scripts/ingest. */
  file: string;
  run: (input: Prepared) => unknown;
  /** Files whose rules only run inside this one's (the saved-page readers inside readHtmlPage). */
  covers?: string[];
}

const RULES: readonly RuleRow[] = [
  { file: 'entities.ts', run: (p) => decodeEntities(p.text) },
  { file: 'whitespace.ts', run: (p) => normalizeWhitespace(p.text) },
  { file: 'chrome.ts', run: (p) => removeChrome(p.text) },
  { file: 'hard-wrap.ts', run: (p) => rejoinHardWraps(p.text) },
  { file: 'title.ts', run: (p) => splitTitle(p.lines) },
  { file: 'clean.ts', run: (p) => cleanSource(p.text) },
  { file: 'decode.ts', run: (p) => decodeSource('source.txt', p.bytes) },
  { file: 'format.ts', run: (p) => knownNonReleaseFormat('source.txt', p.bytes) },
  { file: 'date-mentions.ts', run: (p) => findDateMentions(p.text) },
  { file: 'dateline.ts', run: (p) => p.lines.map((line) => isDateline(line) || isUpdateStamp(line)) },
  { file: 'dateline-parts.ts', run: (p) => p.mentions.map((m) => labelBefore(p.text, m.index)) },
  { file: 'date.ts', run: (p) => extractDate(p.source) },
  // No year for any day and month: every date of the lead is weighed.
  { file: 'date-lead.ts', run: (p) => leadDate(p.source, () => null) },
  { file: 'mentioned-dates.ts', run: (p) => extractMentionedDates(p.source, PUBLISHED) },
  { file: 'place-names.ts', run: (p) => findPlaceMentions(p.text) },
  { file: 'places.ts', run: (p) => extractPlaces(p.source) },
  { file: 'region.ts', run: (p) => scoreRegions(p.source) },
  { file: 'scope.ts', run: (p) => extractPlacement(p.source) },
  { file: 'topics.ts', run: (p) => extractTopics(p.source) },
  { file: 'lead.ts', run: (p) => leadIndices(p.source.paragraphs, 2) },
  { file: 'sentences.ts', run: (p) => splitSentences(p.text) },
  { file: 'summary.ts', run: (p) => summarize(p.source) },
  { file: 'contacts.ts', run: (p) => extractContacts(p.source) },
  { file: 'body.ts', run: (p) => renderBody(p.source) },
  { file: 'markdown-escape.ts', run: (p) => p.lines.map(escapeMarkdownLine) },
  { file: 'fingerprint.ts', run: (p) => fingerprint(p.source) },
  { file: 'lang.ts', run: (p) => detectLanguage(p.text) },
  { file: 'slug.ts', run: (p) => [slugify(p.text), releaseId(p.text, '2018-03-12', 'Pirkanmaa')] },
  { file: 'source-url.ts', run: (p) => addressFromText(p.text) },
  { file: 'serialize.ts', run: (p) => serializeRelease(p.release.frontMatter, p.release.body, 'release.md') },
  { file: 'release.ts', run: (p) => releaseFromSource('source.txt', p.bytes) },
  { file: 'explain.ts', run: (p) => explainSource('source.txt', p.bytes) },
  { file: 'html/charset.ts', run: (p) => htmlEncoding('page.html', p.html) },
  {
    file: 'html/page.ts',
    run: (p) => readHtmlPage('page.html', p.html),
    covers: ['html/dom.ts', 'html/headline.ts', 'html/main-content.ts', 'html/metadata.ts', 'html/published.ts', 'html/to-text.ts'],
  },
  { file: 'html/clean-page.ts', run: (p) => cleanHtmlPage(p.page) },
  { file: 'html/date-choice.ts', run: (p) => chooseHtmlDate(p.page.hints.published, extractDate(cleanHtmlPage(p.page))) },
];

/** Files under scripts/ingest that never read release text, and why. */
const NOT_TEXT_RULES: Record<string, string> = {
  'ingest-error.ts': 'an error class',
  'manifest.ts': 'the manifest (one line per source; its own tests)',
  'fingerprint-cache.ts': 'the fingerprint cache (one line per source; its own tests)',
  'plan.ts': 'decisions over hashes and names',
  'review.ts': 'review items from the findings',
  'types.ts': 'types only',
};

describe('linear time: every rule file, every long-input shape', () => {
  it('has a row for every rule file under scripts/ingest (data/ tables run inside the rules; io/ is file handling)', () => {
    const files = readdirSync(INGEST, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.startsWith('data/') && !f.startsWith('io/'))
      .map((f) => relative(INGEST, join(INGEST, f)));
    const listed = new Set([...RULES.flatMap((r) => [r.file, ...(r.covers ?? [])]), ...Object.keys(NOT_TEXT_RULES)]);
    expect(files.filter((f) => !listed.has(f)).sort()).toEqual([]);
    expect([...listed].filter((f) => !files.includes(f)).sort()).toEqual([]);
  });

  for (const shape of LONG_INPUT_SHAPES) {
    describe(shape.name, () => {
      const small = prepare(shape.text(SMALL));
      const large = prepare(shape.text(SMALL * GROWTH_FACTOR));
      it.each(RULES.map((rule) => [rule.file, rule] as const))('%s', (_file, rule) => {
        expect(growthUnder(GROWTH_LIMIT, rule.run, small, large)).toBeLessThan(GROWTH_LIMIT);
      });
    });
  }
});

describe('the whole command on a 2 MB source on one line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-long-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests it in seconds (it took minutes while rules were quadratic)', () => {
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    const text = LONG_INPUT_SHAPES[0]?.text(2_000_000) ?? '';
    writeFileSync(join(sources, 'long.txt'), text);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const start = performance.now();
    const code = main(['--sources', sources, '--out', join(dir, 'out')]);
    const seconds = (performance.now() - start) / 1000;
    vi.restoreAllMocks();
    expect(code).toBe(0);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.md'))).toHaveLength(1);
    expect(seconds).toBeLessThan(20);
  });
});

describe('the measure itself', () => {
  it('tells a square from a line, also when it measures again', () => {
    const line = (n: number) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += i;
      return sum;
    };
    const square = (n: number) => {
      let sum = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sum += j ^ i;
      return sum;
    };
    expect(growthUnder(GROWTH_LIMIT, square, 300, 300 * GROWTH_FACTOR)).toBeGreaterThanOrEqual(GROWTH_LIMIT);
    expect(growthUnder(GROWTH_LIMIT, line, 100_000, 100_000 * GROWTH_FACTOR)).toBeLessThan(GROWTH_LIMIT);
  });
});
