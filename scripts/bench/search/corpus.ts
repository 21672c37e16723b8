// Reads a release corpus for the recall test and the benchmark (the site build reads releases itself
// and hands them to the plugin). Uses content/releases when ingest has written it, else the raw
// sources (title = first line), so the recall set can run before and after ingest.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontMatter } from '../../lib/front-matter.ts';
import { parseReleaseFrontMatter } from '../../lib/release-schema.ts';
import { renderReleaseBody } from '../../site/markdown.ts';
import type { SearchableRelease } from '../../search/searchable-release.ts';

export interface Corpus {
  releases: SearchableRelease[];
  /** Release id for a file in content/sources/. */
  idOfSource(file: string): string;
  origin: 'releases' | 'sources';
}

export function readReleases(dir: string): { releases: SearchableRelease[]; sourceToId: Map<string, string> } {
  const releases: SearchableRelease[] = [];
  const sourceToId = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const file = join(dir, name);
    const parsed = readFrontMatter(readFileSync(file, 'utf8'), file);
    const fm = parseReleaseFrontMatter(parsed.data, file);
    const id = name.slice(0, -3);
    sourceToId.set(fm.source.file, id);
    // Duplicates and retired releases are not published, so not searched.
    if (fm.duplicateOf !== null || fm.retired === true) continue;
    releases.push({
      id,
      title: fm.title,
      date: fm.date,
      region: fm.region,
      topics: fm.topics,
      lang: fm.lang,
      lead: fm.summary,
      // The same plain text the site hands the search plugin (Release.text).
      text: renderReleaseBody(parsed.content).text,
    });
  }
  return { releases, sourceToId };
}

export function readSources(dir: string): SearchableRelease[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const lines = readFileSync(join(dir, name), 'utf8').split('\n');
      const first = lines.findIndex((l) => l.trim() !== '');
      return {
        id: name.replace(/\.txt$/, ''),
        title: (lines[first] ?? name).trim(),
        date: null,
        region: null,
        topics: [],
        text: lines.slice(first + 1).join('\n').trim(),
      };
    });
}

export function loadBuiltInCorpus(root = '.'): Corpus {
  const releasesDir = join(root, 'content/releases');
  const hasReleases = existsSync(releasesDir) && readdirSync(releasesDir).some((f) => f.endsWith('.md'));
  if (hasReleases) {
    const { releases, sourceToId } = readReleases(releasesDir);
    return {
      releases,
      idOfSource: (file) => sourceToId.get(file) ?? `(no release for ${file})`,
      origin: 'releases',
    };
  }
  return {
    releases: readSources(join(root, 'content/sources')),
    idOfSource: (file) => file.replace(/\.txt$/, ''),
    origin: 'sources',
  };
}
