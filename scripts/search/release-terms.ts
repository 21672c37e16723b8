// What one release contributes to the search index before the postings are counted: the terms of
// each field with their word positions, the inflection links its words imply, and the words the
// morphology was asked about. The costly part of an index build (tokens, Voikko, compounds,
// elliptical words), and a function of the release and the archive's vocabulary alone, so it can be
// kept across builds (term-cache.ts) and the index assembled from kept and fresh parts alike.
import type { PositionedTerms, TermExpander } from './index-terms.ts';
import type { SearchableRelease } from './searchable-release.ts';

export interface ReleaseTerms {
  title: PositionedTerms;
  body: PositionedTerms;
  /** Region, topics and year (tagText): no positions. */
  tags: string[];
  lead: PositionedTerms;
  /** [inflected term, base term] pairs for the dictionary. */
  links: [string, string][];
  /** Lower-cased words given to the morphology (what a change of the vocabulary is checked against). */
  words: string[];
}

export function tagText(release: SearchableRelease): string {
  return [release.region ?? '', ...release.topics, release.date?.slice(0, 4) ?? ''].join(' ');
}

/** The lead: the summary, else the first paragraph of the text. */
export function leadOf(release: SearchableRelease): string {
  const summary = release.lead?.trim();
  if (summary) return summary;
  return release.text.trim().split(/\n\s*\n/)[0] ?? '';
}

/** Expands one release's fields in the order an index build always has (title, body, lead, tags). */
export function expandRelease(expander: TermExpander, release: SearchableRelease): ReleaseTerms {
  const lang = release.lang ?? 'fi';
  const { value, trace } = expander.traced(() => ({
    title: expander.positionedTermsOf(release.title, lang),
    body: expander.positionedTermsOf(release.text, lang),
    lead: expander.positionedTermsOf(leadOf(release), lang),
    tags: expander.termsOf(tagText(release)),
  }));
  return { title: value.title, body: value.body, tags: value.tags, lead: value.lead, links: trace.links, words: [...trace.words] };
}
