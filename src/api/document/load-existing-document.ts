import { NotFoundError } from '../../domain/errors';
import type { DocumentNode } from '../../domain/graph';
import type { ApiContext } from '../context';

/** A document the graph itself points at (a relation end, a chain member): missing means the store is inconsistent. */
export async function loadExistingDocument(ctx: ApiContext, id: string): Promise<DocumentNode> {
  const document = await ctx.loaders.documents.load(id);
  if (!document) throw new NotFoundError(`Document ${id} is referenced by the graph but not stored; re-ingest its source file.`);
  return document;
}

export async function loadExistingDocuments(ctx: ApiContext, ids: readonly string[]): Promise<DocumentNode[]> {
  return Promise.all(ids.map((id) => loadExistingDocument(ctx, id)));
}
