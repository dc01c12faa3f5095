import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DocumentNode, RelationRecord } from '../../domain/graph';
import type { ApiContext } from '../context';
import { DocumentObject } from '../document/document.type';
import { RelationOrigin, toRelationOrigin } from '../enums/relation-origin';
import { loadExistingDocument } from '../document/load-existing-document';
import { RelationObject } from './relation.type';

@Resolver(() => RelationObject)
export class RelationResolver {
  @FieldResolver(() => DocumentObject)
  source(@Root() relation: RelationRecord, @Ctx() ctx: ApiContext): Promise<DocumentNode> {
    return loadExistingDocument(ctx, relation.sourceId);
  }

  @FieldResolver(() => DocumentObject)
  target(@Root() relation: RelationRecord, @Ctx() ctx: ApiContext): Promise<DocumentNode> {
    return loadExistingDocument(ctx, relation.targetId);
  }

  @FieldResolver(() => RelationOrigin)
  origin(@Root() relation: RelationRecord): RelationOrigin {
    return toRelationOrigin(relation.origin);
  }
}
