// The reform topics a release really discusses, in TOPICS order.
import type { CleanedSource, TopicName } from './types.ts';

export function extractTopics(_source: CleanedSource): TopicName[] {
  return [];
}
