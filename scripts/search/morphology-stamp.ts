// What identifies the morphology an index build would use, for keeping index terms across builds
// (term-cache.ts): Voikko switched off or not, and the library and dictionary files Voikko would load
// (path, size, modification time), so an upgrade of libvoikko or voikko-fi makes kept terms stale.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

// libvoikko's default dictionary search path (voikkoInit with a null path), then the shared library.
const DICTIONARY_DIRS = [path.join(homedir(), '.voikko'), '/etc/voikko', '/usr/lib/voikko', '/usr/share/voikko'];
const LIBRARY_DIRS = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib', '/usr/local/lib'];

function fileFacts(file: string): string | null {
  try {
    const real = realpathSync(file);
    const info = statSync(real);
    return info.isFile() ? `${real}:${info.size}:${info.mtimeMs}` : null;
  } catch {
    return null;
  }
}

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() || d.isSymbolicLink())
      .map((d) => path.join(d.parentPath, d.name));
  } catch {
    return [];
  }
}

/** A string that changes when the morphology a build would use may have changed. */
export function morphologyStamp(env: NodeJS.ProcessEnv = process.env): string {
  const facts = [`no-voikko=${env.SEARCH_NO_VOIKKO === '1'}`, `path=${env.VOIKKO_DICTIONARY_PATH ?? ''}`];
  const dirs = [...(env.VOIKKO_DICTIONARY_PATH ? env.VOIKKO_DICTIONARY_PATH.split(':') : []), ...DICTIONARY_DIRS];
  for (const dir of dirs) for (const file of filesUnder(dir).sort()) facts.push(fileFacts(file) ?? file);
  for (const dir of LIBRARY_DIRS) facts.push(fileFacts(path.join(dir, 'libvoikko.so.1')) ?? '');
  return facts.join('\n');
}
