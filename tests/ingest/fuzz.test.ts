// Fuzz (issue 9): random bytes, random long lines and random Unicode — C0 and C1 controls, controls
// written as entities, bidi controls, lone surrogates, byte-order marks — through the whole ingest.
// Whatever comes in: no crash (a rejection naming the file is fine), every release written parses
// with our front-matter reader and passes the schema, no control or bidi character reaches its
// front matter, and the Atom feeds and sitemap built from such releases are well-formed XML to a
// strict parser (saxes checks XML 1.0's characters too). Seeded: FUZZ_SEED=… reproduces a run.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { Environment, FileSystemLoader } from 'nunjucks';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/ingest-cli.ts';
import { IngestError } from '../../scripts/ingest/ingest-error.ts';
import { releaseFromSource } from '../../scripts/ingest/release.ts';
import { serializeRelease } from '../../scripts/ingest/serialize.ts';
import { readFrontMatter } from '../../scripts/lib/front-matter.ts';
import { releaseFileProblems } from '../../scripts/lib/release-file.ts';
import { hasUnsafeCharacter } from '../../scripts/lib/unsafe-characters.ts';
import { buildArchive } from '../../scripts/site/archive.ts';
import { buildFeeds } from '../../scripts/site/feeds.ts';
import siteFilters from '../../scripts/site/filters.ts';
import { parseReleaseFile } from '../../scripts/site/load-releases.ts';
import { sitemapXml } from '../../scripts/site/sitemap.ts';
import type { ReleaseFile } from '../../scripts/site/types.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
const SITE_URL = 'https://arkisto.example.fi/';

/** Pieces of hostile text: controls raw and as entities, bidi, surrogates, BOMs, markup, YAML. */
const HOSTILE = [
  '\u0000', '\u0001', '\u0007', '\u000b', '\u000c', '\u001b[2J', '\u001b]0;x\u0007', '\r', '\t', '\u007f', '\u0085', '\u009b',
  '&#1;', '&#x1b;', '&#xFFFE;', '&#0;', '&#x202E;', '&#8238;', '&#xD800;', '&#1114112;', '&amp;#1;',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u061c',
  '\ud800', '\udfff', '\udbff\udfff', '\ufeff', '\ufffe', '\uffff', '\u2028', '\u2029',
  '<script>alert(1)</script>', ']]>', '<![CDATA[', '---', '...', 'key: value', '&', '<', '"', "'", '{{ x }}', '{% raw %}',
];
/** Pieces of release text, so some inputs get far into the rules (dates, places, topics, contacts). */
const RELEASE_WORDS = [
  'Maakuntauudistus etenee', 'Julkaistu 12.3.2018 klo 14.22', 'Oulussa', 'Pirkanmaan', 'valinnanvapaus', 'sote-keskus',
  'Lisätietoja:', 'Matti Meikäläinen, puh. 040 123 4567', 'tiistaina 6.3.2018', '3.4.', 'hallitus', 'ICT', 'Österbotten',
  '13 mars 2018', 'https://example.fi/a', '\n', '\n\n', ' ', '. ',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.constantFrom(...RELEASE_WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  // Any UTF-16 code unit, lone surrogates included.
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }) },
);
const text = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(''));
/** One very long line: a piece repeated, with other pieces between. */
const longLine = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.integer({ min: 200, max: 4000 }))
  .map(([pieces, times]) => `Otsikko\n\n${Array.from({ length: times }, (_, i) => pieces[i % pieces.length]).join(' ').replace(/\n/gu, ' ')}`);

/** Text as bytes in the ways sources come: UTF-8 with or without a BOM, UTF-16 with a BOM (keeps lone surrogates), Latin-1. */
const encoded = fc.tuple(fc.oneof(text, longLine), fc.constantFrom('utf8', 'utf8-bom', 'utf16le-bom', 'latin1')).map(([value, encoding]) => {
  if (encoding === 'utf8-bom') return new Uint8Array(Buffer.from(`\ufeff${value}`, 'utf8'));
  if (encoding === 'utf16le-bom') return new Uint8Array(Buffer.from(`\ufeff${value}`, 'utf16le'));
  return new Uint8Array(Buffer.from(value, encoding === 'latin1' ? 'latin1' : 'utf8'));
});
const source = fc.oneof({ weight: 4, arbitrary: encoded }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3000 }) });
const fileName = fc.constantFrom('tiedote.txt', 'sivu.html', 'vanha.htm', 'muistio.md', 'x.txt');

