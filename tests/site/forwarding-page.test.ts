import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { formerReleaseUrl, forwardingPage } from '../../scripts/site/forwarding-page.ts';

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };

function all(node: Node, name: string): Node[] {
  const found = node.nodeName === name ? [node] : [];
  return found.concat(...(node.childNodes ?? []).map((child) => all(child, name)));
}
const attr = (node: Node, name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;
const text = (node: Node): string => (node.value ?? '') + (node.childNodes ?? []).map(text).join('');

describe('forwarding page of a former release address', () => {
  it('is at julkaisut/<id>/', () => {
    expect(formerReleaseUrl('2018-02-23-pirkanmaa-x')).toBe('/julkaisut/2018-02-23-pirkanmaa-x/');
  });

  // [site URL, canonical link, address shown in the visible link]
  it.each([
    [null, undefined, 'tiedotteet/x/'],
    ['https://h.fi/', 'https://h.fi/tiedotteet/x/', 'https://h.fi/tiedotteet/x/'],
    ['https://h.fi/arkisto/', 'https://h.fi/arkisto/tiedotteet/x/', 'https://h.fi/arkisto/tiedotteet/x/'],
  ])('with site URL %s: relative refresh and link, canonical %s, shows %s', (siteUrl, canonical, shown) => {
    const doc = parse(forwardingPage({ from: '/julkaisut/x/', to: '/tiedotteet/x/', title: 'Otsikko' }, siteUrl)) as unknown as Node;
    const metas = all(doc, 'meta');
    const refresh = metas.find((m) => attr(m, 'http-equiv') === 'refresh');
    expect(attr(refresh!, 'content')).toBe('0; url=../../tiedotteet/x/index.html');
    expect(metas.filter((m) => attr(m, 'name') === 'robots').map((m) => attr(m, 'content'))).toEqual(['noindex']);
    expect(attr(all(doc, 'html')[0]!, 'lang')).toBe('fi');
    const links = all(doc, 'link');
    expect(links.filter((l) => attr(l, 'rel') === 'canonical').map((l) => attr(l, 'href'))).toEqual(canonical ? [canonical] : []);
    expect(links.filter((l) => attr(l, 'rel') === 'stylesheet').map((l) => attr(l, 'href'))).toEqual(['../../assets/site.css']);
    const anchors = all(all(doc, 'main')[0]!, 'a');
    expect(anchors.map((a) => attr(a, 'href'))).toEqual(['../../tiedotteet/x/index.html']);
    expect(text(all(doc, 'p')[0]!)).toBe(`Tiedote on siirtynyt osoitteeseen ${shown}.`);
    expect(text(all(doc, 'h1')[0]!)).toBe('Otsikko');
  });

  it('keeps a hostile title as text: no element, attribute or script comes from it', () => {
    const title = '</title><script>alert(1)</script><a href="javascript:x" onclick=\'y\'>&amp;';
    const html = forwardingPage({ from: '/julkaisut/x/', to: '/tiedotteet/x/', title }, null);
    const doc = parse(html) as unknown as Node;
    expect(all(doc, 'script')).toHaveLength(0);
    expect(all(doc, 'a')).toHaveLength(1);
    expect(text(all(doc, 'title')[0]!)).toBe(`${title} – Uudistusarkisto`);
    expect(text(all(doc, 'h1')[0]!)).toBe(title);
  });
});
