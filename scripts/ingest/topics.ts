// The reform topics a release really discusses, in TOPICS order. Rules and the minimum-evidence
// scoring are data: scripts/ingest/data/topic-rules.ts.
import { TOPICS } from '../data/topics.ts';
import { TOPIC_RULES, TOPIC_SCORE } from './data/topic-rules.ts';
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

export function extractTopics(source: CleanedSource): TopicName[] {
  const scores = scoreTopics([source.title, ...source.paragraphs].join('\n'));
  return TOPICS.map((t) => t.name).filter((name) => (scores.get(name) ?? 0) >= TOPIC_SCORE.needed);
}
