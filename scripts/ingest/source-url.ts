// The web address of the page a plain-text source was scraped from, when the scrape carries it:
// a bare address alone on one of the first or last lines, or one after a label that says it is the
// page's own ("Lähde:", "Lue koko uutinen:"). Links inside the release are never taken for it.
import { ADDRESS_EDGE_LINES, OWN_ADDRESS_LABEL } from './data/address-labels.ts';
import { webAddress } from './html/metadata.ts';

export interface AddressFinding {
  url: string | null;
  /** The line it came from, or why there is none. */
  reason: string;
}

const BARE = /^<?(https?:\/\/\S+?)>?$/iu;

export function addressFromText(text: string): AddressFinding {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const edge = [...lines.slice(0, ADDRESS_EDGE_LINES), ...lines.slice(-ADDRESS_EDGE_LINES)];
  for (const line of new Set(edge)) {
    const bare = BARE.exec(line)?.[1];
    const labelled = OWN_ADDRESS_LABEL.test(line) ? BARE.exec(line.replace(OWN_ADDRESS_LABEL, ''))?.[1] : undefined;
    const url = webAddress(bare ?? labelled ?? '');
    // A site's front page ("https://www.pirkanmaa2019.fi") is where to read more, not this page.
    if (url !== null && new URL(url).pathname.length > 1) return { url, reason: `the line "${line}"` };
  }
  return { url: null, reason: 'no address line at the top or bottom of the text' };
}
