// The publication date of a saved page: its markup's evidence and its text's, weighed. A visible
// <time> at the head of the article is what the reader sees as the date; a label in the text
// ("Julkaistu 27.8.2018") is the same kind of evidence; page metadata (article:published_time) is
// written by the CMS and may be when the page was moved to a new system, so it yields to both and
// counts only within the reform years. Disagreement goes onto the review list.
import { REFORM_WINDOW } from '../data/reform-window.ts';
import type { ReviewItem } from '../../lib/release-schema.ts';
import type { DateFinding } from '../types.ts';
import type { HtmlHints } from './page.ts';

export interface DateChoice {
  finding: DateFinding;
  review: ReviewItem[];
  reason: string;
}

export function chooseHtmlDate(markup: HtmlHints['published'], text: DateFinding): DateChoice {
  if (markup === null) return { finding: text, review: [], reason: 'the markup has no publication date; the text decides' };
  const fromMarkup: DateFinding = { date: markup.date, dateCertainty: 'exact', dateEvidence: markup.evidence };
  const differs = text.date !== null && text.date !== markup.date;
  const conflict = (reason: string): ReviewItem[] =>
    differs ? [{ field: 'date', reason: `${reason}: the markup says ${markup.date} (${markup.evidence}), the text ${text.date} (${text.dateEvidence})` }] : [];
  if (markup.kind === 'visible') {
    return { finding: fromMarkup, review: conflict('two publication dates'), reason: 'a visible <time> at the head of the article' };
  }
  if (text.dateCertainty === 'exact') {
    return { finding: text, review: conflict('page metadata disagrees with the text'), reason: 'a dateline in the text beats page metadata' };
  }
  if (markup.date < REFORM_WINDOW.start || markup.date > REFORM_WINDOW.end) {
    const reason = `page metadata gives ${markup.date} (${markup.evidence}), outside the reform years: perhaps when the page was moved`;
    return { finding: text, review: [{ field: 'date', reason }], reason };
  }
  return { finding: fromMarkup, review: conflict('page metadata disagrees with a date inferred from the text'), reason: 'page metadata' };
}
