import { foldKeepingOffsets } from './fold-keeping-offsets';
import type { CharRange } from './text-ranges';
import { TOPICS, type Topic } from './topic-taxonomy';

export interface TopicTag {
  topic: Topic;
  /** How many times the topic's patterns match. */
  mentions: number;
  /** The first matches, as spans of the text (what a reader checks). */
  evidence: CharRange[];
}

/** Enough evidence to check a tag without listing every mention of a common word. */
export const MAX_EVIDENCE_PER_TAG = 3;

/** Topics of the taxonomy a text mentions, in taxonomy order, each with the spans that show it. */
export function tagTopics(text: string, topics: readonly Topic[] = TOPICS): TopicTag[] {
  const folded = foldKeepingOffsets(text);
  const tags: TopicTag[] = [];
  for (const topic of topics) {
    const spans: CharRange[] = [];
    for (const pattern of topic.patterns) {
      pattern.lastIndex = 0;
      for (const m of folded.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
    }
    if (spans.length === 0) continue;
    // Patterns of one topic can overlap (`gian cach xa hoi` and `gian cach`): count each place once.
    const distinct: CharRange[] = [];
    for (const s of spans.sort((x, y) => x.start - y.start || y.end - x.end)) {
      if (s.start >= (distinct.at(-1)?.end ?? 0)) distinct.push(s);
    }
    tags.push({ topic, mentions: distinct.length, evidence: distinct.slice(0, MAX_EVIDENCE_PER_TAG) });
  }
  return tags;
}

/**
 * The ids of the topics `tagTopics` would tag `text` with, in taxonomy
 * order, without finding every mention: counting documents per topic needs
 * only whether one pattern matches, and each topic's patterns are tried as
 * one expression that stops at the first match.
 */
export function topicIdsOf(text: string, topics: readonly Topic[] = TOPICS): string[] {
  const folded = foldKeepingOffsets(text);
  return topics.filter((topic) => anyPatternOf(topic).test(folded)).map((topic) => topic.id);
}

/**
 * The topics `topicIdsOf` finds, as a bit set: bit i for `TOPICS[i]`. What
 * the store keeps per document text, so that counts need not tag again.
 */
export function topicBitsOf(text: string): number {
  const folded = foldKeepingOffsets(text);
  let bits = 0;
  TOPICS.forEach((topic, i) => {
    if (anyPatternOf(topic).test(folded)) bits |= 1 << i;
  });
  return bits;
}

/** The bit of `topic` in `topicBitsOf`'s sets: its place in `TOPICS`. */
export function topicBit(topic: Topic): number {
  const i = TOPICS.indexOf(topic);
  if (i < 0) throw new RangeError(`Topic '${topic.id}' is not one of the taxonomy's; it has no bit.`);
  return i;
}

const anyPattern = new WeakMap<Topic, RegExp>();

function anyPatternOf(topic: Topic): RegExp {
  let pattern = anyPattern.get(topic);
  if (pattern === undefined) {
    // Each source carries its own word-boundary guards; without the global flag `test` keeps no state.
    pattern = new RegExp(topic.patterns.map((p) => `(?:${p.source})`).join('|'), 'u');
    anyPattern.set(topic, pattern);
  }
  return pattern;
}