/** Every string inside a parsed YAML value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)]);
  return [];
}

/** A release file's text checked as the site and ingest read it; its front matter holds no unsafe character. */
function checkReleaseFile(text: string, name: string): ReleaseFile {
  expect(releaseFileProblems(text, name)).toEqual([]);
  for (const value of stringsIn(readFrontMatter(text, name).data)) {
    expect(hasUnsafeCharacter(value), JSON.stringify(value)).toBe(false);
    expect(value, 'a lone surrogate').not.toMatch(/\p{Cs}/u);
  }
  return parseReleaseFile(text, name);
}

/** The release file ingest would write for these bytes, or null when it rejects them (with a reason). */
function ingestOne(file: string, bytes: Uint8Array): ReleaseFile | null {
  let release;
  try {
    release = releaseFromSource(file, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).detail).toMatch(/\S/u);
    return null;
  }
  const name = `${release.id}.md`;
  return checkReleaseFile(serializeRelease(release.frontMatter, release.body, name), name);
}

/** Throws unless `xml` is well-formed XML 1.0 (characters included). */
function parseXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

const feedTemplate = (() => {
  const env = new Environment(new FileSystemLoader(resolve(import.meta.dirname, '../../layouts')), { autoescape: true });
  siteFilters(env, SITE_URL);
  return env;
})();

function checkSiteXml(files: ReleaseFile[]): void {
  // Ids must be unique across one archive, as ingest makes them.
  const unique = [...new Map(files.map((f) => [f.id, f])).values()];
  const archive = buildArchive(unique);
  for (const feed of buildFeeds(archive.releases, archive.areas, archive.topics)) {
    parseXml(feedTemplate.render('pages/feed.njk', { feed, page: { url: feed.path }, site: { name: 'Uudistusarkisto' } }));
  }
  parseXml(sitemapXml(archive, SITE_URL));
}

describe('fuzz: hostile sources through the whole ingest', () => {
  it('the pure pipeline: no crash, valid and safe front matter, well-formed feeds and sitemap', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fileName, source), { minLength: 1, maxLength: 4 }), (inputs) => {
        const files = inputs.map(([file, bytes]) => ingestOne(file, bytes)).filter((f): f is ReleaseFile => f !== null);
        checkSiteXml(files);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('the strict XML check is real: a control character in a title breaks the feed', () => {
    const file = ingestOne('tiedote.txt', new TextEncoder().encode('Otsikko\n\nJulkaistu 12.3.2018. Teksti on tässä.'));
    expect(file).not.toBeNull();
    const broken = { ...(file as ReleaseFile), frontMatter: { ...(file as ReleaseFile).frontMatter, title: 'Otsikko\u0001' } };
    expect(() => checkSiteXml([broken])).toThrow(/character/iu);
  });

  const dir = mkdtempSync(join(tmpdir(), 'ingest-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the command on a folder of them: exit 0 or 1, every written release valid and safe, output lines free of controls', () => {
    let run = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fileName, source), { minLength: 1, maxLength: 6 }), (inputs) => {
        const sources = join(dir, `sources-${run}`);
        const out = join(dir, `out-${run}`);
        run++;
        mkdirSync(sources);
        inputs.forEach(([file, bytes], i) => writeFileSync(join(sources, `${i}-${file}`), bytes));
        let printed = '';
        const capture = (chunk: unknown) => {
          printed += String(chunk);
          return true;
        };
        vi.spyOn(process.stdout, 'write').mockImplementation(capture);
        vi.spyOn(process.stderr, 'write').mockImplementation(capture);
        let code: number;
        try {
          code = main(['--sources', sources, '--out', out]);
        } finally {
          vi.restoreAllMocks();
        }
        expect([0, 1]).toContain(code);
        // eslint-disable-next-line no-control-regex -- what a printed line must not carry
        expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
        const written = readdirSync(out).filter((name) => name.endsWith('.md'));
        const files = written.map((name) => checkReleaseFile(readFileSync(join(out, name), 'utf8'), name));
        checkSiteXml(files);
      }),
      { seed: SEED, numRuns: 15 },
    );
  });
});
