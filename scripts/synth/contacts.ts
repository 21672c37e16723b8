// Contact blocks in the shapes the corpus uses: "Lisätiedot:" with one person a line (seeds 000,
// 003), one person a paragraph with an e-mail or the "etunimi.sukunimi@" pattern (001), an inline
// sentence joined by "tai" (002), and "Lisätietoja:" with "puh." (004).
import { FIRST_NAMES, MAIL_DOMAINS, PHONE_PREFIXES, ROLES, SURNAMES } from './data/people.ts';
import type { Rng } from './prng.ts';

export const CONTACT_STYLES = ['lines', 'paragraphs-email', 'inline', 'puh', 'none'] as const;
export type ContactStyle = (typeof CONTACT_STYLES)[number];

export const CONTACT_STYLE_WEIGHTS: readonly (readonly [ContactStyle, number])[] = [
  ['lines', 30],
  ['paragraphs-email', 25],
  ['inline', 15],
  ['puh', 22],
  ['none', 8],
];

export interface Person {
  first: string;
  last: string;
  role: string;
  phone: string;
}

/** "040 743 6356", "0400 389 152", "040 595 00 11"; sometimes with a no-break space as scraped. */
export function phoneNumber(rng: Rng): string {
  const prefix = rng.pick(PHONE_PREFIXES);
  const digits = (n: number): string => Array.from({ length: n }, () => rng.int(0, 9)).join('');
  const groups = prefix.length === 4 ? [digits(3), digits(3)] : rng.chance(0.8) ? [digits(3), digits(4)] : [digits(3), digits(2), digits(2)];
  const space = rng.chance(0.15) ? '\u00a0' : ' ';
  return [prefix, ...groups].join(space);
}

export function person(rng: Rng): Person {
  return { first: rng.pick(FIRST_NAMES), last: rng.pick(SURNAMES), role: rng.pick(ROLES), phone: phoneNumber(rng) };
}

/** Mail addresses drop Finnish letters: "Päivi Öhman" → "paivi.ohman". */
export function mailLocalPart(p: Person): string {
  return `${p.first}.${p.last}`
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e');
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The contact block as text blocks (separated by blank lines when written out). */
export function contactBlocks(style: ContactStyle, people: readonly Person[], regionSlug: string, rng: Rng): string[] {
  const who = (p: Person): string => `${p.role} ${p.first} ${p.last}`;
  switch (style) {
    case 'none':
      return [];
    case 'lines':
      return [['Lisätiedot:', ...people.map((p) => `${who(p)}, p. ${p.phone}`)].join('\n')];
    case 'paragraphs-email': {
      const domain = rng.pick(MAIL_DOMAINS).replace('{slug}', regionSlug);
      const pattern = rng.chance(0.4);
      return [
        'Lisätiedot:',
        ...people.map((p) => `${who(p)}, p. ${p.phone}, ${pattern ? 'etunimi.sukunimi' : mailLocalPart(p)}@${domain}`),
      ];
    }
    case 'inline':
      return [`Lisätietoja: ${people.map((p) => `${lowerFirst(p.role)} ${p.first} ${p.last}, p. ${p.phone}`).join(' tai ')}`];
    case 'puh':
      return ['Lisätietoja:', ...people.map((p) => `${who(p)}, puh. ${p.phone}`)];
  }
}
