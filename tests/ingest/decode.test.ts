import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../scripts/ingest/decode.ts';
import { IngestError } from '../../scripts/ingest/ingest-error.ts';

const TEXT = 'Päijät-Hämeessä VM:n rahaa on käytetty noin 1,9 M€ – Huldén sanoo ”hyvä”.\nToinen rivi';
const bytes = (...parts: (number[] | Buffer)[]) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));

describe('decodeSource: encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], Buffer.from(TEXT, 'utf8')), 'utf-8'],
    ['UTF-16 LE with BOM', bytes([0xff, 0xfe], iconv.encode(TEXT, 'utf16le')), 'utf-16le'],
    ['UTF-16 BE with BOM', bytes([0xfe, 0xff], iconv.encode(TEXT, 'utf16be')), 'utf-16be'],
  ])('%s', (_name, input, encoding) => {
    const decoded = decodeSource('a.txt', new Uint8Array(input));
    expect(decoded).toEqual({ text: TEXT, encoding });
  });

  it('Windows-1252 (– ” are bytes 0x96 0x94) is decoded and says so', () => {
    expect(decodeSource('a.txt', new Uint8Array(iconv.encode(TEXT, 'windows-1252')))).toEqual({
      text: TEXT,
      encoding: 'windows-1252',
      note: 'decoded as Windows-1252 (not valid UTF-8)',
    });
  });

  it('ISO-8859-15: € is 0xA4 and there are no C1 bytes', () => {
    const text = 'Hinta 41 M€, Päijät-Häme ja Šakki.';
    expect(decodeSource('a.txt', new Uint8Array(iconv.encode(text, 'iso-8859-15')))).toEqual({ text, encoding: 'iso-8859-15', note: 'decoded as ISO-8859-15 (not valid UTF-8)' });
  });

  it('UTF-8 with a stray Windows-1252 byte pasted in keeps its UTF-8 and repairs the stray byte', () => {
    const input = Buffer.concat([Buffer.from('Päijät-Häme ', 'utf8'), Buffer.from([0x96]), Buffer.from(' Huldén', 'utf8')]);
    expect(decodeSource('a.txt', new Uint8Array(input))).toEqual({ text: 'Päijät-Häme – Huldén', encoding: 'utf-8', note: 'decoded as UTF-8, with 1 stray byte read as Windows-1252' });
  });

  it('plain Latin-1 letters without telling bytes decode as Windows-1252 (identical there)', () => {
    const text = 'Päijät-Häme ja Kymenlaakso';
    expect(decodeSource('a.txt', new Uint8Array(iconv.encode(text, 'latin1'))).text).toBe(text);
  });

  it.each([
    ['CRLF', 'a\r\nb\r\n', 'a\nb\n'],
    ['CR', 'a\rb', 'a\nb'],
    ['mixed', 'a\r\nb\rc\n', 'a\nb\nc\n'],
  ])('%s line ends become LF', (_name, input, expected) => {
    expect(decodeSource('a.txt', new Uint8Array(Buffer.from(input))).text).toBe(expected);
  });
});

