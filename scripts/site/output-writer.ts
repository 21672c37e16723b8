// Writes the files of one build into its staging folder, taking over from the previous build every
// file whose digest it recorded unchanged (a hard link: no render, no write). Two kinds of digest:
// - an input digest, given by the caller, covers exactly what a page is made from, so an unchanged
//   page is not even rendered (release pages, the workbook); valid only under the same code digest;
// - a content digest, the hash of the bytes, for files that are cheap to make but many (citations,
//   search shards): made every time, but a file whose bytes did not change is not written again.
import { createHash } from 'node:crypto';
import { link, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Site path ("haku/indeksi/3.js") → digest, as the build stamp records them. */
export type FileDigests = Record<string, string>;

/** What the previous build left: its folder and what it recorded. */
export interface PreviousOutput {
  dir: string;
  /** Input digests: usable only when the previous build ran the same code (see code-digest.ts). */
  pages: FileDigests;
  /** Content digests: the bytes themselves, usable whatever code made them. */
  files: FileDigests;
}

export type Outcome = 'written' | 'linked';

export function contentDigest(bytes: string | Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

export class OutputWriter {
  /** What this build recorded, for its stamp. */
  readonly pages = new Map<string, string>();
  readonly files = new Map<string, string>();
  readonly counts = { written: 0, linked: 0 };
  readonly #folders = new Map<string, Promise<unknown>>();

  constructor(
    readonly outDir: string,
    readonly previous: PreviousOutput | null,
  ) {}

  /** Absolute path of a site path in this build's folder. */
  outputPath(sitePath: string): string {
    return path.join(this.outDir, sitePath);
  }

  /** One mkdir per folder per build, however many files go into it. */
  folder(dir: string): Promise<unknown> {
    let made = this.#folders.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      this.#folders.set(dir, made);
    }
    return made;
  }

  /** A file made from inputs with digest `digest`: rendered by `make` only when they changed. */
  async page(sitePath: string, digest: string, make: () => string | Uint8Array | Promise<string | Uint8Array>): Promise<Outcome> {
    this.pages.set(sitePath, digest);
    const to = this.outputPath(sitePath);
    await this.folder(path.dirname(to));
    if (this.previous?.pages[sitePath] === digest && (await this.#linked(sitePath, to))) return 'linked';
    await writeFile(to, await make());
    this.counts.written++;
    return 'written';
  }

  /** A file with these bytes: written only when they differ from the previous build's. */
  async file(sitePath: string, bytes: string | Uint8Array): Promise<Outcome> {
    const digest = contentDigest(bytes);
    this.files.set(sitePath, digest);
    const to = this.outputPath(sitePath);
    await this.folder(path.dirname(to));
    if (this.previous?.files[sitePath] === digest && (await this.#linked(sitePath, to))) return 'linked';
    await writeFile(to, bytes);
    this.counts.written++;
    return 'written';
  }

  /** Hard-links the previous build's file; false when it cannot (gone, another file system). */
  async #linked(sitePath: string, to: string): Promise<boolean> {
    try {
      await link(path.join(this.previous!.dir, sitePath), to);
      this.counts.linked++;
      return true;
    } catch {
      return false;
    }
  }
}
