import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../scripts/ingest/html/dom.ts';
import { pageText } from '../../../scripts/ingest/html/to-text.ts';

const text = (html: string) => {
  const document = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
  return pageText(document.body, document.querySelector('h1'));
};

describe('pageText', () => {
  it.each([
    ['paragraphs as blocks, inline markup as text', '<p>Eka <b>kappale</b> ja <a href="https://x.fi">linkki</a>.</p><p>Toka.</p>', 'Eka kappale ja linkki.\n\nToka.'],
    ['<br> as a line break inside the block', '<p><strong>Lisätietoja:</strong><br>Anna Esimerkki, puh. 040 1</p>', 'Lisätietoja:\nAnna Esimerkki, puh. 040 1'],
    ['a list as one block of "• " lines', '<p>Teemat:</p><ul><li>yksi</li><li><p>kaksi</p></li><li>kolme <ul><li>alakohta</li></ul></li></ul>', 'Teemat:\n\n• yksi\n• kaksi\n• kolme\n• alakohta'],
    ['unclosed <p> and <li> as a browser reads them', '<p>Eka<p>Toka<ul><li>a<li>b</ul>', 'Eka\n\nToka\n\n• a\n• b'],
    ['a table row per block', '<table><tr><td>Kokous</td><td>5.9.</td></tr><tr><td>Seminaari</td><td>3.10.</td></tr></table>', 'Kokous 5.9.\n\nSeminaari 3.10.'],
  ])('%s', (_name, html, expected) => {
    expect(text(html).text).toBe(expected);
  });

  it('headings are blocks of their own and listed', () => {
    expect(text('<h1>Otsikko</h1><p>Teksti.</p><h2>Väliotsikko</h2><p>Lisää.</p>')).toEqual({
      above: [],
      text: 'Teksti.\n\nVäliotsikko\n\nLisää.',
      headings: ['Väliotsikko'],
    });
  });

  it('short blocks above the headline are its preamble; a long one keeps everything in the text', () => {
    expect(text('<p>Tiedote</p><p>12.3.2018</p><h1>Otsikko</h1><p>Teksti.</p>').above).toEqual(['Tiedote', '12.3.2018']);
    const long = 'x'.repeat(200);
    expect(text(`<p>${long}</p><h1>Otsikko</h1><p>Teksti.</p>`)).toMatchObject({ above: [], text: `${long}\n\nTeksti.` });
  });
});
