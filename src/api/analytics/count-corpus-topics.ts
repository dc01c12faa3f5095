import type { DocumentQuery } from '../../store/port';
import type { ApiContext } from '../context';
import { loadCorpus } from './load-analytics-inputs';
import { TopicCounter, type TopicCount, type TopicCountDimension } from './topic-counts';
import type { Topic } from './topic-taxonomy';

/**
 * Topic counts over the in-corpus documents matching `filter`. A store that
 * streams texts is read in batches, which are counted and let go: a national
 * corpus paged whole through `listDocuments` held every document with all
 * its fields at once.
 */
export async function countCorpusTopics(
  ctx: ApiContext,
  filter: DocumentQuery,
  groupBy: readonly TopicCountDimension[],
  topics: readonly Topic[],
): Promise<TopicCount[]> {
  const counter = new TopicCounter(groupBy, topics);
  if (ctx.store.corpusTexts) {
    for await (const batch of ctx.store.corpusTexts(filter)) for (const document of batch) counter.add(document);
  } else {
    for (const document of await loadCorpus(ctx, filter)) counter.add(document);
  }
  return counter.counts();
}
