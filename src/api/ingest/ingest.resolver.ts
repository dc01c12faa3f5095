import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Direction } from '../../domain/direction';
import { StoreUnavailableError } from '../../domain/errors';
import type { ApiContext } from '../context';
import { loadExistingDocuments } from '../document/load-existing-document';
import { toDiagnosticObject } from '../shared-types/diagnostic.mapper';
import { IngestResultObject } from './ingest-result.type';
import { IngestDocumentArgs } from './ingest.args';

@Resolver()
export class IngestResolver {
  @Authorized()
  @Mutation(() => IngestResultObject, { description: 'Extract one text and store what it holds. Idempotent. Needs the bearer token.' })
  async ingestDocument(@Args(() => IngestDocumentArgs) args: IngestDocumentArgs, @Ctx() ctx: ApiContext): Promise<IngestResultObject> {
    if (!ctx.ingestText) throw new StoreUnavailableError('This server was started without an ingest pipeline.');
    const outcome = await ctx.ingestText(args.text.normalize('NFC'), args.fileName, ctx.store);
    // Fresh reads: the cross-file passes may have merged or re-pointed nodes since the loaders last looked.
    ctx.loaders.documents.clearAll();
    const documents = await loadExistingDocuments(ctx, outcome.documentIds);
    const relations = await ctx.store.relations(outcome.documentIds, Direction.OUT);
    return {
      fileName: outcome.fileName,
      skipped: outcome.skipped,
      documents,
      relations,
      diagnostics: outcome.diagnostics.map(toDiagnosticObject),
    };
  }
}
