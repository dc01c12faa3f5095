import { topicIdsOf } from './topic-tags';
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
 * Documents per (province × topic × month), or any coarser grouping, taken
 * a document at a time so that a corpus can be read in batches and let go:
 * a document counts once per topic it is tagged with. Ordered by province,
 * month (nulls last), then topic.
 */
export class TopicCounter {
  private readonly by: ReadonlySet<TopicCountDimension>;
  private readonly groups = new Map<string, TopicCount>();

  constructor(
    groupBy: readonly TopicCountDimension[],
    private readonly topics: readonly Topic[] = TOPICS,
  ) {
    this.by = new Set(groupBy);
  }

  add(d: TaggableDocument): void {
    if (!d.text) return;
    const keys = new Set<string>();
    for (const topicId of topicIdsOf(d.text, this.topics)) {
      const row: TopicCount = {
        provinceId: this.by.has('PROVINCE') ? d.provinceId : null,
        topicId: this.by.has('TOPIC') ? topicId : null,
        month: this.by.has('MONTH') && d.issuedOn ? d.issuedOn.slice(0, 7) : null,
        documents: 0,
      };
      const key = JSON.stringify([row.provinceId, row.topicId, row.month]);
      if (keys.has(key)) continue; // one document, one count per group
      keys.add(key);
      const existing = this.groups.get(key) ?? row;
      existing.documents += 1;
      this.groups.set(key, existing);
    }
  }

  counts(): TopicCount[] {
    const text = (v: string | null): string => v ?? '\uffff';
    return [...this.groups.values()].sort(
      (x, y) => text(x.provinceId).localeCompare(text(y.provinceId)) || text(x.month).localeCompare(text(y.month)) || text(x.topicId).localeCompare(text(y.topicId)),
    );
  }
}
