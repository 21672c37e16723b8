// The content root → the plain text the text pipeline reads: one block per paragraph, blank lines
// between blocks, list items as "• " lines of one block, <br> as a line break. Headings are blocks of
// their own and are returned too, so the body renders them as headings. Links become their text:
// no address, attribute or markup of the page reaches the release.
import { visibleText } from './dom.ts';

export interface PageText {
  /** Short blocks above the headline (a date line, a "Tiedote" label): the page's preamble. */
  above: string[];
  text: string;
  /** Blocks that were <h2>–<h6> (or <h1> other than the headline), in order. */
  headings: string[];
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Blocks above the headline longer than this, or more of them, are text, not labels. */
const ABOVE_MAX_CHARS = 120;
const ABOVE_MAX_BLOCKS = 4;

export function pageText(root: Element, skip: Element | null): PageText {
  const blocks: string[] = [];
  const headings: string[] = [];
  let line = '';
  let lines: string[] = [];
  let inItem = false;
  let headlineAt = -1;
  const endLine = () => {
    const text = line.replace(/\s+/gu, ' ').trim();
    // A bullet still waiting for its item's text (<li><p>…</p></li>) stays on the line.
    if (text === '•') return;
    if (text !== '') lines.push(text);
    line = '';
  };
  const endBlock = () => {
    endLine();
    if (lines.length > 0) blocks.push(lines.join('\n'));
    lines = [];
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    if (element === skip) {
      endBlock();
      headlineAt = blocks.length;
      return;
    }
    const tag = element.tagName.toLowerCase();
    if (tag === 'br') return endLine();
    if (HEADING.has(tag)) {
      endBlock();
      const text = visibleText(element);
      if (text !== '') {
        blocks.push(text);
        headings.push(text);
      }
      return;
    }
    if (tag === 'li') {
      // A list is one block whose lines are its items; a list inside an item continues it.
      endLine();
      const outer = inItem;
      inItem = true;
      line = '• ';
      for (const child of element.childNodes) walk(child);
      if (line.trim() === '•') line = '';
      endLine();
      inItem = outer;
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      if (!inItem) endBlock();
      for (const child of element.childNodes) walk(child);
      if (!inItem) endBlock();
      return;
    }
    if (tag === 'td' || tag === 'th') {
      for (const child of element.childNodes) walk(child);
      line += ' ';
      return;
    }
    const block = BLOCK.has(tag);
    if (block && !inItem) endBlock();
    else if (block) endLine();
    for (const child of element.childNodes) walk(child);
    if (block && !inItem) endBlock();
    else if (block) endLine();
  };
  walk(root);
  endBlock();
  const above = headlineAt > 0 ? blocks.slice(0, headlineAt) : [];
  if (above.length > ABOVE_MAX_BLOCKS || above.some((block) => block.length > ABOVE_MAX_CHARS)) {
    return { above: [], text: blocks.join('\n\n'), headings };
  }
  return { above, text: blocks.slice(above.length).join('\n\n'), headings };
}
