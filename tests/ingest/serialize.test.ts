import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parseReleaseFrontMatter, type ReleaseFrontMatter } from '../../scripts/lib/release-schema.ts';
import { serializeRelease } from '../../scripts/ingest/serialize.ts';

const FRONT: ReleaseFrontMatter = {
  title: 'Pirkanmaa valmistelee hakemusta: "pilotti" # ei kommentti',
  date: '2017-07-03',
  dateCertainty: 'inferred',
  dateEvidence: 'maanantaina 3.7.',
  scope: 'regional',
  region: 'Pirkanmaa',
  lang: 'fi',
  topics: ['henkilökohtainen budjetti'],
  summary: '---\n{{ eleventy.version }} on: yes',
  contacts: [{ name: 'Roope Lehto', role: 'Ohjausryhmän puheenjohtaja', phone: '040 591 5660', email: null }],
  places: ['Tampere'],
  mentionedDates: [{ date: '2017-09-29', text: 'ennen toisen hakuajan päättymistä 29.9.2017' }],
  source: { file: '003_f60aae9a8104c5dd.txt', sha256: 'a'.repeat(64), url: null },
  duplicateOf: null,
  review: [],
};

describe('serializeRelease', () => {
  const text = serializeRelease(FRONT, 'Teksti.\n', 'x.md');

  it('round-trips through gray-matter (YAML 1.1) with dates still strings', () => {
    const parsed = matter(text, {});
    expect(parsed.data.date).toBe('2017-07-03');
    expect(parsed.data.mentionedDates[0].date).toBe('2017-09-29');
    expect(parseReleaseFrontMatter(parsed.data, 'x.md')).toEqual(FRONT);
    expect(parsed.content.trim()).toBe('Teksti.');
  });

  it('quotes dates so YAML 1.1 readers keep them strings', () => {
    expect(text).toContain('date: "2017-07-03"');
  });

  it('writes keys in a fixed order whatever order they came in', () => {
    const shuffled = Object.fromEntries(Object.entries(FRONT).reverse()) as ReleaseFrontMatter;
    expect(serializeRelease(shuffled, 'Teksti.\n', 'x.md')).toBe(text);
    const keys = [...text.matchAll(/^(\w+):/gm)].map((m) => m[1]);
    expect(keys).toEqual(['title', 'date', 'dateCertainty', 'dateEvidence', 'scope', 'region', 'topics', 'lang', 'summary', 'contacts', 'places', 'mentionedDates', 'source', 'duplicateOf', 'review']);
  });

  it('refuses front matter the schema rejects, naming the file', () => {
    expect(() => serializeRelease({ ...FRONT, region: 'Atlantis' as never }, '', 'bad.md')).toThrow(/bad\.md/);
    expect(() => serializeRelease({ ...FRONT, date: null }, '', 'bad.md')).toThrow(/dateCertainty/);
  });

  it('ends the file with exactly one newline', () => {
    expect(serializeRelease(FRONT, 'Teksti.\n\n\n', 'x.md').endsWith('Teksti.\n')).toBe(true);
  });
});
