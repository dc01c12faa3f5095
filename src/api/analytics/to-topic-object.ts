import type { TopicObject } from './analytics.types';
import type { Topic } from './topic-taxonomy';

/** The pattern source without the boundary wrapper added when compiling. */
export function toTopicObject(topic: Topic): TopicObject {
  return { id: topic.id, label: topic.label, patterns: topic.patterns.map((p) => p.source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)\(\?:/, '').replace(/\)\(\?!\[\\p\{L\}\\p\{N\}\]\)$/, '')) };
}
