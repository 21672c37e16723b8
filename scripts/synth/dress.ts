// Puts a release's content into the chrome of the site that published it and lays it out as the
// scraped text file: blocks separated by blank lines, as in every seed.
import type { ReleaseContent } from './compose.ts';
import type { ChromeStyle } from './data/chrome.ts';
import type { Rng } from './prng.ts';

function asciiSlug(name: string): string {
  return name.toLowerCase().replace(/[äå]/g, 'a').replace(/ö/g, 'o').replace(/[^a-z0-9]+/g, '');
}

/** The text of the scraped page, with "\n" line ends (encoding and CRLF come later). */
export function dressRelease(content: ReleaseContent, chrome: ChromeStyle, rng: Rng): string {
  const town = content.municipalities[0] ?? 'Helsinki';
  const slots: Record<string, string> = {
    m: town,
    slug: asciiSlug(town),
    pl: String(rng.int(1, 99)),
    zip: String(rng.int(10, 99) * 1000 + rng.int(0, 99) * 10 + 1).padStart(5, '0'),
    area: `0${rng.int(2, 9)}`,
    phone: `${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
  };
  const after = chrome.after.map((line) => line.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? ''));
  const headline = `${chrome.titlePrefix}${content.title}`;
  // Seed 001 puts the dateline above the headline, seed 004 below it.
  const dateFirst = !chrome.repeatsTitle && rng.chance(0.5);
  const blocks = [
    ...chrome.before,
    ...(dateFirst ? [...content.dateLines, headline] : [headline, ...content.dateLines]),
    ...(chrome.repeatsTitle ? [content.title] : []),
    ...content.blocks,
    ...after,
  ];
  return blocks.join('\n\n') + (rng.chance(0.5) ? '\n' : '');
}
