// Everything a release page is made from, and a digest of it, so an incremental build re-renders a
// page only when one of its inputs changed. Correct by construction: the templates of a release page
// see `archive` only through releaseArchiveView, which holds exactly the parts the digest covers and
// throws on anything else, so a template that starts reading more fails loudly instead of going stale.
import { createHash } from 'node:crypto';
import type { ReleasePageData } from './release-page-data.ts';
import type { Archive, Release } from './types.ts';

/** What a release page's templates may read of `archive`. Add a field here and in pageDigest together. */
export interface ReleaseArchiveView {
  links: ReadonlyMap<string, unknown>;
  topics: readonly object[];
  /** This release's published source, if any (the "Lataa lähdetiedosto" link). */
  sources: ReadonlyMap<string, string>;
  /** The archive's update day, in every page's footer. */
  updated: object;
}

/** The archive-wide parts every release page shares (computed once per build). */
export interface SharedPageInputs {
  /** Topics without their timelines (a release page lists topic names, never their releases). */
  topics: readonly object[];
  updated: object;
  /** Digest of `topics`, the update day, the templates and code (codeDigest) and the site globals. */
  digest: string;
}

export function sharedPageInputs(archive: Archive, codeDigest: string, globals: object): SharedPageInputs {
  // Names and addresses only: with counts, one added release would change every release page's digest.
  const topics = archive.topics.map((t) => ({ name: t.name, slug: t.slug, label: t.label, url: t.url }));
  // The footer's update day is on every page: when it changes, every page is rendered again.
  const updated = archive.updated;
  return {
    topics: topics.map((topic) => strictView(topic, `topic ${topic.slug}`)),
    updated,
    digest: sha1(JSON.stringify({ codeDigest, globals, topics, updated })),
  };
}

function strictView<T extends object>(view: T, what: string): T {
  return new Proxy(view, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol' || prop in target) return Reflect.get(target, prop, receiver) as unknown;
      throw new Error(
        `a release page read ${prop} of ${what}, which is not among a release page's inputs ` +
          '(scripts/site/release-page-inputs.ts): add it there so incremental builds see its changes',
      );
    },
  });
}

/** The `archive` a release page's templates get: this release's links and the topic list, nothing else. */
export function releaseArchiveView(archive: Archive, shared: SharedPageInputs, release: Release): ReleaseArchiveView {
  const links = archive.links.get(release.id);
  const source = archive.sources.get(release.source.file);
  return strictView(
    {
      links: new Map(links ? [[release.id, links]] : []),
      topics: shared.topics,
      sources: new Map(source ? [[release.source.file, source]] : []),
      updated: shared.updated,
    },
    `archive (page of ${release.id})`,
  );
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** Per-build memo of release digests: a release appears on many pages (neighbours, related). */
export class ReleaseDigests {
  readonly #known = new WeakMap<object, string>();
  constructor(releases: readonly Release[]) {
    for (const release of releases) this.#known.set(release, `release:${sha1(JSON.stringify(release))}`);
  }
  /** A JSON.stringify replacer that writes a known release as its digest. */
  readonly replacer = (_key: string, value: unknown): unknown =>
    (typeof value === 'object' && value !== null && this.#known.get(value)) || value;
}

/**
 * The digest of one release page: the shared inputs, the page data (its output path as a path in
 * the site, not on disk) and the links the page shows, each release written as its own digest.
 */
export function pageDigest(
  shared: SharedPageInputs,
  digests: ReleaseDigests,
  data: ReleasePageData,
  sitePath: string,
  view: ReleaseArchiveView,
): string {
  const { page, ...rest } = data;
  const inputs = {
    shared: shared.digest,
    sitePath,
    url: page.url,
    rest,
    links: view.links.get(data.release.id) ?? null,
    source: view.sources.get(data.release.source.file) ?? null,
  };
  return sha1(JSON.stringify(inputs, digests.replacer));
}
