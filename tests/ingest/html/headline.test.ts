import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../scripts/ingest/html/dom.ts';
import { findHeadline, withoutSiteName } from '../../../scripts/ingest/html/headline.ts';

describe('withoutSiteName', () => {
  it.each([
    ['Otsikko | Sivusto', 'Sivusto', '', 'Otsikko'],
    ['Valtuusto päätti – Pohjolan Sanomat', null, '', 'Valtuusto päätti'],
    ['Uutiset - Kainuun soten asiakasraati aloittaa työnsä - Paltamon kunta', null, 'Kainuun soten asiakasraati aloittaa työnsä', 'Kainuun soten asiakasraati aloittaa työnsä'],
    // a dash inside the headline with a long tail is not a site name
    ['Maakuntavalmistelu etenee – valtuusto kokoontuu ensimmäistä kertaa syyskuussa Vaasassa', null, '', 'Maakuntavalmistelu etenee – valtuusto kokoontuu ensimmäistä kertaa syyskuussa Vaasassa'],
    ['Sote- ja maakuntauudistus', null, '', 'Sote- ja maakuntauudistus'],
  ])('%s', (title, site, visible, expected) => {
    expect(withoutSiteName(title, site, visible)).toBe(expected);
  });
});

const headline = (html: string) => {
  const found = findHeadline(parseDocument(html));
  return { title: found.title, documentTitle: found.documentTitle, element: found.element?.tagName.toLowerCase() ?? null };
};

describe('findHeadline', () => {
  it.each([
    ['the article <h1> over a logo <h1> in the site header', '<header><h1>Lapin liitto</h1></header><article><h1>Valtuusto kokoontui</h1><p>x</p></article>', { title: 'Valtuusto kokoontui', documentTitle: null, element: 'h1' }],
    ['og:title without the site name when there is no <h1>', '<head><meta property="og:title" content="Valtuusto kokoontui | Lapin liitto"><meta property="og:site_name" content="Lapin liitto"></head><p>x</p>', { title: 'Valtuusto kokoontui', documentTitle: null, element: null }],
    ['an <h3> that og:title names (Liferay)', '<head><meta property="og:title" content="Valtuusto kokoontui"></head><div><h3>Valtuusto kokoontui</h3><p>x</p></div>', { title: 'Valtuusto kokoontui', documentTitle: null, element: 'h3' }],
    ['microdata name on an <h2> (Joomla)', '<div class="item-page"><h2 itemprop="name">Maakuntauudistus</h2><div itemprop="articleBody"><p>x</p></div></div>', { title: 'Maakuntauudistus', documentTitle: null, element: 'h2' }],
    ['only <title>: too weak alone, kept aside', '<head><title>Etelä-Savon sote-hanke</title></head><p><b>Perussopimus lähtee kuntiin</b></p>', { title: null, documentTitle: 'Etelä-Savon sote-hanke', element: null }],
    ['a section label is no headline', '<head><meta property="og:title" content="Ajankohtaista"></head><p>x</p>', { title: null, documentTitle: null, element: null }],
  ])('%s', (_name, html, expected) => {
    expect(headline(`<!doctype html><html>${html.startsWith('<head>') ? '' : '<body>'}${html}</html>`)).toEqual(expected);
  });
});
