// Recognises a line that is only a publication date (with an optional place, label and time):
// "23.02.2018", "TIEDOTE 12.3.2019", "Seinäjoki 20.4.2018", "Julkaistu 5.10.2018 klo 14.22",
// "Päivitetty 6.10.2018", "15. toukokuuta 2018", "2018-05-15", "Ti 12.3.2019".
// A dateline states the year; a sentence that merely contains a date ("Johtoryhmän seuraava kokous
// pidetään 22.3.2018.") is not one, because words other than a place name remain around the date.
// A place stands before the date, as in every Finnish dateline; words after it ("Kuvat: …") mean the
// line goes on with something else, except the authors' names after a dash.
import { findDateMentions } from './date-mentions.ts';
import { LABEL_PATTERN, labelBefore, TIME_PATTERN } from './dateline-parts.ts';
import { PUBLISHER_LAST_WORD } from './data/title-labels.ts';

// Long enough for "Julkaistu 5.10.2018 klo 14.22 | Päivitetty 6.10.2018 klo 9.05 | Seinäjoki";
// what counts is the words besides the date, not the length.
const MAX_LENGTH = 200;
/** Parts of a "label | date | site name" line besides the dated one: short, not sentences. */
const SEGMENT_MAX_WORDS = 6;
/**
 * A site or section name: capitalised words and connectors ("Uutiset", "Soite") or a name ending in
 * a publisher's word ("Pohjois-Pohjanmaan liitto"); "Kanta-Häme valmistelee ICT-palveluja" is neither.
 */
const NAME_WORDS = /^\p{Lu}[\p{L}-]*(?:\s(?:\p{Lu}[\p{L}-]*|ja|och|–|&))*$/u;
/** What may remain besides dates, labels and times: a place of up to three capitalised words. */
const MAX_PLACE_WORDS = 3;
const PLACE_WORD = /^\p{Lu}[\p{L}-]*$/u;

/** Authors after a dateline: "Tiistai 6.3.2018 klo 9:12 - Anneli Torvinen ja Jarkko Salmi". */
const AUTHOR_TAIL = /\s[-–—]\s((?:\p{Lu}[\p{L}-]*|ja|&)(?:\s(?:\p{Lu}[\p{L}-]*|ja|&))*)$/u;

export function isDateline(line: string): boolean {
  if (line.length > MAX_LENGTH) return false;
  if (isBareDateline(line)) return true;
  const tail = AUTHOR_TAIL.exec(line);
  if (tail !== null && isBareDateline(line.slice(0, tail.index))) return true;
  return isSegmentedDateline(line);
}

/** "Julkaistu 22.11.2018 klo 14.05 | Pohjois-Pohjanmaan maakunta- ja sote-uudistus | Uutiset". */
function isSegmentedDateline(line: string): boolean {
  const segments = line.split(' | ').map((s) => s.trim());
  if (segments.length < 2) return false;
  const dated = segments.filter((s) => findDateMentions(s).length > 0);
  if (dated.length === 0 || !dated.every(isBareDateline)) return false;
  return segments
    .filter((s) => !dated.includes(s))
    .every((s) => s.split(' ').length <= SEGMENT_MAX_WORDS && (NAME_WORDS.test(s) || PUBLISHER_LAST_WORD.test(s)));
}

function isBareDateline(line: string): boolean {
  const text = line.replace(/\s+/gu, ' ').trim();
  if (text.length === 0 || text.length > MAX_LENGTH) return false;
  const dates = findDateMentions(text);
  if (dates.length === 0 || dates.some((d) => d.year === null)) return false;
  const last = dates.at(-1);
  let rest = last ? text.slice(0, last.end) : text;
  for (const d of [...dates].reverse()) rest = `${rest.slice(0, d.index)} ${rest.slice(d.end)}`;
  const strip = (s: string): string[] =>
    s
      .replace(TIME_PATTERN, ' ')
      .replace(LABEL_PATTERN, ' ')
      .replace(/[|,:;()/–—.-]/gu, ' ')
      .split(' ')
      .filter(Boolean);
  const words = strip(rest);
  const after = strip(text.slice(last?.end ?? text.length));
  return (
    after.length === 0 && words.length <= MAX_PLACE_WORDS && words.every((w) => PLACE_WORD.test(w))
  );
}

/** A dateline whose every date is an update label's: "Päivitetty 16.4.2018", "Uppdaterat 25.09.2015 15:40." */
export function isUpdateStamp(line: string): boolean {
  const text = line.replace(/\.$/u, '');
  if (!isDateline(text)) return false;
  const dates = findDateMentions(text);
  return dates.length > 0 && dates.every((d) => labelBefore(text, d.index) === 'updated');
}
