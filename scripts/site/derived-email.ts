// Whether a contact's e-mail address was printed in the release or expanded by ingest from the
// release's address pattern ("etunimi.sukunimi@popmaakunta.fi" → "pauli.harju@popmaakunta.fi").
// An expanded address is a good guess, not a fact: the page and the data files say so.
import { EMAIL, NAME_PLACEHOLDER } from '../ingest/data/contact-patterns.ts';

/**
 * True when `email` does not appear in the body as written but the body gives an address pattern
 * for its domain. Examples (body → email → result):
 *   "…, etunimi.sukunimi@popmaakunta.fi" → "marjukka.manninen@popmaakunta.fi" → true
 *   "…, marjukka.manninen@popmaakunta.fi" → "marjukka.manninen@popmaakunta.fi" → false
 *   "…" (no address at all, an editor added one) → "x.y@example.fi" → false
 */
export function isDerivedEmail(email: string | null, bodyMarkdown: string): boolean {
  if (!email) return false;
  const body = bodyMarkdown.toLowerCase();
  const address = email.toLowerCase();
  if (body.includes(address)) return false;
  const domain = address.slice(address.indexOf('@') + 1);
  for (const match of bodyMarkdown.matchAll(new RegExp(EMAIL.source, EMAIL.flags))) {
    const found = match[0].toLowerCase();
    if (NAME_PLACEHOLDER.test(found) && found.slice(found.indexOf('@') + 1) === domain) return true;
  }
  return false;
}
