// The site's only reading of content/releases: every file is read once, parsed and validated here,
// at the boundary, and handed on as plain data. Errors name the file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { parseReleaseFrontMatter } from '../lib/release-schema.ts';
import type { ReleaseFile } from './types.ts';

/** Files read at once: enough to keep the disk busy, few enough not to run out of descriptors. */
const CONCURRENCY = 64;

/** Parses one release file's text. Pure; `file` is only used in error messages. */
export function parseReleaseFile(text: string, file: string): ReleaseFile {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // No cache: gray-matter caches by content, which only costs memory here.
    parsed = matter(text, {});
  } catch (error) {
    throw new Error(`${file}: front matter is not valid YAML: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return {
    id: path.basename(file, '.md'),
    path: file,
    frontMatter: parseReleaseFrontMatter(parsed.data, file),
    bodyMarkdown: parsed.content.replace(/^\s*\n/, ''),
  };
}

/** Reads every *.md in `dir` (not recursive), in file-name order. A missing folder is an empty archive. */
export async function readReleaseFiles(dir: string): Promise<ReleaseFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: ReleaseFile[] = new Array(names.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < names.length) {
      const index = next++;
      const file = path.join(dir, names[index]!);
      files[index] = parseReleaseFile(await readFile(file, 'utf8'), file);
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
  return files;
}
