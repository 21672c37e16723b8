// Splits Finnish prose into sentences without breaking at dates ("22.2. Oulussa"), ordinals or
// common abbreviations ("mm.", "p.", "milj.").
const ABBREVIATION = /(?:^|\s)(mm|esim|ns|ks|vrt|yms|jne|milj|mrd|n|p|puh|klo|ym|em|os|ts|eli|tms|prof|dos|tri|s)\.$/i;

const TAIL = 16;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?]["”’)]*(?=\s+["”]?[\p{Lu}\p{N}])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    const head = text.slice(start, end);
    // The end-anchored tests read a tail longer than any abbreviation and its space: testing the whole
    // head, which grows past every skipped boundary, was quadratic on a long line.
    const tail = head.slice(-TAIL);
    if (m[0].startsWith('.') && (/\d\.$/.test(tail) || ABBREVIATION.test(tail))) continue;
    sentences.push(head.trim());
    start = end;
  }
  const last = text.slice(start).trim();
  if (last !== '') sentences.push(last);
  return sentences;
}
