// The parsed page, never regular expressions over markup. parse5 builds the tree as the HTML
// standard says a browser does (implied and misnested tags, tables, upper-case attribute names of
// old pages); linkedom gives that tree the DOM API that selectors and Readability need. linkedom's
// own parser (htmlparser2) is not a standard tree builder: it keeps CLASS="valikko" as is and nests
// unclosed tags differently, so it reads parse5's normalised serialisation instead of the page.
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

export function parseDocument(html: string): Document {
  return parseHTML(serialize(parse(html))).document as unknown as Document;
}

/** Text of an element with runs of whitespace made one space, as rendered. */
export function visibleText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

export function attr(element: Element | null | undefined, name: string): string | null {
  const value = element?.getAttribute(name);
  return value === null || value === undefined || value.trim() === '' ? null : value.trim();
}

/** The first <meta> whose property, name or itemprop is one of `keys`, and its content. */
export function metaContent(document: Document, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    for (const meta of document.querySelectorAll('meta')) {
      const names = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop')];
      if (!names.some((n) => n !== null && n.trim().toLowerCase() === key)) continue;
      const value = attr(meta, 'content');
      if (value !== null) return { key, value };
    }
  }
  return null;
}

/** Key used to compare headlines: letters and digits only, lower case. */
export function textKey(text: string): string {
  return text.toLocaleLowerCase('fi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
