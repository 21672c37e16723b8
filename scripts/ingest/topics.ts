// The reform topics a release really discusses, in TOPICS order. A topic needs discussion: a term in
// the headline or the lead (its first LEAD_SENTENCES sentences), or several mentions further down; one
// passing term in the body ("… valinnanvapautta, kasvupalveluja ja rahoitusta koskevien lakien …")
// never tags. Rules and the evidence needed are data: scripts/ingest/data/topic-rules.ts.
import { TOPICS } from '../data/topics.ts';
import { LEAD_SENTENCES, TOPIC_RULES, TOPIC_SCORE } from './data/topic-rules.ts';
import { leadIndex } from './lead.ts';
import { splitSentences } from './sentences.ts';
import type { CleanedSource, TopicName } from './types.ts';

/** Evidence score of each topic in `text` (lowercased inside). */
export function scoreTopics(text: string): Map<TopicName, number> {
  const lower = text.toLowerCase();
  const scores = new Map<TopicName, number>();
  for (const rule of TOPIC_RULES) {
    const hits = [...lower.matchAll(rule.pattern)].length;
    if (hits > 0) {
      scores.set(rule.topic, (scores.get(rule.topic) ?? 0) + hits * TOPIC_SCORE[rule.strength]);
    }
  }
  return scores;
}

/** The headline and lead, and the rest of the text. Sentences glued by a scrape ("kertoo.Pilotit") are split. */
export function leadAndBody(source: CleanedSource): { lead: string; body: string } {
  const index = leadIndex(source.paragraphs);
  const leadParagraph = (source.paragraphs[index] ?? '').replace(/(\p{Ll})\.(\p{Lu})/gu, '$1. $2');
  const sentences = splitSentences(leadParagraph);
  return {
    lead: [source.title, ...sentences.slice(0, LEAD_SENTENCES)].join('\n'),
    body: [...sentences.slice(LEAD_SENTENCES), ...source.paragraphs.filter((_p, i) => i !== index)].join('\n'),
  };
}

export function extractTopics(source: CleanedSource): TopicName[] {
  const { lead, body } = leadAndBody(source);
  const inLead = scoreTopics(lead);
  const inBody = scoreTopics(body);
  return TOPICS.map((t) => t.name).filter((name) => {
    const lead = inLead.get(name) ?? 0;
    return lead >= TOPIC_SCORE.neededInLead || lead + (inBody.get(name) ?? 0) >= TOPIC_SCORE.neededInText;
  });
}
