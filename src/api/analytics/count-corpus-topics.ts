import type { DocumentQuery, GraphStore } from '../../store/port';
import type { ApiContext } from '../context';
import { loadCorpus } from './load-analytics-inputs';
import { TopicCounter, type TopicCount, type TopicCountDimension } from './topic-counts';
import { TOPIC_TAGGER } from './topic-tagger';
import type { Topic } from './topic-taxonomy';

/**
 * Topic counts over the in-corpus documents matching `filter`. A store that
 * keeps tags counts documents per tag, tagging only the texts it has
 * not tagged before: tagging the whole corpus on every request took 11–13 s
 * at 100,000 documents. Other stores are paged and every text tagged.
 */
export async function countCorpusTopics(
  ctx: ApiContext,
  filter: DocumentQuery,
  groupBy: readonly TopicCountDimension[],
  topics: readonly Topic[],
): Promise<TopicCount[]> {
  const counter = new TopicCounter(groupBy, topics);
  if (ctx.store.countTextTags) {
    const grouping = { province: groupBy.includes('PROVINCE'), month: groupBy.includes('MONTH') };
    for (const counts of await ctx.store.countTextTags(filter, TOPIC_TAGGER, grouping, counter.topicBits)) counter.addTagCounts(counts);
  } else {
    for (const document of await loadCorpus(ctx, filter)) counter.add(document);
  }
  return counter.counts();
}

/**
 * Tags the topics of every in-corpus text the store has not tagged yet, so
 * that the first topic count a server answers does not pay for the whole
 * corpus (12–16 s at 100,000 documents, once). Returns how many it tagged;
 * stores that keep no tags have nothing to do.
 */
export async function tagCorpusTopics(store: GraphStore): Promise<number> {
  return (await store.tagTexts?.(TOPIC_TAGGER)) ?? 0;
}
