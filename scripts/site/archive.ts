// Everything the pages show, derived once from the release files: no template recomputes a list.
import { REGIONS, regionSlug } from '../data/regions.ts';
import { TOPICS, topicSlug } from '../data/topics.ts';
import { buildFeeds } from './feeds.ts';
import { buildLinks } from './links.ts';
import { renderReleaseBody } from './markdown.ts';
import { newestFirst } from './order.ts';
import { buildTimeline } from './timeline.ts';
import type { Archive, RegionGroup, Release, ReleaseFile, ReleaseRef, TopicGroup } from './types.ts';

export function releaseUrl(id: string): string {
  return `/julkaisut/${id}/`;
}

/**
 * A flat copy of a string. markdown-it's output is a rope of slices of the release file's text, which
 * would keep every file's whole text in memory for the whole build.
 */
function detached(value: string): string {
  return structuredClone(value);
}

export function toRelease(file: ReleaseFile): Release {
  const fm = file.frontMatter;
  const rendered = renderReleaseBody(file.bodyMarkdown);
  const html = detached(rendered.html);
  const text = detached(rendered.text);
  return {
    ...fm,
    id: file.id,
    url: releaseUrl(file.id),
    bodyHtml: html,
    text,
    year: fm.date ? Number(fm.date.slice(0, 4)) : null,
    month: fm.date ? Number(fm.date.slice(5, 7)) : null,
    regionSlug: fm.region ? regionSlug(fm.region) : null,
    topicSlugs: fm.topics.map(topicSlug),
    alsoPublishedAs: [],
  };
}

function toRef(release: Release): ReleaseRef {
  return { id: release.id, url: release.url, title: release.title, date: release.date, sourceFile: release.source.file };
}

export function buildArchive(files: readonly ReleaseFile[]): Archive {
  const all = files.map(toRelease);
  const allById = new Map(all.map((r) => [r.id, r]));
  const published = new Map<string, Release>();
  const duplicates: Release[] = [];
  for (const release of all) {
    // A duplicate of a missing release is published rather than silently lost.
    if (release.duplicateOf !== null && allById.has(release.duplicateOf) && release.duplicateOf !== release.id) {
      duplicates.push(release);
    } else {
      published.set(release.id, release);
    }
  }
  for (const duplicate of duplicates) {
    // Follow a chain (a duplicate of a duplicate) to the release that is published.
    let target = duplicate.duplicateOf;
    const seen = new Set<string>();
    while (target !== null && !published.has(target) && !seen.has(target)) {
      seen.add(target);
      target = allById.get(target)?.duplicateOf ?? null;
    }
    const canonical = target === null ? undefined : published.get(target);
    if (canonical) canonical.alsoPublishedAs.push(toRef(duplicate));
    else published.set(duplicate.id, duplicate);
  }

  const releases = [...published.values()].sort(newestFirst);
  const regions: RegionGroup[] = REGIONS.map((region) => {
    const list = releases.filter((r) => r.regionSlug === region.slug);
    return {
      name: region.name,
      slug: region.slug,
      url: `/alueet/${region.slug}/`,
      count: list.length,
      timeline: buildTimeline(list),
    };
  });
  const topics: TopicGroup[] = TOPICS.map((topic) => {
    const list = releases.filter((r) => r.topicSlugs.includes(topic.slug));
    return {
      name: topic.name,
      slug: topic.slug,
      label: topic.label,
      url: `/aiheet/${topic.slug}/`,
      count: list.length,
      timeline: buildTimeline(list),
    };
  });
  const dated = releases.filter((r) => r.date !== null);
  return {
    releases,
    byId: new Map(releases.map((r) => [r.id, r])),
    duplicates: duplicates.filter((d) => !published.has(d.id)).map(toRef),
    links: buildLinks(releases),
    timeline: buildTimeline(releases),
    regions,
    topics,
    feeds: buildFeeds(releases, regions, topics),
    span: dated.length ? { first: dated[dated.length - 1]!.date!, last: dated[0]!.date! } : null,
  };
}
