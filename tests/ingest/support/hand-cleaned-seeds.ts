// The five real seeds as CleanedSource, cleaned by hand (title, preamble and chrome chosen per seed
// below) so the extraction tests do not depend on clean.ts. Text is the seed's own, byte for byte.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CleanedSource } from '../../../scripts/ingest/types.ts';

const SOURCES = fileURLToPath(new URL('../../../content/sources/', import.meta.url));

interface HandCleaning {
  file: string;
  /** Blocks (separated by blank lines) that stand before the headline. */
  preamble: number;
  /** Blocks after the headline that are not the release: a repeated headline, preamble lines. */
  skipAfterTitle: string[];
  /** Blocks of web chrome at the end. */
  chromeAtEnd: number;
  titlePrefix?: RegExp;
}

const CLEANING: Record<string, HandCleaning> = {
  '000': { file: '000_4974e31f02f0484b.txt', preamble: 0, skipAfterTitle: [], chromeAtEnd: 0 },
  // "Ajankohtaista" (section label) and "23.02.2018" (dateline) stand before the headline.
  '001': { file: '001_d327209c96e2636a.txt', preamble: 2, skipAfterTitle: [], chromeAtEnd: 0 },
  // Ends with "Sinua voi ehkä kiinnostaa nämäkin...", "Vastaa", "Sähköpostiosoitettasi ei julkaista."
  '002': { file: '002_43d5f8a64c145cb1.txt', preamble: 0, skipAfterTitle: [], chromeAtEnd: 3 },
  // Ends with "« Takaisin" and Akaa city's address block ("Yhteystiedot", "Akaan kaupunki", PL …).
  '003': { file: '003_f60aae9a8104c5dd.txt', preamble: 0, skipAfterTitle: [], chromeAtEnd: 4 },
  // "TIEDOTE:" headline, then two datelines and the headline repeated.
  '004': {
    file: '004_6f88f7897521bca1.txt',
    preamble: 0,
    skipAfterTitle: ['12.03.2019', 'TIEDOTE 12.3.2019', 'HEADLINE'],
    chromeAtEnd: 0,
    titlePrefix: /^TIEDOTE:\s*/u,
  },
};

function blocks(text: string): string[] {
  return text
    .split(/\n[ \t\u00a0]*\n/u)
    .map((b) => b.trim())
    .filter((b) => b !== '');
}

export function handCleanedSeed(seed: keyof typeof CLEANING | string): CleanedSource {
  const c = CLEANING[seed];
  if (!c) throw new Error(`no seed ${seed}`);
  const all = blocks(readFileSync(SOURCES + c.file, 'utf8'));
  const preamble = all.slice(0, c.preamble);
  const rawTitle = all[c.preamble] ?? '';
  const title = c.titlePrefix ? rawTitle.replace(c.titlePrefix, '') : rawTitle;
  let rest = all.slice(c.preamble + 1, all.length - c.chromeAtEnd);
  const skipped: string[] = [];
  for (const skip of c.skipAfterTitle) {
    const wanted = skip === 'HEADLINE' ? title : skip;
    if (rest[0] === wanted) skipped.push(rest.shift() ?? '');
  }
  rest = rest.map((p) => p.replace(/\u00a0/gu, ' ').replace(/[ \t]+/gu, ' '));
  return {
    title,
    preamble: [...preamble, ...skipped.filter((s) => s !== title)],
    paragraphs: rest,
  };
}

export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;

/** A CleanedSource from a title and paragraphs, for table tests. */
export function source(
  title: string,
  paragraphs: string[],
  preamble: string[] = [],
): CleanedSource {
  return { title, preamble, paragraphs };
}
