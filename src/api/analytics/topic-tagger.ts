import { createHash } from 'node:crypto';
import type { TextTagger } from '../../store/port';
import { topicBitsOf } from './topic-tags';
import { TOPICS } from './topic-taxonomy';

/**
 * Raise when the fold or the matching changes what `topicBitsOf` finds for a
 * text: stores drop tags kept under another key. A change of the taxonomy
 * changes the key by itself.
 */
const TAGGING_VERSION = 1;

if (TOPICS.length > 31) throw new RangeError(`The taxonomy has ${TOPICS.length} topics; stored tag sets hold at most 31.`);

const taxonomyDigest = createHash('sha256')
  .update(JSON.stringify(TOPICS.map((t) => [t.id, t.patterns.map((p) => p.source)])))
  .digest('hex')
  .slice(0, 16);

/** The taxonomy's topics of a text, as the bit set stores keep per document. */
export const TOPIC_TAGGER: TextTagger = {
  key: `topics/${TAGGING_VERSION}/${taxonomyDigest}`,
  size: TOPICS.length,
  tag: topicBitsOf,
};
