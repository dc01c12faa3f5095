import type { TagCounts } from '../../store/port';
import { topicBit, topicIdsOf } from './topic-tags';
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
 * a document at a time, or as a store's counts per tag: a document counts
 * once per topic it is tagged with. Ordered by province,
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
    this.count(d.provinceId, d.issuedOn ? d.issuedOn.slice(0, 7) : null, topicIdsOf(d.text, this.topics));
  }

  /** The topics counted, as a set of `topicBitsOf`'s bits. */
  get topicBits(): number {
    return this.topics.reduce((bits, topic) => bits | (1 << topicBit(topic)), 0);
  }

  /** A store's counts of one group's documents per tag (`topicBitsOf`), asked with `anyOf` = `topicBits`. */
  addTagCounts(counts: TagCounts): void {
    const { provinceId, month } = counts;
    if (this.by.has('TOPIC')) {
      for (const topic of this.topics) this.bump(provinceId, topic.id, month, counts.withTag[topicBit(topic)] ?? 0);
    } else {
      this.bump(provinceId, null, month, counts.withAnyOf);
    }
  }

  private count(provinceId: string | null, month: string | null, topicIds: readonly string[]): void {
    if (this.by.has('TOPIC')) topicIds.forEach((topicId) => this.bump(provinceId, topicId, month, 1));
    else if (topicIds.length > 0) this.bump(provinceId, null, month, 1); // one document, one count per group
  }

  private bump(provinceId: string | null, topicId: string | null, month: string | null, documents: number): void {
    if (documents === 0) return;
    const row: TopicCount = {
      provinceId: this.by.has('PROVINCE') ? provinceId : null,
      topicId: this.by.has('TOPIC') ? topicId : null,
      month: this.by.has('MONTH') ? month : null,
      documents: 0,
    };
    const key = JSON.stringify([row.provinceId, row.topicId, row.month]);
    const existing = this.groups.get(key) ?? row;
    existing.documents += documents;
    this.groups.set(key, existing);
  }

  counts(): TopicCount[] {
    const text = (v: string | null): string => v ?? '\uffff';
    return [...this.groups.values()].sort(
      (x, y) => text(x.provinceId).localeCompare(text(y.provinceId)) || text(x.month).localeCompare(text(y.month)) || text(x.topicId).localeCompare(text(y.topicId)),
    );
  }
}
