// The near-duplicate fingerprints of the last run, kept beside the releases so that an unchanged
// source need not be read through the pipeline again just to compare it. Derived data: ten times the
// size of the manifest and worthless in a diff, so it is not committed (.gitignore); a fresh clone
// has none, and its first ingest computes them again. Read leniently, as a cache: a line that does
// not parse is simply not used.
import type { Fingerprint } from './fingerprint.ts';
import type { Manifest } from './manifest.ts';

export const FINGERPRINT_CACHE_FILE = '.ingest-fingerprints';

const HEADER =
  '# Uudistusarkisto ingest fingerprints (a cache, not committed): source, source sha256, rules, sketch in base64';

/** One cached sketch, valid for exactly this source content and these rules. */
export interface CachedFingerprint {
  sha256: string;
  rulesHash: string;
  fingerprint: Fingerprint;
}

function encode(fingerprint: Fingerprint): string {
  const bytes = Buffer.alloc(fingerprint.length * 4);
  fingerprint.forEach((hash, i) => bytes.writeUInt32BE(hash >>> 0, i * 4));
  return bytes.toString('base64');
}

function decode(text: string): Fingerprint | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/u.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 4 !== 0) return null;
  const hashes: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) hashes.push(bytes.readUInt32BE(i));
  return hashes;
}

export function parseFingerprintCache(text: string | null): Map<string, CachedFingerprint> {
  const cache = new Map<string, CachedFingerprint>();
  for (const line of (text ?? '').split('\n')) {
    const fields = line.split('\t');
    if (line.startsWith('#') || fields.length !== 4) continue;
    const [file, sha256, rulesHash, sketch] = fields as [string, string, string, string];
    const fingerprint = decode(sketch);
    if (fingerprint && !cache.has(file)) cache.set(file, { sha256, rulesHash, fingerprint });
  }
  return cache;
}

/** The sketches of the manifest's entries that have one, one line per source, sorted. */
export function serializeFingerprintCache(manifest: Manifest): string {
  const lines = Object.keys(manifest.entries)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((file) => {
      const e = manifest.entries[file]!;
      // A name with a tab or line end would break the line: such a source is just not cached.
      // eslint-disable-next-line no-control-regex -- control characters are what is refused
      if (e.fingerprint === null || /[\u0000-\u001f]/u.test(file)) return [];
      return [[file, e.sha256, e.rulesHash, encode(e.fingerprint)].join('\t')];
    });
  return `${[HEADER, ...lines].join('\n')}\n`;
}

/** Gives each entry the cached sketch made from its own source content and rules, if there is one. */
export function withCachedFingerprints(
  manifest: Manifest,
  cache: ReadonlyMap<string, CachedFingerprint>,
): Manifest {
  const entries: Manifest['entries'] = {};
  for (const [file, entry] of Object.entries(manifest.entries)) {
    const cached = cache.get(file);
    const fits =
      cached !== undefined &&
      cached.sha256 === entry.sha256 &&
      cached.rulesHash === entry.rulesHash;
    entries[file] = {
      ...entry,
      fingerprint: entry.fingerprint ?? (fits ? cached.fingerprint : null),
    };
  }
  return { entries };
}
