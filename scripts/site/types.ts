// The shapes the site computes once from content/releases and hands to every template as the
// global data `archive`. The search plugin codes against these: change them only together with it.
import type { Contact, ReleaseFrontMatter } from '../lib/release-schema.ts';
import type { ArchiveUpdated } from './updated.ts';

/** A contact as the site shows it: `emailDerived` when the address was expanded from a pattern. */
export interface SiteContact extends Contact {
  emailDerived: boolean;
}

/** A release as read from content/releases/<id>.md, validated but not yet derived. */
export interface ReleaseFile {
  /** File name without .md; the stable id in every URL. */
  id: string;
  /** Path of the file, for error messages. */
  path: string;
  frontMatter: ReleaseFrontMatter;
  /** The Markdown body exactly as written (never rendered by a template engine). */
  bodyMarkdown: string;
}

/** A short reference to another release, for lists that must not embed whole releases. */
export interface ReleaseRef {
  id: string;
  url: string;
  title: string;
  date: string | null;
  /** The source file it was made from (content/sources/). */
  sourceFile: string;
}

export interface Release extends ReleaseFrontMatter {
  id: string;
  contacts: SiteContact[];
  /** Root-relative folder URL, "/tiedotteet/<id>/"; pass through relUrl for links. */
  url: string;
  // No bodyMarkdown: it is a slice of the file's whole text and would keep that in memory for the
  // whole build; bodyHtml and text are what pages, feeds and search use.
  /** The body rendered by the site's own markdown-it (no raw HTML, no unsafe links). */
  bodyHtml: string;
  /** Plain text of the body, blocks separated by blank lines: for search, feeds and data files. */
  text: string;
  /** Year and month (1–12) of `date`, null when undated. */
  year: number | null;
  month: number | null;
  regionSlug: string | null;
  /** Where the regions page lists it: its region, the national group, or null when neither is known. */
  area: { name: string; url: string } | null;
  topicSlugs: string[];
  /** Unpublished releases whose duplicateOf names this one. */
  alsoPublishedAs: ReleaseRef[];
}

/** Links computed once per release: previous/next in the archive and in the region, related releases. */
export interface ReleaseLinks {
  /** Neighbours in the whole archive's chronological order (oldest first, undated last). */
  older: Release | null;
  newer: Release | null;
  /** Older neighbour in the region's chronological order (undated last). */
  prev: Release | null;
  next: Release | null;
  related: Release[];
}

export interface TimelineMonth {
  /** 1–12. */
  month: number;
  count: number;
  /** 0–10: the bar length relative to the busiest month of the timeline (a CSS class, no inline style). */
  level: number;
  /** Oldest first within the month. */
  releases: Release[];
}

export interface TimelineYear {
  year: number;
  count: number;
  /** Always twelve months, empty ones included, so an axis shows gaps. */
  months: TimelineMonth[];
}

/** Releases laid out for an axis: dated ones by year and month (oldest year first), undated apart. */
export interface Timeline {
  total: number;
  years: TimelineYear[];
  undated: Release[];
}

export interface RegionGroup {
  name: string;
  slug: string;
  /** "/alueet/<slug>/". */
  url: string;
  count: number;
  timeline: Timeline;
}

export interface TopicGroup {
  name: string;
  slug: string;
  label: string;
  /** "/aiheet/<slug>/". */
  url: string;
  count: number;
  timeline: Timeline;
}

export interface Feed {
  /** Root-relative path of the feed file, e.g. "/feed.xml" or "/alueet/lappi/feed.xml". */
  path: string;
  /** Root-relative URL of the HTML page the feed mirrors. */
  pageUrl: string;
  title: string;
  /** Stable Atom id, independent of where the site is hosted. */
  atomId: string;
  /** Dated releases only, newest first, at most FEED_SIZE. */
  entries: Release[];
  /** Day of the newest entry (YYYY-MM-DD), or a fixed day for an empty feed. */
  updated: string;
}

export interface Archive {
  /** Published releases (duplicates left out), newest first, undated last. */
  releases: Release[];
  byId: ReadonlyMap<string, Release>;
  /** Releases not published because they repeat another (duplicateOf set). */
  duplicates: ReleaseRef[];
  links: ReadonlyMap<string, ReleaseLinks>;
  timeline: Timeline;
  /** All regions of the vocabulary, in its order, with their counts (zero included). */
  regions: RegionGroup[];
  /** National releases (scope: national), a group of their own beside the regions. */
  national: RegionGroup;
  /** Every group with a page under alueet/: the regions, then the national group. */
  areas: RegionGroup[];
  /** Releases an editor retired (`retired: true`): not published, counted in the build's output. */
  retired: ReleaseRef[];
  topics: TopicGroup[];
  feeds: Feed[];
  /** The day the footer and the workbook give as the archive's update (updated.ts). */
  updated: ArchiveUpdated;
  /** Source file name → root-relative address under lahteet/, for sources published byte for byte. */
  sources: ReadonlyMap<string, string>;
  /** Dated range of the archive, e.g. { first: "2015-03-02", last: "2019-05-31" }, null when empty. */
  span: { first: string; last: string } | null;
}

/** Build options read from the environment at the edge (.eleventy.ts). */
export interface SiteOptions {
  /** Absolute site URL ending in "/", or null: then no canonical links and no sitemap. */
  siteUrl: string | null;
}
