import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/site/archive.ts';
import { releasePageData, releasePagePath } from '../../scripts/site/release-page-data.ts';
import { pageDigest, ReleaseDigests, releaseArchiveView, sharedPageInputs } from '../../scripts/site/release-page-inputs.ts';
import type { ReleaseFile } from '../../scripts/site/types.ts';
import { releaseFile } from './helpers.ts';

const BASE: ReleaseFile[] = [
  releaseFile('a', { date: '2018-01-01', topics: ['ICT'] }),
  releaseFile('b', { date: '2018-02-01', topics: ['ICT'] }),
  releaseFile('c', { date: '2018-03-01', topics: ['ICT'] }),
  releaseFile('far', { date: '2016-01-01', region: 'Lappi', topics: ['kasvupalvelut'] }),
];

/** Digest of every release page of an archive built from `files`. */
function digests(files: ReleaseFile[], code = 'code'): Map<string, string> {
  const archive = buildArchive(files);
  const shared = sharedPageInputs(archive, code, { site: 'x' });
  const memo = new ReleaseDigests(archive.releases);
  return new Map(
    archive.releases.map((r) => {
      const view = releaseArchiveView(archive, shared, r);
      return [r.id, pageDigest(shared, memo, releasePageData(r, '/out-123'), releasePagePath(r), view)];
    }),
  );
}

const changed = (before: Map<string, string>, after: Map<string, string>): string[] =>
  [...after].filter(([id, d]) => before.get(id) !== d).map(([id]) => id).sort();

describe('release page digests', () => {
  const before = digests(BASE);
  it.each<[string, ReleaseFile[], string[]]>([
    ['nothing changed', BASE, []],
    ['a title: its page and the pages showing it (neighbours, related)', BASE.map((f) => (f.id === 'b' ? releaseFile('b', { date: '2018-02-01', topics: ['ICT'], title: 'Uusi' }) : f)), ['a', 'b', 'c']],
    // "a" is far's newer neighbour in the archive's chronology (previous/next across the archive).
    ['a body: its page and the pages showing it', BASE.map((f) => (f.id === 'far' ? releaseFile('far', { date: '2016-01-01', region: 'Lappi', topics: ['kasvupalvelut'] }, 'Muutettu.') : f)), ['a', 'far']],
    // The ICT count changes too; "far" is rendered again only because "new" is now its older
    // neighbour in the chronology, not for the count.
    ['an added release: its page and those it is related to', [...BASE, releaseFile('new', { date: '2015-01-01', region: 'Uusimaa', topics: ['ICT'] })], ['a', 'b', 'c', 'far', 'new']],
  ])('%s', (_name, files, expected) => {
    expect(changed(before, digests(files))).toEqual(expected);
  });

  it('the code digest changes every page', () => {
    expect(changed(before, digests(BASE, 'other code'))).toEqual(['a', 'b', 'c', 'far']);
  });

  it('does not depend on where the build is written', () => {
    const archive = buildArchive(BASE);
    const shared = sharedPageInputs(archive, 'code', {});
    const memo = new ReleaseDigests(archive.releases);
    const r = archive.releases[0]!;
    const view = releaseArchiveView(archive, shared, r);
    expect(pageDigest(shared, memo, releasePageData(r, '/x/.dist.building-1'), releasePagePath(r), view)).toBe(
      pageDigest(shared, memo, releasePageData(r, '/x/.dist.building-2'), releasePagePath(r), view),
    );
  });
});

describe('the archive a release page sees', () => {
  const archive = buildArchive(BASE);
  const view = releaseArchiveView(archive, sharedPageInputs(archive, 'code', {}), archive.releases[0]!);
  it('holds its links and the topic names', () => {
    expect(view.links.get(archive.releases[0]!.id)).toBeDefined();
    expect(view.topics.map((t) => (t as { slug: string }).slug)).toContain('ict');
  });
  it.each([
    ['releases', () => (view as unknown as Record<string, unknown>).releases],
    ['a topic count', () => (view.topics[0] as Record<string, unknown>).count],
  ])('throws on what the digest does not cover: %s', (_name, read) => {
    expect(read).toThrow(/not among a release page's inputs/);
  });
});
