import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { assertWellFormedId } from '../../domain/identity';
import type { DocumentNode } from '../../domain/graph';
import type { Subgraph } from '../../store/port';
import type { ApiContext } from '../context';
import { DocumentObject } from '../document/document.type';
import { requestedTypes } from '../relation/relation-types.arg';
import { loadExistingDocument, loadExistingDocuments } from '../document/load-existing-document';
import { CitationChainArgs, ShortestPathArgs } from './chain.args';
import { SubgraphObject } from './subgraph.type';

@Resolver(() => SubgraphObject)
export class ChainResolver {
  @Query(() => SubgraphObject, { description: 'The documents reachable from one document within maxDepth hops, with the relations between them.' })
  citationChain(@Args(() => CitationChainArgs) args: CitationChainArgs, @Ctx() ctx: ApiContext): Promise<Subgraph> {
    assertWellFormedId(args.id, 'doc');
    const types = requestedTypes(args.types);
    return ctx.store.chain(args.id, args.direction, types, args.maxDepth ?? 3);
  }

  @Query(() => SubgraphObject, {
    nullable: true,
    description: 'A shortest path from a later document to an earlier one following relations source→target; null when none.',
  })
  shortestPath(@Args(() => ShortestPathArgs) args: ShortestPathArgs, @Ctx() ctx: ApiContext): Promise<Subgraph | null> {
    assertWellFormedId(args.from, 'doc');
    assertWellFormedId(args.to, 'doc');
    const types = requestedTypes(args.types);
    return ctx.store.shortestPath(args.from, args.to, types, args.maxDepth ?? 6);
  }

  @FieldResolver(() => DocumentObject)
  root(@Root() subgraph: Subgraph, @Ctx() ctx: ApiContext): Promise<DocumentNode> {
    return loadExistingDocument(ctx, subgraph.rootId);
  }

  @FieldResolver(() => [DocumentObject])
  documents(@Root() subgraph: Subgraph, @Ctx() ctx: ApiContext): Promise<DocumentNode[]> {
    return loadExistingDocuments(ctx, subgraph.documentIds);
  }
}
