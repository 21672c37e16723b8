import { describe, expect, it } from 'vitest';
import { parseReleaseFrontMatter } from '../../scripts/lib/release-schema.ts';

const valid = {
  title: 'Keski-Suomen tulevan maakunnan palvelutuotannon suunnittelu käynnistynyt',
  date: '2018-02-23',
  dateCertainty: 'exact',
  dateEvidence: '23.02.2018',
  region: 'Keski-Suomi',
  topics: ['ICT'],
  summary: 'Keski-Suomen maakunta- ja sote-uudistuksen oman palvelutuotannon suunnittelu on käynnistynyt.',
  contacts: [{ name: 'Tapani Mattila', role: 'muutosjohtaja', phone: '040 595 00 11', email: null }],
  places: [],
  mentionedDates: [{ date: '2020-01-01', text: 'ICT-kokonaisuus ei tule olemaan valmis 1.1.2020' }],
  source: { file: '002_43d5f8a64c145cb1.txt', sha256: 'a'.repeat(64) },
  duplicateOf: null,
};

describe('release front matter schema', () => {
  it('accepts a complete release written before scope, lang, source.url and review existed', () => {
    expect(parseReleaseFrontMatter(valid, 'x.md')).toEqual({
      ...valid,
      scope: null,
      lang: 'fi',
      source: { ...valid.source, url: null },
      review: [],
    });
  });

  it('keeps scope, lang, source.url, review and retired when given', () => {
    const full = {
      ...valid,
      scope: 'regional',
      lang: 'sv',
      source: { ...valid.source, url: 'https://example.fi/uutiset/1' },
      review: [{ field: 'date', reason: 'no publication label' }],
      retired: true,
    };
    expect(parseReleaseFrontMatter(full, 'x.md')).toEqual(full);
  });

  it.each([
    [{ scope: 'national' }, /region: a national release has no region/],
    [{ scope: 'local' }, /scope/],
    [{ lang: 'en' }, /lang/],
    [{ source: { ...valid.source, url: 'javascript:alert(1)' } }, /source\.url: expected an http\(s\) address/],
    [{ review: [{ field: 'body', reason: 'x' }] }, /review\.0\.field/],
  ])('rejects %o', (patch, message) => {
    expect(() => parseReleaseFrontMatter({ ...valid, ...patch }, 'x.md')).toThrow(message);
  });

  it.each(['2016-02-29', '2019-12-31', '2015-01-01'])('accepts the calendar day %s', (date) => {
    expect(parseReleaseFrontMatter({ ...valid, date }, 'x.md').date).toBe(date);
  });

  it('refuses a Date object (front matter is read so that dates stay strings; see front-matter.ts)', () => {
    expect(() => parseReleaseFrontMatter({ ...valid, date: new Date('2018-02-23T00:00:00Z') }, 'x.md')).toThrow(/date: .*expected string/);
  });

  it.each([
    ['an inflected region', { region: 'Pirkanmaalla' }, /region/],
    ['an unknown topic', { topics: ['sote'] }, /topics/],
    ['a date that is no calendar day', { date: '2018-02-30' }, /not a calendar date/],
    ['a 29 February outside a leap year', { date: '2018-02-29' }, /not a calendar date/],
    ['a thirteenth month', { date: '2018-13-01' }, /not a calendar date/],
    ['a date without certainty', { date: null }, /dateCertainty/],
    ['certainty without a date', { dateCertainty: 'unknown' }, /dateCertainty/],
    ['a misspelt key', { regoin: 'Lappi' }, /regoin/],
    ['a short hash', { source: { file: 'a.txt', sha256: 'abc' } }, /source\.sha256/],
  ])('rejects %s, naming the file and the field', (_label, patch, field) => {
    expect(() => parseReleaseFrontMatter({ ...valid, ...patch }, 'content/releases/x.md')).toThrow(
      field,
    );
    expect(() => parseReleaseFrontMatter({ ...valid, ...patch }, 'content/releases/x.md')).toThrow(
      /content\/releases\/x\.md/,
    );
  });

  it.each([
    ['a C0 control in the title', { title: 'Otsikko\u0001' }, 'title'],
    ['an escape sequence in the title', { title: 'Otsikko\u001b[2J' }, 'title'],
    ['a line break in the title', { title: 'Otsikko\nToinen' }, 'title'],
    ['a tab in the title', { title: 'Otsikko\tx' }, 'title'],
    ['DEL in the summary', { summary: 'a\u007fb' }, 'summary'],
    ['a C1 control in the summary', { summary: 'a\u0085b' }, 'summary'],
    ['U+FFFE in the evidence', { dateEvidence: '23.02.2018\ufffe' }, 'dateEvidence'],
    ['U+FFFF in a place', { places: ['Oulu\uffff'] }, 'places.0'],
    ['a right-to-left override in the title', { title: 'Otsikko \u202eatsiv' }, 'title'],
    ['a first-strong isolate in a contact', { contacts: [{ name: 'Tapani\u2068 Mattila', role: null, phone: null, email: null }] }, 'contacts.0.name'],
    ['a control in the source file name', { source: { file: 'a\u001b.txt', sha256: 'a'.repeat(64) } }, 'source.file'],
    ['a control in a mentioned date', { mentionedDates: [{ date: '2020-01-01', text: 'x\u0007' }] }, 'mentionedDates.0.text'],
  ])('refuses %s', (_name, change, field) => {
    expect(() => parseReleaseFrontMatter({ ...valid, ...change }, 'x.md')).toThrow(new RegExp(`\\n  ${field.replace('.', '\\.')}: contains a control character`));
  });

  it('allows tab and newline where text may span lines', () => {
    expect(parseReleaseFrontMatter({ ...valid, summary: 'a\tb\nc' }, 'x.md').summary).toBe('a\tb\nc');
  });
});
