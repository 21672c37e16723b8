import { describe, expect, it } from 'vitest';
import { relUrl } from '../../scripts/site/rel-url.ts';

describe('relUrl', () => {
  it.each([
    // from the root page
    ['/tiedotteet/x/', '/', 'tiedotteet/x/index.html'],
    ['/tiedotteet/x/index.html', '/', 'tiedotteet/x/index.html'],
    ['/assets/site.css', '/', 'assets/site.css'],
    ['/', '/', 'index.html'],
    ['/feed.xml', '/', 'feed.xml'],
    // from a page one folder deep
    ['/', '/aikajana/', '../index.html'],
    ['/aikajana/2018/', '/aikajana/', '2018/index.html'],
    ['/aikajana/', '/aikajana/', 'index.html'],
    ['/assets/site.css', '/tietoa/', '../assets/site.css'],
    // from a page two folders deep (a release page)
    ['/tiedotteet/y/', '/tiedotteet/x/', '../y/index.html'],
    ['/alueet/lappi/', '/tiedotteet/x/', '../../alueet/lappi/index.html'],
    ['/', '/tiedotteet/x/', '../../index.html'],
    ['/assets/site.css', '/tiedotteet/x/', '../../assets/site.css'],
    ['/tiedotteet/x/', '/tiedotteet/x/', 'index.html'],
    // from a page that is a file, not a folder
    ['/', '/404.html', 'index.html'],
    ['/aiheet/ict/', '/404.html', 'aiheet/ict/index.html'],
    ['/tiedotteet/x/', '/tiedotteet/x/index.html', 'index.html'],
    // queries and fragments survive
    ['/haku/?q=pilotti', '/tiedotteet/x/', '../../haku/index.html?q=pilotti'],
    ['/aikajana/2018/#kk-02', '/aikajana/', '2018/index.html#kk-02'],
    ['/aikajana/2018/index.html#kk-02', '/', 'aikajana/2018/index.html#kk-02'],
    // non-ASCII and hyphenated ids are left as they are
    ['/alueet/paijat-hame/', '/alueet/', 'paijat-hame/index.html'],
    ['/tiedotteet/ä-1/', '/', 'tiedotteet/ä-1/index.html'],
  ])('%s from %s → %s', (target, from, expected) => {
    expect(relUrl(target, from)).toBe(expected);
  });

  it.each([
    ['#sisalto', '/tiedotteet/x/'],
    ['https://example.fi/', '/'],
    ['mailto:a@b.fi', '/'],
    ['../already/relative.html', '/a/'],
    ['//cdn.example/x.js', '/'],
  ])('leaves %s alone', (target, from) => {
    expect(relUrl(target, from)).toBe(target);
  });

  it('resolves back to the target when the site sits under a sub-path', () => {
    // The same relative link must land on the same file at /, at /arkisto/ and on file://.
    for (const base of ['http://h/', 'http://h/arkisto/', 'file:///home/u/dist/']) {
      const page = new URL('tiedotteet/x/index.html', base);
      const resolved = new URL(relUrl('/alueet/lappi/', '/tiedotteet/x/'), page);
      expect(resolved.href).toBe(new URL('alueet/lappi/index.html', base).href);
    }
  });
});
