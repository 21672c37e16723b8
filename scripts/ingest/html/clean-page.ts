// A page's text and headline → the CleanedSource every extraction step reads. The markup already
// says which line is the headline, so unlike a plain-text source nothing is guessed from position:
// the headline comes from the page, a repetition of it is dropped, and labels and datelines above
// the first paragraph ("Tiedote", "Julkaistu 27.8.2018 9.17") go to the preamble as in text sources.
import { removeChrome } from '../chrome.ts';
import { cleanSource } from '../clean.ts';
import { isLabelOrDateline } from '../title.ts';
import type { CleanedSource } from '../types.ts';
import { normalizeWhitespace } from '../whitespace.ts';
import { textKey } from './dom.ts';
import type { HtmlPage } from './page.ts';

export function cleanHtmlPage(page: HtmlPage): CleanedSource {
  const title = page.hints.title;
  // Without a headline in the markup, the page's text is read like any scrape; when that finds no
  // headline line either (its first sentence stands in), the document's <title> is better.
  if (title === null) {
    const read = cleanSource([...page.above, page.text].join('\n\n'));
    const documentTitle = page.hints.documentTitle;
    if (read.titleDerived === true && documentTitle !== null) return { ...read, title: documentTitle, titleDerived: false, headings: page.headings };
    return { ...read, headings: page.headings };
  }
  const blocks = removeChrome(normalizeWhitespace(page.text))
    .split(/\n{2,}/u)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  const preamble = page.above.map((block) => normalizeWhitespace(block)).filter((block) => block !== '');
  let at = 0;
  let repeated = false;
  for (; at < blocks.length; at++) {
    const block = blocks[at] ?? '';
    if (!block.includes('\n') && isLabelOrDateline(block)) preamble.push(block);
    else if (!repeated && textKey(block) === textKey(title)) repeated = true;
    else break;
  }
  return { title, preamble, paragraphs: blocks.slice(at), headings: page.headings };
}
