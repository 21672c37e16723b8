// The index terms kept across builds (term-cache.ts): the search data made from kept terms is the
// search data made from scratch, also when the archive's vocabulary changed under them; a cache of
// other code or morphology, or a damaged one, is ignored.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outDirOfStaging } from '../../scripts/lib/atomic-dir.ts';
import { splitWords } from '../../scripts/search/engine.ts';
import { createHeuristicMorphology } from '../../scripts/search/heuristic-forms.ts';
import { createTermExpander } from '../../scripts/search/index-terms.ts';
import { expandRelease } from '../../scripts/search/release-terms.ts';
import type { SearchableRelease } from '../../scripts/search/searchable-release.ts';
import { buildSearchData, type SiteSearch } from '../../scripts/search/site-search.ts';
import { staleTest } from '../../scripts/search/stale-terms.ts';
import {
  loadTerms,
  parseTermCache,
  readTermCache,
  storeTerms,
  tableIndex,
  termCacheBytes,
  termCachePath,
  type TermCache,
} from '../../scripts/search/term-cache.ts';

const release = (id: string, title: string, text: string, extra: Partial<SearchableRelease> = {}): SearchableRelease => ({
  id,
  title,
  date: '2018-04-20',
  region: 'Lappi',
  topics: ['ICT'],
  text,
  ...extra,
});

const ARCHIVE = [
  release('a', 'Maakunta- ja sote-uudistus etenee', 'Kasvupalvelupilotit alkavat. Zorblaxquintevar on uusi sana.\n\nToinen kappale.'),
  release('b', 'Pirkanmaalla valmistellaan', 'Henkilökohtaisen budjetin kokeilu, TE-toimisto ja sosiaali- ja terveyspalvelut.'),
  release('c', 'Landskapsreformen', 'Landskaps- och vårdreformen framskrider i Österbotten.', { lang: 'sv', lead: 'Reformen framskrider.' }),
];

const files = (search: SiteSearch): string[] => [
  search.indexScript,
  ...search.shardScripts,
  ...search.positionShardScripts,
  ...search.keyShardScripts,
  ...search.chunkScripts,
  ...search.titleScripts,
];

/** The cache as the next build reads it: written and read back. */
const roundTrip = (cache: TermCache): TermCache => parseTermCache(termCacheBytes('k', cache), 'k')!;

describe('kept terms give the same search data as expanding every release', () => {
  const cold = buildSearchData(ARCHIVE);
  const kept = roundTrip(cold.terms.cache);

  it('nothing changed: every release kept, same bytes', () => {
    const warm = buildSearchData(ARCHIVE, kept);
    expect(warm.terms).toMatchObject({ kept: 3, expanded: 0 });
    expect(files(warm)).toEqual(files(cold));
  });

  it('one body edited with words the archive has: only that release expanded, same bytes as from scratch', () => {
    const edited = ARCHIVE.map((r) => (r.id === 'b' ? { ...r, text: `${r.text}\n\nToinen kappale, Pirkanmaalla.` } : r));
    const warm = buildSearchData(edited, kept);
    expect(warm.terms).toMatchObject({ kept: 2, expanded: 1 });
    expect(files(warm)).toEqual(files(buildSearchData(edited)));
  });

  it('a new word whose stem is the stem of a tail in another release ("pilotista": "pilot" of "…pilotit")', () => {
    const edited = ARCHIVE.map((r) => (r.id === 'b' ? { ...r, text: `${r.text}\n\nLisätty kappale pilotista.` } : r));
    const warm = buildSearchData(edited, kept);
    expect(warm.terms).toMatchObject({ kept: 1, expanded: 2 });
    expect(files(warm)).toEqual(files(buildSearchData(edited)));
  });

  it('a new word of the archive that is part of another release\'s compound: that release is expanded again', () => {
    // "zorblax" becomes a word of the archive, so the fallback now splits "zorblaxquintevar" in a.
    const edited = ARCHIVE.map((r) => (r.id === 'b' ? { ...r, text: `${r.text} Zorblax sanoo niin.` } : r));
    const warm = buildSearchData(edited, kept);
    expect(warm.terms).toMatchObject({ kept: 1, expanded: 2 });
    const fresh = buildSearchData(edited);
    expect(files(warm)).toEqual(files(fresh));
    // The check mattered: the kept terms of a were no longer right.
    expect(files(buildSearchData(ARCHIVE))).not.toEqual(files(fresh));
  });

  it('a removed release leaves the cache, an added one is expanded', () => {
    const changed = [...ARCHIVE.slice(1), release('d', 'Uusi tiedote', 'Aivan uusi teksti.')];
    const warm = buildSearchData(changed, kept);
    expect(warm.terms.cache.entries.size).toBe(3);
    expect(files(warm)).toEqual(files(buildSearchData(changed)));
  });
});

