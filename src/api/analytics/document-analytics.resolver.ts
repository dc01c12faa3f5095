import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { DocumentNode } from '../../domain/graph';
import type { ApiContext } from '../context';
import { loadExistingDocument } from '../document/load-existing-document';
import { DocumentObject } from '../document/document.type';
import { comparableText } from '../../extract/reuse/reuse-document';
import { CopiedPassageObject, TopicTagObject } from './analytics.types';
import { assertAlignable, assertAtMost, MAX_UPSTREAM_DOCUMENTS } from './analytics-limits';
import { loadUpstreamTexts } from './load-analytics-inputs';
import { computeOriginality, type Originality } from './originality';
import { tagTopics } from './topic-tags';
import { toTopicObject } from './to-topic-object';

/**
 * Analytics fields on `Document`. Originality is computed on demand (texts
 * are aligned, not read from a table) and memoised per request, since
 * `originality` and `copiedPassages` ask the same question.
 */
@Resolver(() => DocumentObject)
export class DocumentAnalyticsResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Share (0..1) of the body text (letterhead, addressees and signature left out) not repeated from the documents it implements, cites or repeats (aligned where their text is in the corpus, from REPEATS evidence where not); null without text.',
  })
  async originality(@Root() document: DocumentNode, @Ctx() ctx: ApiContext): Promise<number | null> {
    const result = await originalityOf(document, ctx);
    return result && Math.round(result.originality * 1000) / 1000;
  }

  @FieldResolver(() => [CopiedPassageObject], { description: 'Passages of the text repeated from upstream documents, in text order; may overlap when several sources share them.' })
  async copiedPassages(@Root() document: DocumentNode, @Ctx() ctx: ApiContext): Promise<CopiedPassageObject[]> {
    const result = await originalityOf(document, ctx);
    if (!result || !document.text) return [];
    const text = document.text;
    return Promise.all(
      result.copied.map(async (c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), from: await loadExistingDocument(ctx, c.fromId) })),
    );
  }

  @FieldResolver(() => [TopicTagObject], { description: 'Measures of the taxonomy (topics) the text mentions, each with its evidence.' })
  topics(@Root() document: DocumentNode): TopicTagObject[] {
    const text = document.text;
    if (!text) return [];
    return tagTopics(text).map((tag) => ({
      topic: toTopicObject(tag.topic),
      mentions: tag.mentions,
      evidence: tag.evidence.map((e) => ({ start: e.start, end: e.end, text: text.slice(e.start, e.end) })),
    }));
  }
}

const memo = new WeakMap<ApiContext, Map<string, Promise<Originality | null>>>();

function originalityOf(document: DocumentNode, ctx: ApiContext): Promise<Originality | null> {
  const text = document.text;
  if (!text) return Promise.resolve(null);
  let perRequest = memo.get(ctx);
  if (!perRequest) memo.set(ctx, (perRequest = new Map()));
  let result = perRequest.get(document.id);
  if (!result) {
    result = loadUpstreamTexts(ctx, document.id).then((upstream) => {
      assertAlignable(`Document ${document.id}`, text);
      assertAtMost(`Documents upstream of ${document.id}`, upstream.length, MAX_UPSTREAM_DOCUMENTS);
      for (const u of upstream) assertAlignable(`Upstream document ${u.id}`, u.text);
      // Letterhead, addressees and signature are formulas every letter shares: only the body is measured.
      return computeOriginality(comparableText(document) ?? text, upstream);
    });
    perRequest.set(document.id, result);
  }
  return result;
}
