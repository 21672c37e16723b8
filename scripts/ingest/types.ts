// The shapes passed between ingest steps. Every step is a pure function over these.
import type { RegionName } from '../data/regions.ts';
import type { TopicName } from '../data/topics.ts';
import type { Contact, DateCertainty, MentionedDate } from '../lib/release-schema.ts';

/** A source after decoding and cleaning: what every extraction step reads. */
export interface CleanedSource {
  /** The release's headline, without "TIEDOTE:"-style prefixes. */
  title: string;
  /** True when no headline line was found and the first sentence stands in (a review item). */
  titleDerived?: boolean;
  /**
   * Lines that stood before or around the headline and were removed from the body: section labels
   * ("Ajankohtaista"), datelines ("23.02.2018", "TIEDOTE 12.3.2019", "Julkaistu 5.10.2018 klo 14.22").
   * Kept because a dateline is the best evidence of the publication date.
   */
  preamble: string[];
  /**
   * The release's own text as plain-text blocks (what was separated by blank lines), with web chrome,
   * the repeated headline and the preamble removed and whitespace normalised. Not Markdown yet.
   */
  paragraphs: string[];
  /** Paragraphs the source itself marks as headings (a saved page's <h2>–<h6>); absent for text. */
  headings?: readonly string[];
}

export interface DateFinding {
  date: string | null;
  dateCertainty: DateCertainty;
  dateEvidence: string | null;
}

export type { Contact, MentionedDate, RegionName, TopicName };
