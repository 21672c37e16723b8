// A digest of everything besides the releases that shapes the built pages: templates, assets, the
// site and search code, data tables, the installed dependencies and the build options. When it
// changes (a template edit, an upgrade), an incremental build renders every page again.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Folders and files, relative to the checkout, whose content shapes the output. */
export const CODE_INPUTS = ['layouts', 'scripts/site', 'scripts/search', 'scripts/data', 'scripts/lib', '.eleventy.ts', 'package-lock.json'] as const;

async function filesUnder(root: string, entry: string): Promise<string[]> {
  const full = path.join(root, entry);
  const found = await readdir(full, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOTDIR') return null;
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (found === null) return [entry];
  return found.filter((d) => d.isFile()).map((d) => path.relative(root, path.join(d.parentPath, d.name)));
}

/** Digest of `inputs` (default CODE_INPUTS) under `root` plus `options` (site URL, feedback address, …). */
export async function codeDigest(root: string, options: object, inputs: readonly string[] = CODE_INPUTS): Promise<string> {
  const files = (await Promise.all(inputs.map((entry) => filesUnder(root, entry)))).flat().sort();
  const hash = createHash('sha1').update(JSON.stringify(options));
  for (const file of files) {
    hash.update(`\0${file}\0`);
    hash.update(await readFile(path.join(root, file)));
  }
  return hash.digest('base64url');
}
