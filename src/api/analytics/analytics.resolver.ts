import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { InvalidArgumentError, NotFoundError } from '../../domain/errors';
import { assertWellFormedId } from '../../domain/identity';
import type { ApiContext } from '../context';
import { loadExistingDocument } from '../document/load-existing-document';
import { comparableText } from '../../extract/reuse/reuse-document';
import { alignDocuments } from './align-documents';
import { assertAlignable, assertAtMost, MAX_WITNESSES } from './analytics-limits';
import { AlignedPassagesArgs, ReconstructedTextArgs, TopicCountsArgs } from './analytics.args';
import { PassageAlignmentObject, ReconstructedTextObject, TopicCountObject, TopicObject } from './analytics.types';
import { loadImplementers } from './load-analytics-inputs';
import { reconstructText } from './reconstruct-text';
import { contentChars, contentCharsIn } from './text-ranges';
import { countCorpusTopics } from './count-corpus-topics';
import { TOPICS, topicById } from './topic-taxonomy';
import { toTopicObject } from './to-topic-object';

@Resolver()
export class AnalyticsResolver {
  @Query(() => PassageAlignmentObject, { description: 'Passages two documents share (near-verbatim) and the passages the source (later) document added.' })
  async alignedPassages(@Args(() => AlignedPassagesArgs) args: AlignedPassagesArgs, @Ctx() ctx: ApiContext): Promise<PassageAlignmentObject> {
    const [source, target] = await Promise.all([requireDocument(ctx, args.source), requireDocument(ctx, args.target)]);
    assertAlignable(`Document ${source.id}`, source.text);
    assertAlignable(`Document ${target.id}`, target.text);
    const sourceText = source.text ?? '';
    const targetText = target.text ?? '';
    // Bodies only (the rest blanked, offsets kept): letters of one body share their letterhead and closing formulas.
    const sourceBody = comparableText(source) ?? '';
    const alignment = alignDocuments(sourceBody, comparableText(target) ?? '');
    const total = contentChars(sourceBody);
    return {
      source,
      target,
      passages: alignment.passages.map((p) => ({
        source: { ...p.source, text: sourceText.slice(p.source.start, p.source.end) },
        target: { ...p.target, text: targetText.slice(p.target.start, p.target.end) },
        words: p.words,
      })),
      // Without a target text nothing can be shown copied, so nothing is shown added either.
      added: targetText ? alignment.added.map((r) => ({ ...r, text: sourceText.slice(r.start, r.end) })) : [],
      sourceCopiedShare: total === 0 ? 0 : Math.round((contentCharsIn(sourceBody, alignment.passages.map((p) => p.source)) / total) * 1000) / 1000,
    };
  }

  @Query(() => ReconstructedTextObject, {
    description: "An instrument's text as far as its implementers agree on it: passages at least `minAgreement` of them share.",
  })
  async reconstructedText(@Args(() => ReconstructedTextArgs) args: ReconstructedTextArgs, @Ctx() ctx: ApiContext): Promise<ReconstructedTextObject> {
    const instrument = await requireDocument(ctx, args.id);
    const implementers = await loadImplementers(ctx, instrument.id);
    assertAtMost(`Documents implementing ${instrument.id}`, implementers.length, MAX_WITNESSES);
    for (const d of implementers) assertAlignable(`Document ${d.id}`, d.text);
    const texts = new Map(implementers.map((d) => [d.id, d.text ?? '']));
    const passages = reconstructText(implementers.map((d) => ({ id: d.id, text: comparableText(d) ?? '' }))).filter((p) => p.agreement >= args.minAgreement);
    const slice = (id: string, start: number, end: number): string => (texts.get(id) ?? '').slice(start, end);
    return {
      instrument,
      implementers,
      passages: await Promise.all(
        passages.map(async (p) => ({
          text: slice(p.reading.documentId, p.reading.start, p.reading.end),
          agreement: p.agreement,
          witnesses: await Promise.all(
            p.witnesses.map(async (w) => ({
              document: await loadExistingDocument(ctx, w.documentId),
              start: w.start,
              end: w.end,
              text: slice(w.documentId, w.start, w.end),
            })),
          ),
        })),
      ),
    };
  }

  @Query(() => [TopicObject], { description: 'The measure taxonomy used for topic tags.' })
  topics(): TopicObject[] {
    return TOPICS.map(toTopicObject);
  }

  @Query(() => [TopicCountObject], { description: 'In-corpus documents per province × topic × month (or a coarser grouping), from the topic tags.' })
  async topicCounts(@Args(() => TopicCountsArgs) args: TopicCountsArgs, @Ctx() ctx: ApiContext): Promise<TopicCountObject[]> {
    const only = args.topic ? topicById(args.topic) : undefined;
    if (args.topic && !only) {
      throw new InvalidArgumentError(`Unknown topic '${args.topic.slice(0, 80)}'; the query \`topics\` lists them.`);
    }
    const rows = await countCorpusTopics(ctx, args.province ? { province: args.province } : {}, args.groupBy, only ? [only] : TOPICS);
    const provinces = await ctx.loaders.provinces.loadMany(rows.map((r) => r.provinceId).filter((id): id is string => id !== null));
    const provinceById = new Map(provinces.filter((p) => p && !(p instanceof Error)).map((p) => [(p as { id: string }).id, p as { id: string; name: string }]));
    return rows.map((r) => {
      const topic = r.topicId ? topicById(r.topicId) : undefined;
      return {
        province: r.provinceId ? provinceById.get(r.provinceId) ?? null : null,
        topic: topic ? toTopicObject(topic) : null,
        month: r.month,
        documents: r.documents,
      };
    });
  }
}

async function requireDocument(ctx: ApiContext, id: string) {
  assertWellFormedId(id, 'doc');
  const document = await ctx.loaders.documents.load(id);
  if (!document) throw new NotFoundError(`No document ${id}; find ids with documents(filter: {code: ...}) or search.`);
  return document;
}
