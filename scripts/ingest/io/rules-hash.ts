// The hash of everything that decides an output: a change here reaches every release on the next run.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function computeRulesHash(root: string): string {
  const files = [
    ...listTree(join(root, 'scripts/ingest')),
    join(root, 'scripts/lib/release-schema.ts'),
    ...listTree(join(root, 'scripts/data')),
  ].filter((f) => f.endsWith('.ts'));
  const hash = createHash('sha256');
  for (const file of files.sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  // 64 bits tell one rule set from the next; the manifest carries it on every line.
  return hash.digest('hex').slice(0, 16);
}

function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listTree(join(dir, d.name)) : [join(dir, d.name)],
  );
}
