import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../scripts/site/csv.ts';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['Päijät-Häme', 'Päijät-Häme'],
    ['a, b', '"a, b"'],
    ['sanoo "muutosjohtaja"', '"sanoo ""muutosjohtaja"""'],
    ['rivi 1\nrivi 2', '"rivi 1\nrivi 2"'],
    ['cr\r', '"cr\r"'],
    [' alkuvälilyönti', '" alkuvälilyönti"'],
    ['', ''],
    [null, ''],
    [2019, '2019'],
  ])('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header, CRLF between records and after the last', () => {
    expect(toCsv(['id', 'title'], [['a', 'Otsikko, jossa pilkku'], ['b', null]])).toBe(
      'id,title\r\na,"Otsikko, jossa pilkku"\r\nb,\r\n',
    );
  });

  it('round-trips through a strict parser', () => {
    const rows = [['x', 'a "b", c\nd']];
    const text = toCsv(['id', 'v'], rows);
    expect(parseCsv(text)).toEqual([['id', 'v'], ...rows]);
  });
});

/** A small RFC 4180 parser for the round trip. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  return records;
}
