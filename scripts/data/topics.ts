// The four reform topics the archive tags. The recognition rules live in scripts/ingest/data/topic-rules.ts.
export const TOPICS = [
  { name: 'ICT', slug: 'ict', label: 'ICT ja tietojärjestelmät' },
  { name: 'kasvupalvelut', slug: 'kasvupalvelut', label: 'Kasvupalvelut' },
  { name: 'valinnanvapaus', slug: 'valinnanvapaus', label: 'Valinnanvapaus' },
  {
    name: 'henkilökohtainen budjetti',
    slug: 'henkilokohtainen-budjetti',
    label: 'Henkilökohtainen budjetti',
  },
] as const;

export type TopicName = (typeof TOPICS)[number]['name'];

export const TOPIC_NAMES = TOPICS.map((t) => t.name) as [TopicName, ...TopicName[]];

export function topicSlug(name: TopicName): string {
  const topic = TOPICS.find((t) => t.name === name);
  if (!topic) throw new Error(`Unknown topic: ${name}`);
  return topic.slug;
}
