// The release files the site build CLI has already read and validated (it must check every one
// before anything is written), handed to .eleventy.ts so they are not read twice. Other entry points
// (tests, Eleventy's own CLI) leave it unset and the config reads the files itself.
import type { ReleaseFile } from './types.ts';

let preloaded: readonly ReleaseFile[] | null = null;

export function providePreloadedReleaseFiles(files: readonly ReleaseFile[]): void {
  preloaded = files;
}

export function preloadedReleaseFiles(): readonly ReleaseFile[] | null {
  return preloaded;
}
