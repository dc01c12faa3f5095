import taxonomyJson from './topic-taxonomy.json';

export interface Topic {
  id: string;
  label: string;
  /** Compiled from the JSON patterns: global, over folded lower-cased text, bounded by non-letters. */
  patterns: RegExp[];
}

interface TopicJson {
  id: string;
  label: string;
  patterns: string[];
}

/** The measure taxonomy (domain.md §7), read once from `topic-taxonomy.json`. */
export const TOPICS: readonly Topic[] = (taxonomyJson.topics as TopicJson[]).map((t) => ({
  id: t.id,
  label: t.label,
  patterns: t.patterns.map((p) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${p})(?![\\p{L}\\p{N}])`, 'gu')),
}));

export function topicById(id: string): Topic | undefined {
  return TOPICS.find((t) => t.id === id);
}
