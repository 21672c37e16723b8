// What an earlier run left in the out folder for this one: the manifest (format 2, else format 1,
// which is read only until a format 2 one is written) and the fingerprint cache. Read the same way
// by the run (ingest-cli.ts, step 0) and by the work done ahead on threads (ahead.ts).
import { join } from 'node:path';
import { FINGERPRINT_CACHE_FILE, parseFingerprintCache, withCachedFingerprints } from '../fingerprint-cache.ts';
import { MANIFEST_FILE, MANIFEST_FILE_V1, parseManifest, type Manifest, type ManifestRead } from '../manifest.ts';
import { readTextOrNull } from './files.ts';

export interface PreviousRecord {
  read: ManifestRead;
  /** The manifest file read (or, when none is there, the one to be written). */
  manifestPath: string;
  /** The texts as read: the run rewrites a file only when its new text differs. */
  manifestText: string | null;
  manifestTextV1: string | null;
  fingerprintsText: string | null;
  /** The manifest with its cached fingerprints, when it could be trusted. */
  trusted: Manifest | null;
}

export function readPreviousRecord(out: string): PreviousRecord {
  const manifestText = readTextOrNull(join(out, MANIFEST_FILE));
  const manifestTextV1 = manifestText === null ? readTextOrNull(join(out, MANIFEST_FILE_V1)) : null;
  const read = parseManifest(manifestText ?? manifestTextV1);
  const fingerprintsText = readTextOrNull(join(out, FINGERPRINT_CACHE_FILE));
  return {
    read,
    manifestPath: join(out, manifestTextV1 === null ? MANIFEST_FILE : MANIFEST_FILE_V1),
    manifestText,
    manifestTextV1,
    fingerprintsText,
    trusted: read.status === 'ok' ? withCachedFingerprints(read.manifest, parseFingerprintCache(fingerprintsText)) : null,
  };
}