describe('decodeSource: rejects with a reason and the file name', () => {
  it.each([
    ['empty', new Uint8Array(), 'empty'],
    ['whitespace only', new Uint8Array(Buffer.from(' \n\t\r\n\u00a0\u200b', 'utf8')), 'empty'],
    ['BOM only', new Uint8Array([0xef, 0xbb, 0xbf]), 'empty'],
    ['NUL bytes', new Uint8Array([0x41, 0x42, 0x00, 0x00, 0x41]), 'binary'],
    ['UTF-16 without BOM (NULs)', new Uint8Array(iconv.encode('Teksti', 'utf16le')), 'binary'],
    ['control characters', new Uint8Array(Buffer.from('ab\x01\x02\x03\x04\x05cd')), 'binary'],
    ['PNG header', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'not a release'],
    ['odd-length UTF-16', new Uint8Array([0xff, 0xfe, 0x41]), 'undecodable'],
    ['bytes unassigned in every candidate encoding', new Uint8Array([0x41, 0x81, 0x8d, 0x42]), 'undecodable'],
  ])('%s', (_name, input, reason) => {
    let error: unknown;
    try {
      decodeSource('huono.txt', input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).reason).toBe(reason);
    expect((error as IngestError).file).toBe('huono.txt');
    expect((error as IngestError).message).toContain('huono.txt');
  });

  const legacy = (text: string) => iconv.encode(text, 'windows-1252');
  it.each<[string, Uint8Array, RegExp]>([
    ['a PDF', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'), /not a release: a PDF document/],
    ['a PDF after blank lines', Buffer.from('\r\n%PDF-1.7\n'), /a PDF document/],
    ['RTF', Buffer.from('{\\rtf1\\ansi Tiedote}'), /an RTF document/],
    ['a .docx (ZIP)', Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000'), /a ZIP archive/],
    ['an old .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), /an old Microsoft Office document/],
    ['JSON', Buffer.from('{"title": "Tiedote", "date": "2018-02-23"}'), /JSON data/],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x41]), /an image/],
    ['random high bytes', new Uint8Array([0x41, 0xde, 0xad, 0xbe, 0xef, 0xa1, 0xb3, 0x42, 0xc3, 0x28, 0xd7, 0xf7, 0xac, 0xae, 0xb1]), /undecodable: invalid UTF-8.*not a plausible/],
    ['UTF-8 broken all over', Buffer.concat([Buffer.from('Päijät-Häme ', 'utf8'), ...Array.from({ length: 12 }, () => Buffer.from([0xd7, 0x41]))]), /not a plausible mix/],
  ])('%s is rejected by name', (_name, input, message) => {
    expect(() => decodeSource('huono.txt', new Uint8Array(input))).toThrow(message);
  });

  it.each([
    ['desktop.ini', '[.ShellClassInfo]\r\nIconResource=C:\\x.dll\r\n'],
    ['tiedote.json', '"Tämä on teksti"'],
    ['tiedote.pdf', 'Ei PDF:n tavuja mutta PDF:n nimi'],
  ])('%s is rejected by its name', (name, text) => {
    expect(() => decodeSource(name, new Uint8Array(Buffer.from(text)))).toThrow(/not a release/);
  });

  it('a text that merely mentions JSON or starts with a brace is text', () => {
    expect(decodeSource('a.txt', new Uint8Array(Buffer.from('{Tiedote} Hallitus päätti asiasta.'))).text).toBe('{Tiedote} Hallitus päätti asiasta.');
  });

  it('Finnish legacy text is plausible even when dense in ä and ö', () => {
    expect(decodeSource('a.txt', new Uint8Array(legacy('Yhteistyö – päätös: Äänekoski, Övermark, Åland.'))).encoding).toBe('windows-1252');
  });

  it('a short legacy page whose breadcrumb separators are › (0x9B) and ‹ (0x8B) is plausible', () => {
    // Shape of saved regional pages: "Etusivu › Ajankohtaista › Tiedotteet" above a short text. Two
    // separators among fourteen letters were a fifth of the high bytes, and the file was rejected.
    const page = 'Etusivu › Uutiset › Tiedotteet\n\nHämeen työryhmä päätti, että säännöt käyvät läpi ‹ takaisin';
    const decoded = decodeSource('a.txt', new Uint8Array(legacy(page)));
    expect(decoded).toMatchObject({ text: page, encoding: 'windows-1252' });
  });

  it('bidi controls and noncharacters are dropped; vertical tab and form feed end a line', () => {
    expect(decodeSource('a.txt', new Uint8Array(Buffer.from('Otsikko \u202eevil\u202c ja \u2066x\u2069\ufffe\uffff\vRivi\fSivu'))).text).toBe('Otsikko evil ja x\nRivi\nSivu');
  });

  it('a single stray control character (a scraped ^Z) is dropped, not fatal', () => {
    expect(decodeSource('a.txt', new Uint8Array(Buffer.from('Teksti on tässä.\x1a'))).text).toBe('Teksti on tässä.');
  });
});