describe('stored terms', () => {
  it('load back as they were expanded', () => {
    const expander = createTermExpander(createHeuristicMorphology(['kasvupalvelu', 'pilotit']));
    const terms = { terms: [] as string[], words: [] as string[] };
    for (const r of ARCHIVE) {
      const made = expandRelease(expander, r);
      expect(loadTerms(storeTerms(made, tableIndex(terms.terms), tableIndex(terms.words)), terms)).toEqual(made);
    }
  });
});

describe('a cache that cannot be trusted is ignored', () => {
  const cache = buildSearchData(ARCHIVE).terms.cache;
  const bytes = termCacheBytes('code-1', cache);
  const dir = mkdtempSync(path.join(tmpdir(), 'term-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('read under the key it was made with', () => {
    expect(parseTermCache(bytes, 'code-1')?.entries.size).toBe(3);
  });
  it('another code digest or morphology (another key)', () => {
    expect(parseTermCache(bytes, 'code-2')).toBeNull();
  });
  it.each([
    ['truncated', bytes.subarray(0, bytes.length >> 1)],
    ['empty', new Uint8Array()],
    ['JSON', new TextEncoder().encode('{"format":2}')],
    ['bytes flipped', bytes.map((b, n) => (n > 40 && n % 7 === 0 ? b ^ 0xff : b))],
  ])('damaged: %s', (_, damaged) => {
    expect(parseTermCache(damaged, 'code-1')).toBeNull();
  });
  it('an entry numbering a term the table lacks', () => {
    const bad: TermCache = { ...cache, terms: cache.terms.slice(0, 1) };
    expect(parseTermCache(termCacheBytes('code-1', bad), 'code-1')).toBeNull();
  });
  it('a missing or unreadable file', async () => {
    expect(await readTermCache(path.join(dir, 'missing.bin'), 'code-1')).toBeNull();
    writeFileSync(path.join(dir, 'garbage.bin'), 'not a cache');
    expect(await readTermCache(path.join(dir, 'garbage.bin'), 'code-1')).toBeNull();
    expect(await readTermCache(dir, 'code-1')).toBeNull();
  });
});

describe('staleTest: which kept words a vocabulary change can touch', () => {
  const words = ['zorblaxquintevar', 'kasvupalvelupilotit', 'lappi', 'maakunnat'];
  const previous = ['kasvupalvelu', 'lappi', 'maakunnat'];
  it.each([
    ['no change', previous, [0, 1, 2, 3], false],
    ['a new word inside a kept word', [...previous, 'zorblax'], [0], true],
    ['a new word, not inside this entry\'s words', [...previous, 'zorblax'], [1, 2, 3], false],
    ['a word gone from the archive', ['lappi', 'maakunnat'], [1], true],
    ['a new short word is never a compound part', [...previous, 'ja'], [0, 1, 2, 3], false],
    ['a new tail stem ("quintevarin" → stem of the tail of zorblaxquintevar)', [...previous, 'quintevarin'], [0], true],
  ] as const)('%s', (_, current, entryWords, stale) => {
    expect(staleTest(previous, new Set(current), words)(Int32Array.from(entryWords))).toBe(stale);
  });
});

describe('staleTest agrees with the fallback: a word it passes reads the same under the new vocabulary', () => {
  const dir = path.join(import.meta.dirname, '../fixtures/site-releases');
  const words = [...new Set(readdirSync(dir).flatMap((name) => splitWords(readFileSync(path.join(dir, name), 'utf8').toLowerCase())))];
  const added = ['valmistelu', 'palvelu', 'pilotista', 'toimesta', 'kasvu', 'ryhmän', 'uudistuksen', 'kokous', 'maakunnan', 'zorblax'];
  it.each(added.map((word) => [word]))('vocabulary ± "%s"', (word) => {
    const without = words.filter((w) => w !== word);
    const withIt = [...without, word];
    for (const [before, after] of [[without, withIt], [withIt, without]] as const) {
      const test = staleTest(before, new Set(after), words);
      const read = [createHeuristicMorphology(before), createHeuristicMorphology(after)];
      const changed = words.filter((w, n) => JSON.stringify(read[0]!(w)) !== JSON.stringify(read[1]!(w)) && !test([n]));
      expect(changed).toEqual([]);
    }
  });
});

describe('where the cache lives', () => {
  it('beside the out folder, never in it', () => {
    expect(termCachePath('/x/dist')).toBe('/x/.dist-search-cache.bin');
    expect(outDirOfStaging('/x/.dist.building-1234')).toBe('/x/dist');
    expect(outDirOfStaging('/x/.my.site.building-7')).toBe('/x/my.site');
    expect(outDirOfStaging('/x/dist')).toBeNull();
  });
});
