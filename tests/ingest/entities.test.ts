import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../scripts/ingest/entities.ts';

describe('decodeEntities', () => {
  it.each([
    ['I&amp;O-kärkihanke', 'I&O-kärkihanke'],
    ['p. 040&nbsp;743 6356', 'p. 040\u00a0743 6356'],
    ['P&auml;ij&auml;t-H&auml;me', 'Päijät-Häme'],
    ['Huld&eacute;n &ndash; &rdquo;hyv&auml;&rdquo;', 'Huldén – ”hyvä”'],
    ['&#228; &#xE4; &#X00E4;', 'ä ä ä'],
    ['&lt;script&gt;', '<script>'],
    ['1,9 M&euro;', '1,9 M€'],
    ['&unknown; &amp &#0; &#xD800; &#99999999;', '&unknown; &amp &#0; &#xD800; &#99999999;'],
    ['I&O ja AT&T', 'I&O ja AT&T'],
    // Controls, noncharacters and bidi controls written as entities go; tab and newline stay.
    ['a&#1;b&#x1b;c&#127;d&#x85;e', 'abcde'],
    ['a&#xFFFE;b&#xffff;c&#x202E;d&#8294;e', 'abcde'],
    ['a&#9;b&#10;c', 'a\tb\nc'],
  ])('%s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
