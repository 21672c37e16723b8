// Highwire Press (citation_*) and Dublin Core meta tags for a release page: what Zotero's
// embedded-metadata import and Google Scholar read. Only a date the release states is given as the
// publication date; an inferred one is left out here (the page and the .bib/.ris files say it).
import { ARCHIVE_NAME, type CitationFacts } from './facts.ts';

export interface MetaTag {
  name: string;
  content: string;
}

export function citationMetaTags(facts: CitationFacts): MetaTag[] {
  const stated = facts.date && !facts.dateInferred ? facts.date : null;
  const tags: MetaTag[] = [{ name: 'citation_title', content: facts.title }];
  if (facts.author) tags.push({ name: 'citation_author', content: facts.author });
  if (stated) tags.push({ name: 'citation_publication_date', content: stated.replace(/-/g, '/') });
  tags.push({ name: 'citation_publisher', content: ARCHIVE_NAME });
  if (facts.url) tags.push({ name: 'citation_public_url', content: facts.url });
  tags.push({ name: 'citation_language', content: facts.lang });
  if (facts.topics.length) tags.push({ name: 'citation_keywords', content: facts.topics.join('; ') });

  tags.push({ name: 'DC.title', content: facts.title });
  if (facts.author) tags.push({ name: 'DC.creator', content: facts.author });
  if (stated) tags.push({ name: 'DC.date', content: stated });
  tags.push({ name: 'DC.publisher', content: ARCHIVE_NAME }, { name: 'DC.type', content: 'Text' });
  tags.push({ name: 'DC.language', content: facts.lang });
  tags.push({ name: 'DC.identifier', content: facts.url ?? facts.path });
  for (const topic of facts.topics) tags.push({ name: 'DC.subject', content: topic });
  if (facts.summary) tags.push({ name: 'DC.description', content: facts.summary });
  return tags;
}
