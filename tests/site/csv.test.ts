import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../scripts/site/csv.ts';

describe('csvField (RFC 4180, every field quoted)', () => {
  it.each([
    ['plain', '"plain"'],
    ['Päijät-Häme', '"Päijät-Häme"'],
    ['a, b', '"a, b"'],
    ['sanoo "muutosjohtaja"', '"sanoo ""muutosjohtaja"""'],
    ['rivi 1\nrivi 2', '"rivi 1\nrivi 2"'],
    [' alkuvälilyönti', '" alkuvälilyönti"'],
    ['', '""'],
    [null, '""'],
    [2019, '"2019"'],
  ])('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://x","klikkaa")', `"'=HYPERLINK(""http://x"",""klikkaa"")"`],
    ['+358 40 123', `"'+358 40 123"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['a=1', '"a=1"'],
  ])('neutralises a formula start: %j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header, CRLF between records and after the last', () => {
    expect(toCsv(['id', 'title'], [['a', 'Otsikko, jossa pilkku'], ['b', null]])).toBe(
      '"id","title"\r\n"a","Otsikko, jossa pilkku"\r\n"b",""\r\n',
    );
  });

  it('round-trips through csv-parse with strict options', () => {
    const rows = [['x', 'a "b", c\nd'], ['y', 'Päijät-Häme; ”lainaus”']];
    const text = toCsv(['id', 'v'], rows);
    const parsed = parse(text, { bom: false, relax_quotes: false, relax_column_count: false, skip_empty_lines: false, record_delimiter: '\r\n' });
    expect(parsed).toEqual([['id', 'v'], ...rows]);
  });
});
