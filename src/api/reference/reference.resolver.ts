import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { DocumentNode } from '../../domain/graph';
import type { ApiContext } from '../context';
import { DocumentObject } from '../document/document.type';
import { findReferences, parseCode } from './reference-parsing';
import { resolveReference } from './resolve-reference';
import { ResolveReferenceArgs } from './resolve-reference.args';

@Resolver()
export class ReferenceResolver {
  @Query(() => [DocumentObject], {
    description:
      "Resolve a reference as written ('Chỉ thị 16/CT-TTg', 'Công văn 470-CV/TU') to the documents it can denote; province disambiguates local codes.",
  })
  async resolveReference(@Args(() => ResolveReferenceArgs) args: ResolveReferenceArgs, @Ctx() ctx: ApiContext): Promise<DocumentNode[]> {
    const documents = await resolveReference(args.text, args.province ?? null, ctx.store, { findReferences, parseCode });
    for (const document of documents) ctx.loaders.documents.prime(document.id, document);
    return documents;
  }
}
