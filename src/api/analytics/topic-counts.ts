import { tagTopics } from './topic-tags';
import { TOPICS, type Topic } from './topic-taxonomy';

export type TopicCountDimension = 'PROVINCE' | 'TOPIC' | 'MONTH';

export interface TaggableDocument {
  provinceId: string | null;
  issuedOn: string | null;
  text: string | null;
}

export interface TopicCount {
  /** Null when not grouped by province, or the document has none (central instruments). */
  provinceId: string | null;
  topicId: string | null;
  /** `YYYY-MM`; null when not grouped by month or the date is unknown. */
  month: string | null;
  /** Documents (not mentions) in the group that carry the topic. */
  documents: number;
}

/**
 * Documents per (province × topic × month), or any coarser grouping: a
 * document counts once per topic it is tagged with. Ordered by province,
 * month (nulls last), then topic.
 */
export function countTopics(
  documents: readonly TaggableDocument[],
  groupBy: readonly TopicCountDimension[],
  topics: readonly Topic[] = TOPICS,
): TopicCount[] {
  const by = new Set(groupBy);
  const counts = new Map<string, TopicCount>();
  for (const d of documents) {
    if (!d.text) continue;
    const keys = new Set<string>();
    for (const tag of tagTopics(d.text, topics)) {
      const row: TopicCount = {
        provinceId: by.has('PROVINCE') ? d.provinceId : null,
        topicId: by.has('TOPIC') ? tag.topic.id : null,
        month: by.has('MONTH') && d.issuedOn ? d.issuedOn.slice(0, 7) : null,
        documents: 0,
      };
      const key = JSON.stringify([row.provinceId, row.topicId, row.month]);
      if (keys.has(key)) continue; // one document, one count per group
      keys.add(key);
      const existing = counts.get(key) ?? row;
      existing.documents += 1;
      counts.set(key, existing);
    }
  }
  const text = (v: string | null): string => v ?? '\uffff';
  return [...counts.values()].sort(
    (x, y) => text(x.provinceId).localeCompare(text(y.provinceId)) || text(x.month).localeCompare(text(y.month)) || text(x.topicId).localeCompare(text(y.topicId)),
  );
}
