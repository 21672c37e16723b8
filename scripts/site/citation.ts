// A ready citation line for a release: who, what, when, where it can be found for good.
import { finnishDate } from './format.ts';
import type { Release } from './types.ts';

/** The permanent address: absolute when the site's URL is known, the archive path otherwise. */
export function permanentAddress(release: Pick<Release, 'url'>, siteUrl: string | null): string {
  return siteUrl ? new URL(release.url.slice(1), siteUrl).href : release.url;
}

/**
 * E.g. 'Pirkanmaa: "Otsikko". Tiedote 14.9.2018 (päivämäärä päätelty). Uudistusarkisto, julkaisu
 * 000_x. https://…/julkaisut/000_x/'. Missing facts are left out, never invented.
 */
export function citationLine(release: Release, siteUrl: string | null): string {
  const who = release.region ? `${release.region}: ` : '';
  const when = release.date
    ? `Tiedote ${finnishDate(release.date)}${release.dateCertainty === 'inferred' ? ' (päivämäärä päätelty)' : ''}.`
    : 'Tiedote, päiväämätön.';
  const where = siteUrl ? ` ${permanentAddress(release, siteUrl)}` : ` Pysyvä osoite arkistossa: ${release.url}`;
  return `${who}”${release.title}”. ${when} Uudistusarkisto, julkaisu ${release.id}.${where}`;
}
