// A release as a RIS record (the format reference managers import from "Export citation" links):
// "TAG  - value" lines, CRLF, one record ending in "ER  - ".
import { ARCHIVE_NAME, type CitationFacts, oneLine } from './facts.ts';

/** E.g. "TY  - ELEC\r\nTI  - …\r\n…ER  - \r\n". ELEC (web page) is the type a press release online takes. */
export function risRecord(facts: CitationFacts): string {
  const lines: [string, string][] = [['TY', 'ELEC'], ['TI', facts.title]];
  if (facts.author) lines.push(['AU', facts.author]);
  if (facts.date) {
    const [y, m, d] = facts.date.split('-');
    lines.push(['PY', y!], ['DA', `${y}/${m}/${d}/`]);
  }
  lines.push(['PB', ARCHIVE_NAME], ['M3', 'Tiedote']);
  if (facts.url) lines.push(['UR', facts.url]);
  lines.push(['LA', facts.lang]);
  for (const topic of facts.topics) lines.push(['KW', topic]);
  if (facts.summary) lines.push(['AB', facts.summary]);
  for (const note of facts.notes) lines.push(['N1', note]);
  lines.push(['ID', facts.id]);
  return [...lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - ', ''].join('\r\n');
}
