// Everything the pages show, derived once from the release files: no template recomputes a list.
import { REGIONS, regionSlug } from '../data/regions.ts';
import { TOPICS, topicSlug } from '../data/topics.ts';
import { inArea, NATIONAL_GROUP } from './areas.ts';
import { buildFeeds } from './feeds.ts';
import { buildLinks } from './links.ts';
import { isDerivedEmail } from './derived-email.ts';
import { renderReleaseBody } from './markdown.ts';
import { newestFirst } from './order.ts';
import { buildTimeline } from './timeline.ts';
import { archiveUpdated } from './updated.ts';
import type { Archive, RegionGroup, Release, ReleaseFile, ReleaseRef, TopicGroup } from './types.ts';

export function releaseUrl(id: string): string {
  return `/tiedotteet/${id}/`;
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
  const rendered = renderReleaseBody(file.bodyMarkdown, { dropContactBlock: fm.contacts.length > 0 });
  const html = detached(rendered.html);
  const text = detached(rendered.text);
  return {
    ...fm,
    id: file.id,
    url: releaseUrl(file.id),
    contacts: fm.contacts.map((c) => ({ ...c, emailDerived: isDerivedEmail(c.email, file.bodyMarkdown) })),
    bodyHtml: html,
    text,
    year: fm.date ? Number(fm.date.slice(0, 4)) : null,
    month: fm.date ? Number(fm.date.slice(5, 7)) : null,
    regionSlug: fm.region ? regionSlug(fm.region) : null,
    area: fm.region
      ? { name: fm.region, url: `/alueet/${regionSlug(fm.region)}/` }
      : fm.scope === 'national'
        ? { name: NATIONAL_GROUP.name, url: `/alueet/${NATIONAL_GROUP.slug}/` }
        : null,
    topicSlugs: fm.topics.map(topicSlug),
    alsoPublishedAs: [],
  };
}

function toRef(release: Release): ReleaseRef {
  return { id: release.id, url: release.url, title: release.title, date: release.date, sourceFile: release.source.file };
}

export function buildArchive(files: readonly ReleaseFile[]): Archive {
  return archiveOf(files.map(toRelease));
}

/** The archive of releases already derived from their files (toRelease, or the release cache). */
export function archiveOf(read: readonly Release[]): Archive {
  // A retired release (an editor's `retired: true`) is not published anywhere: no page, list, feed,
  // data file, sitemap entry or search entry. It is read like any other so its file is still checked.
  const retired = read.filter((r) => r.retired === true);
  const retiredIds = new Set(retired.map((r) => r.id));
  const all = read.filter((r) => !retiredIds.has(r.id));
  const allById = new Map(all.map((r) => [r.id, r]));
  const published = new Map<string, Release>();
  const duplicates: Release[] = [];
  for (const release of all) {
    // A duplicate of a missing release is published rather than silently lost.
    const known = release.duplicateOf !== null && (allById.has(release.duplicateOf) || retiredIds.has(release.duplicateOf));
    if (known && release.duplicateOf !== release.id) {
      duplicates.push(release);
    } else {
      published.set(release.id, release);
    }
  }
  for (const duplicate of duplicates) {
    // Follow a chain (a duplicate of a duplicate) to the release that is published.
    let target = duplicate.duplicateOf;
    const seen = new Set<string>();
    while (target !== null && !published.has(target) && !retiredIds.has(target) && !seen.has(target)) {
      seen.add(target);
      target = allById.get(target)?.duplicateOf ?? null;
    }
    const canonical = target === null ? undefined : published.get(target);
    if (canonical) canonical.alsoPublishedAs.push(toRef(duplicate));
    // A copy of a retired release repeats retired text: it stays unpublished too.
    else if (!(target !== null && retiredIds.has(target))) published.set(duplicate.id, duplicate);
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
  const nationalList = releases.filter((r) => inArea(r, NATIONAL_GROUP.slug));
  const national: RegionGroup = {
    ...NATIONAL_GROUP,
    url: `/alueet/${NATIONAL_GROUP.slug}/`,
    count: nationalList.length,
    timeline: buildTimeline(nationalList),
  };
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
    national,
    areas: [...regions, national],
    topics,
    feeds: buildFeeds(releases, [...regions, national], topics),
    retired: retired.map(toRef),
    // Filled in at the build's edge once the sources folder has been checked (source-files.ts).
    sources: new Map(),
    updated: archiveUpdated(undefined, dated[0]?.date ?? null),
    span: dated.length ? { first: dated[dated.length - 1]!.date!, last: dated[0]!.date! } : null,
  };
}
