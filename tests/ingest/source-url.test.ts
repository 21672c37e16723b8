import { describe, expect, it } from 'vitest';
import { addressFromText } from '../../scripts/ingest/source-url.ts';

describe('addressFromText: the scraped page’s own address', () => {
  it.each([
    ['a bare address on the first line', 'https://www.pirkanmaa2019.fi/uutiset/valtuusto-kokoontui/\nValtuusto kokoontui\n\nTeksti.', 'https://www.pirkanmaa2019.fi/uutiset/valtuusto-kokoontui/'],
    ['"Lähde:" on the last line', 'Otsikko\n\nTeksti.\n\nLähde: https://www.soite.fi/uutiset/123', 'https://www.soite.fi/uutiset/123'],
    ['"Lue koko uutinen:" at the end', 'Otsikko\n\nTeksti.\nLue koko uutinen: http://www.esavo2019.fi/artikkeli/5 ', 'http://www.esavo2019.fi/artikkeli/5'],
    ['"Läs hela nyheten:" in Swedish', 'Rubrik\n\nText.\n\nLäs hela nyheten: https://www.dittosterbotten.fi/nyheter/x', 'https://www.dittosterbotten.fi/nyheter/x'],
    ['a link in the middle of the text is not the page', 'Otsikko\n\nEka.\n\nToka.\n\nhttps://www.example.fi/liite\n\nKolmas.\n\nNeljäs.\n\nViides.', null],
    ['a labelled link that is not the page ("Lisätietoa hankkeesta:")', 'Otsikko\n\nTeksti.\n\nLisätietoa hankkeesta: https://www.example.fi/hanke', null],
    ['a site’s front page is where to read more, not this page', 'Otsikko\n\nTeksti.\n\nhttps://www.pirkanmaa2019.fi', null],
    ['javascript: is no address', 'javascript:alert(1)\nOtsikko\n\nTeksti.', null],
  ])('%s', (_name, text, url) => {
    expect(addressFromText(text).url).toBe(url);
  });
});
