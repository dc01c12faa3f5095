import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { assertWellFormedId } from '../../domain/identity';
import type { DocumentNode, OrganizationNode, PersonNode, ProvinceNode, RelationRecord } from '../../domain/graph';
import type { ApiContext } from '../context';
import { OrganizationObject } from '../organization/organization.type';
import { PersonObject } from '../person/person.type';
import { ProvinceObject } from '../province/province.type';
import { canonicalCode } from '../reference/reference-parsing';
import { RelationObject } from '../relation/relation.type';
import { toDiagnosticObject } from '../shared-types/diagnostic.mapper';
import { DiagnosticObject } from '../shared-types/diagnostic.type';
import { DocumentArgs, DocumentsArgs, RelationsArgs } from './document.args';
import { DocumentConnectionObject } from './document-connection.type';
import { toDocumentQuery } from './document-query.mapper';
import { DocumentObject } from './document.type';
import { ProvinceInferenceObject } from './province-inference.type';
import { SignatureStampObject } from './signature.type';

@Resolver(() => DocumentObject)
export class DocumentResolver {
  @Query(() => DocumentObject, { nullable: true })
  async document(@Args(() => DocumentArgs) { id }: DocumentArgs, @Ctx() ctx: ApiContext): Promise<DocumentNode | null> {
    assertWellFormedId(id, 'doc');
    return ctx.loaders.documents.load(id);
  }

  @Query(() => DocumentConnectionObject)
  async documents(@Args(() => DocumentsArgs) args: DocumentsArgs, @Ctx() ctx: ApiContext): Promise<DocumentConnectionObject> {
    const query = toDocumentQuery(args.filter, canonicalCode);
    const page = await ctx.store.listDocuments(query, { first: args.first ?? 20, after: args.after });
    for (const item of page.items) ctx.loaders.documents.prime(item.node.id, item.node);
    return {
      totalCount: page.totalCount,
      edges: page.items,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null },
    };
  }

  @FieldResolver(() => OrganizationObject, { nullable: true })
  issuer(@Root() document: DocumentNode, @Ctx() ctx: ApiContext): Promise<OrganizationNode | null> | null {
    return document.issuerId ? ctx.loaders.organizations.load(document.issuerId) : null;
  }

  @FieldResolver(() => ProvinceObject, { nullable: true })
  province(@Root() document: DocumentNode, @Ctx() ctx: ApiContext): Promise<ProvinceNode | null> | null {
    return document.provinceId ? ctx.loaders.provinces.load(document.provinceId) : null;
  }

  @FieldResolver(() => PersonObject, { nullable: true })
  signer(@Root() document: DocumentNode, @Ctx() ctx: ApiContext): Promise<PersonNode | null> | null {
    return document.signerId ? ctx.loaders.persons.load(document.signerId) : null;
  }

  @FieldResolver(() => [OrganizationObject])
  async recipients(@Root() document: DocumentNode, @Ctx() ctx: ApiContext): Promise<OrganizationNode[]> {
    const found = await ctx.loaders.organizations.loadMany(document.recipientIds);
    return found.filter((o): o is OrganizationNode => o !== null && !(o instanceof Error));
  }

  @FieldResolver(() => [RelationObject])
  relations(
    @Root() document: DocumentNode,
    @Args(() => RelationsArgs) { direction, types }: RelationsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<RelationRecord[]> {
    return ctx.loaders.relations(direction, types).load(document.id);
  }

  @FieldResolver(() => [DiagnosticObject], { description: 'Problems found in this document: missing number or date, missing pages, ambiguous references.' })
  diagnostics(@Root() document: DocumentNode): DiagnosticObject[] {
    return document.diagnostics.map(toDiagnosticObject);
  }

  @FieldResolver(() => ProvinceInferenceObject, { nullable: true, description: 'Set when the province was inferred from clues rather than read from the header.' })
  async provinceInference(@Root() document: DocumentNode, @Ctx() ctx: ApiContext): Promise<ProvinceInferenceObject | null> {
    const inference = document.provinceInference;
    if (!inference) return null;
    const province = await ctx.loaders.provinces.load(inference.provinceId);
    return province ? { province, confidence: inference.confidence, evidence: inference.evidence } : null;
  }

  @FieldResolver(() => SignatureStampObject, { nullable: true })
  signature(@Root() document: DocumentNode): SignatureStampObject | null {
    return document.signature;
  }
}
