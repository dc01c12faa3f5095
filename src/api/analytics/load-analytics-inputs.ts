import { Direction } from '../../domain/direction';
import type { DocumentNode } from '../../domain/graph';
import { ALL_RELATION_TYPES, RelationType } from '../../domain/relation-type';
import type { DocumentQuery } from '../../store/port';
import type { ApiContext } from '../context';
import { loadExistingDocuments } from '../document/load-existing-document';
import { comparableText } from '../../extract/reuse/reuse-document';
import type { UpstreamText } from './originality';

/** Every relation out of a document names something it draws on; REPEATS without a citation is a copy all the same. */
const UPSTREAM_TYPES = ALL_RELATION_TYPES;

/** The documents a document implements, cites or repeats, with their text or the REPEATS evidence standing for it. */
export async function loadUpstreamTexts(ctx: ApiContext, documentId: string): Promise<UpstreamText[]> {
  const relations = await ctx.store.relations([documentId], Direction.OUT, UPSTREAM_TYPES);
  const targetIds = [...new Set(relations.map((r) => r.targetId))].filter((id) => id !== documentId);
  const targets = await loadExistingDocuments(ctx, targetIds);
  return targets.map((target) => ({
    id: target.id,
    text: target.inCorpus ? comparableText(target) : null,
    repeatedEvidence: relations
      .filter((r) => r.type === RelationType.REPEATS && r.targetId === target.id)
      .flatMap((r) => r.evidence.map((e) => e.text)),
  }));
}

/** In-corpus documents implementing an instrument, oldest first (undated last), then by id. */
export async function loadImplementers(ctx: ApiContext, instrumentId: string): Promise<DocumentNode[]> {
  const relations = await ctx.store.relations([instrumentId], Direction.IN, [RelationType.IMPLEMENTS]);
  const sources = await loadExistingDocuments(ctx, [...new Set(relations.map((r) => r.sourceId))]);
  return sources
    .filter((d) => d.inCorpus && d.text)
    .sort((x, y) => (x.issuedOn ?? '9999').localeCompare(y.issuedOn ?? '9999') || (x.id < y.id ? -1 : 1));
}

/** Page size when reading every in-corpus document (the store's largest page). */
const SCAN_PAGE = 100;

/** All in-corpus documents matching `filter`, page by page. */
export async function loadCorpus(ctx: ApiContext, filter: DocumentQuery): Promise<DocumentNode[]> {
  const all: DocumentNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await ctx.store.listDocuments({ ...filter, inCorpus: true }, { first: SCAN_PAGE, after });
    all.push(...page.items.map((i) => i.node));
    if (!page.hasNextPage || page.items.length === 0) return all;
    after = page.items.at(-1)?.cursor ?? null;
  }
}
