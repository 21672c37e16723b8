// Re-joins paragraphs that a scrape or an e-mail client hard-wrapped at a fixed width:
//   "Valiokuntaryhmän mielestä maakuntien rahoitusmalli jättää\nharvaan asuttujen alueiden palvelut…"
// Otherwise each wrapped line looks like a headline of its own. A line joins the next when it is
// long enough to be a wrapped line, does not end a sentence or introduce a list, the next line
// continues in lower case, and neither is a list item or a contact line. One pass, linear time.
import { BULLET, CONTACT_OR_LINK } from './data/body-rules.ts';

/** A wrapped line is at least this long: shorter lines are headlines, labels or list entries. */
export const WRAPPED_LINE_MIN_LENGTH = 30;

/** Whether `next` continues the wrapped line `line` (both raw source lines). */
function continues(line: string, next: string): boolean {
  if (line.length < WRAPPED_LINE_MIN_LENGTH || /[.!?:;]["”»)]?$/u.test(line)) return false;
  if (!/^\p{Ll}/u.test(next) || BULLET.test(next)) return false;
  return !CONTACT_OR_LINK.test(line) && !CONTACT_OR_LINK.test(next);
}

export function rejoinHardWraps(text: string): string {
  const out: string[] = [];
  let previous = '';
  for (const line of text.split('\n')) {
    if (out.length > 0 && previous !== '' && line !== '' && continues(previous, line)) {
      out[out.length - 1] = `${out[out.length - 1] ?? ''} ${line}`;
    } else {
      out.push(line);
    }
    previous = line;
  }
  return out.join('\n');
}
