// Release ids: "<date or undated>-<region slug>-<headline words>", lowercase ASCII, ≤ ~80 chars.
import { ID_MAX_LENGTH, SLUG_BOILERPLATE, SLUG_TRAILING_STOPWORDS } from './data/slug-rules.ts';
import { regionSlug, type RegionName } from '../data/regions.ts';

/** Lowercase ASCII words joined by hyphens: "Päijät-Hämettä" → "paijat-hametta". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function releaseId(title: string, date: string | null, region: RegionName | null): string {
  const prefix = [date ?? 'undated', region ? regionSlug(region) : null].filter((p) => p !== null).join('-');
  let words = slugify(SLUG_BOILERPLATE.reduce((t, pattern) => t.replace(pattern, ' '), title));
  if (region) words = dropLeadingRegion(words, regionSlug(region));
  if (words === '') words = slugify(title) || 'tiedote';
  return `${prefix}-${cutSlug(words, ID_MAX_LENGTH - prefix.length - 1)}`;
}

// "Pirkanmaa valmistelee …", "Keski-Suomen tulevan …" in that region: the prefix already says it.
// The region's last word may be inflected ("suomen", "hametta", "lapin"), so it matches on its stem.
function dropLeadingRegion(words: string, region: string): string {
  const regionParts = region.split('-');
  const parts = words.split('-');
  if (parts.length <= regionParts.length) return words;
  const matches = regionParts.every((r, i) => {
    const w = parts[i] ?? '';
    if (i < regionParts.length - 1) return w === r;
    let common = 0;
    while (common < r.length && w[common] === r[common]) common++;
    return common >= Math.max(3, r.length - 2);
  });
  return matches ? parts.slice(regionParts.length).join('-') : words;
}

function cutSlug(words: string, max: number): string {
  const parts = words.split('-');
  const kept: string[] = [];
  for (const part of parts) {
    if ([...kept, part].join('-').length > Math.max(max, 20)) break;
    kept.push(part);
  }
  if (kept.length === 0) kept.push(parts[0]?.slice(0, Math.max(max, 20)) ?? 'tiedote');
  while (kept.length > 1 && kept.length < parts.length && SLUG_TRAILING_STOPWORDS.has(kept[kept.length - 1] ?? '')) kept.pop();
  return kept.join('-');
}

/**
 * Final ids for releases in sorted source order. A release keeps the id the manifest recorded for it
 * (its permanent address) while that id still fits its base id ("base" or "base-N"); only the others
 * take the first free "base", "base-2", … in order. So a new source whose name sorts earlier never
 * takes over an existing release's URL, and a file nobody generated never hides a new release.
 */
export function assignIds(
  claims: readonly { baseId: string; previousId?: string | undefined }[],
  occupied: ReadonlySet<string> = new Set(),
): string[] {
  const ids: (string | undefined)[] = claims.map(() => undefined);
  // Ids whose file belongs to no source (a hand-written or foreign file): never given to a release.
  const taken = new Set<string>(occupied);
  claims.forEach((claim, i) => {
    const previous = claim.previousId;
    if (previous === undefined || taken.has(previous) || !fitsBase(previous, claim.baseId)) return;
    ids[i] = previous;
    taken.add(previous);
  });
  return claims.map((claim, i) => {
    const kept = ids[i];
    if (kept !== undefined) return kept;
    let id = claim.baseId;
    for (let n = 2; taken.has(id); n++) id = `${claim.baseId}-${n}`;
    taken.add(id);
    return id;
  });
}

function fitsBase(id: string, base: string): boolean {
  return id === base || (id.startsWith(`${base}-`) && /^[2-9]\d*$|^1\d+$/.test(id.slice(base.length + 1)));
}

/** Ids in order of claim; a later claim on a taken id gets "-2", "-3", … */
export function resolveCollisions(baseIds: readonly string[]): string[] {
  const taken = new Set<string>();
  return baseIds.map((base) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
