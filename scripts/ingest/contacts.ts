// The people named under a "Lisätietoja:"-style header: name, role, phone and email, each nullable.
//
// A block starts at a header line and runs over the following lines and paragraphs while they look
// like contacts (a phone, an email or a person's name, and short). One line may hold several people
// joined by "tai", "ja" or ";" — split only after a phone or email, as roles themselves contain "ja"
// ("maakunta- ja sote-uudistuksen muutosjohtaja"). An entry without a person's name (the publishing
// site's address block, "Akaan kaupunki, PL 34, Puh. (03) 569 1120") is not a contact.
//
// Names: the run of two or three capitalised words; a run that opens the entry with three words
// starts with the role ("Maakuntajohtaja Laura Leppänen"). Email "etunimi.sukunimi@domain" is expanded
// with the first and last word of the name, lowercased, diacritics removed (ä→a, ö→o, å→a, é→e),
// hyphens kept, middle names dropped — the common Finnish public-sector convention.
import {
  CONTACT_HEADER,
  EMAIL,
  NAME_PLACEHOLDER,
  PERSON_JOIN,
  PHONE,
} from './data/contact-patterns.ts';
import type { CleanedSource, Contact } from './types.ts';

const MAX_CONTACT_LINE = 300;
const MAX_ROLE_LINE = 80;
/** A postal code and town: an address ("Valto Käkelän katu 3, 53130 Lappeenranta"), not a person. */
const POSTAL = /(?<!\d)\d{5}\s+\p{Lu}/u;
const NAME_WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const NAME_RUN = new RegExp(
  `(?<![\\p{L}-])${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}(?![\\p{L}-])`,
  'gu',
);

const fresh = (re: RegExp): RegExp => new RegExp(re.source, re.flags);
const hasPhoneOrEmail = (text: string): boolean =>
  fresh(PHONE).test(text) || fresh(EMAIL).test(text);

function looksLikeContact(line: string): boolean {
  return line.length <= MAX_CONTACT_LINE && (hasPhoneOrEmail(line) || fresh(NAME_RUN).test(line));
}

function isHeader(header: string, rest: string): boolean {
  return rest.trim() === '' || /:|antaa|antavat|ger|lämnar|ges av|lämnas av/iu.test(header) || hasPhoneOrEmail(rest);
}

/**
 * A line of the person above in a one-item-per-line layout ("Tapani Mattila" / "muutosjohtaja" /
 * "puh. 040 595 0011" / "tapani.mattila@…"): in the same paragraph, no name of its own, and either a
 * phone or email, or a short role line while the person has neither yet.
 */
function continuesPerson(line: string, previous: string, newParagraph: boolean): boolean {
  if (newParagraph || fresh(NAME_RUN).test(line.replace(fresh(EMAIL), ''))) return false;
  if (hasPhoneOrEmail(line)) return !(fresh(PHONE).test(line) && fresh(PHONE).test(previous));
  return line.length <= MAX_ROLE_LINE && !/[.!?]$/u.test(line) && !hasPhoneOrEmail(previous) && fresh(NAME_RUN).test(previous);
}

/** Lines of every contact block, in order. */
function contactLines(paragraphs: readonly string[]): string[] {
  const lines = paragraphs.flatMap((p, i) =>
    p.split('\n').map((line) => ({ line: line.trim(), i })),
  );
  const out: string[] = [];
  let inBlock = false;
  let lastParagraph = -1;
  for (const { line, i } of lines) {
    const header = CONTACT_HEADER.exec(line);
    // "Lisätietoja hankkeesta löytyy osoitteesta …" is a sentence, not a header: a header ends the
    // line, has a colon or "antaa/antavat", or goes straight on with a contact.
    if (header && isHeader(header[0], line.slice(header[0].length))) {
      inBlock = true;
      const rest = line.slice(header[0].length).trim();
      if (rest) out.push(rest);
    } else if (inBlock && line !== '' && out.length > 0 && continuesPerson(line, out.at(-1) ?? '', i !== lastParagraph)) {
      out[out.length - 1] = `${out.at(-1) ?? ''}, ${line}`;
    } else if (inBlock && line !== '' && looksLikeContact(line)) {
      out.push(line);
    } else if (inBlock && line !== '') {
      inBlock = false;
    }
    lastParagraph = i;
  }
  return out;
}

/** Splits "A, p. 040 … tai B, p. 050 …" into one entry per person. */
function splitPeople(line: string): string[] {
  const entries: string[] = [];
  let start = 0;
  for (const join of line.matchAll(fresh(PERSON_JOIN))) {
    const head = line.slice(start, join.index);
    if (!hasPhoneOrEmail(head)) continue;
    entries.push(head);
    start = join.index + join[0].length;
  }
  entries.push(line.slice(start));
  return entries.map((e) => e.trim()).filter(Boolean);
}

const plainAscii = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9-]/gu, '');

function expandEmail(email: string, name: string): string {
  if (!NAME_PLACEHOLDER.test(email)) return email;
  const words = name.split(/\s+/u);
  const local = `${plainAscii(words[0] ?? '')}.${plainAscii(words.at(-1) ?? '')}`;
  return `${local}@${email.slice(email.indexOf('@') + 1)}`;
}

function findName(entry: string): { name: string; index: number } | null {
  for (const run of entry.matchAll(NAME_RUN)) {
    const words = run[0].split(/\s+/u);
    if (words.length === 4 || (run.index === 0 && words.length === 3)) {
      const name = words.slice(1).join(' ');
      return { name, index: run.index + run[0].indexOf(name) };
    }
    return { name: run[0], index: run.index };
  }
  return null;
}

const tidy = (s: string): string | null => {
  const t = s.replace(/\s+/gu, ' ').replace(/^[\s,;:–-]+|[\s,;:–-]+$/gu, '');
  return t === '' ? null : t;
};

function parseEntry(entry: string): Contact | null {
  const phoneMatch = fresh(PHONE).exec(entry);
  const emailMatch = fresh(EMAIL).exec(entry);
  // The name is looked for before the phone and email, so "PL 34, 37801 Akaa" parts never count.
  const cut = Math.min(phoneMatch?.index ?? entry.length, emailMatch?.index ?? entry.length);
  if (POSTAL.test(entry)) return null;
  const found = findName(entry.slice(0, cut));
  if (!found) return null;
  const before = entry.slice(0, found.index);
  const after = entry.slice(found.index + found.name.length, cut);
  const phone = phoneMatch?.groups?.number?.replace(/[\s\u00a0]+/gu, ' ').trim() ?? null;
  return {
    name: found.name,
    role: tidy(before) ?? tidy(after),
    phone,
    email: emailMatch ? expandEmail(emailMatch[0], found.name) : null,
  };
}

export function extractContacts(source: CleanedSource): Contact[] {
  const contacts: Contact[] = [];
  const seen = new Set<string>();
  for (const line of contactLines(source.paragraphs)) {
    for (const entry of splitPeople(line)) {
      const contact = parseEntry(entry);
      // Only exact repeats are dropped: the same name with another role or phone is kept, as
      // dropping it could lose the one number a reader needs. (A set: comparing with every earlier
      // contact was quadratic in a long list.)
      const key = JSON.stringify(contact);
      if (contact && !seen.has(key)) {
        seen.add(key);
        contacts.push(contact);
      }
    }
  }
  return contacts;
}
