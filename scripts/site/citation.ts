// A ready citation line for a release: who, what, when, where it can be found for good.
import { finnishDate } from './format.ts';
import type { Release } from './types.ts';

/** The permanent address: absolute when the site's URL is known, the archive path otherwise. */
export function permanentAddress(release: Pick<Release, 'url'>, siteUrl: string | null): string {
  return siteUrl ? new URL(release.url.slice(1), siteUrl).href : release.url;
}

/** Who the release is cited as from: its region, or the national group; null when neither is known. */
export function citedAuthor(release: Pick<Release, 'area' | 'region'>): string | null {
  return release.region ?? (release.area ? release.area.name : null);
}

/**
 * E.g. 'Pirkanmaa: ”Otsikko”. Tiedote 14.9.2018 (päivämäärä päätelty). Uudistusarkisto, tiedote
 * 000_x. https://…/tiedotteet/000_x/'. Missing facts are left out, never invented. Without the site's
 * URL the address is given as what it is: a path from the archive's root, not a web address.
 */
export function citationLine(release: Release, siteUrl: string | null): string {
  const author = citedAuthor(release);
  const who = author ? `${author}: ` : '';
  const when = release.date
    ? `Tiedote ${finnishDate(release.date)}${release.dateCertainty === 'inferred' ? ' (päivämäärä päätelty)' : ''}.`
    : 'Tiedote, ilman päivämäärää.';
  const where = siteUrl
    ? ` ${permanentAddress(release, siteUrl)}`
    : ` Osoite arkiston juuresta: ${release.url.slice(1)}`;
  return `${who}”${release.title}”. ${when} Uudistusarkisto, tiedote ${release.id}.${where}`;
}
