import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { htmlEncoding } from '../../../scripts/ingest/html/charset.ts';
import { readHtmlPage } from '../../../scripts/ingest/html/page.ts';
import { IngestError } from '../../../scripts/ingest/ingest-error.ts';

const page = (head: string, body = '<p>Päijät-Häme – 41 M€</p>') => `<!doctype html><html><head>${head}</head><body><h1>Otsikko</h1>${body}</body></html>`;
const bytes = (text: string, encoding = 'utf8') => new Uint8Array(iconv.encode(text, encoding));

describe('htmlEncoding', () => {
  it.each([
    ['UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(page(''))]), 'utf-8', 'UTF-8 byte order mark'],
    ['<meta charset>', bytes(page('<meta charset="windows-1252">'), 'windows-1252'), 'windows-1252', '<meta charset="windows-1252">'],
    ['http-equiv content type', bytes(page('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-15">'), 'iso-8859-15'), 'iso-8859-15', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">'],
    ['ISO-8859-1 label is read as Windows-1252, as browsers do', bytes(page("<meta charset='iso-8859-1'>"), 'windows-1252'), 'windows-1252', '<meta charset="iso-8859-1">'],
    ['nothing declared', bytes(page('')), null, 'no charset declared; guessed from the bytes'],
    ['a legacy label on bytes that are UTF-8 (a re-saved page)', bytes(page('<meta charset="windows-1252">')), 'utf-8', '<meta charset="windows-1252">, but the bytes are UTF-8'],
  ])('%s', (_name, input, encoding, evidence) => {
    expect(htmlEncoding('a.html', input)).toEqual({ encoding, evidence });
  });

  it('rejects a charset ingest cannot read, naming the file', () => {
    expect(() => htmlEncoding('a.html', bytes(page('<meta charset="shift_jis">')))).toThrowError(IngestError);
    expect(() => htmlEncoding('a.html', bytes(page('<meta charset="shift_jis">')))).toThrowError(/a\.html: undecodable: .*shift_jis/u);
  });
});

describe('readHtmlPage decodes by the declaration', () => {
  it.each([
    ['windows-1252', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'],
    ['iso-8859-15', '<meta charset="iso-8859-15">'],
  ])('%s page text keeps ä, – and €', (encoding, meta) => {
    const text = encoding === 'iso-8859-15' ? '<p>Päijät-Häme 41 M€</p>' : '<p>Päijät-Häme – 41 M€</p>';
    const read = readHtmlPage('a.htm', bytes(page(meta, text), encoding));
    expect(read.text).toBe(encoding === 'iso-8859-15' ? 'Päijät-Häme 41 M€' : 'Päijät-Häme – 41 M€');
  });
});
