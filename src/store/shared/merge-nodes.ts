import type { DocumentNode, OrganizationNode, PersonNode, ProvinceNode } from '../../domain/graph';
import type { SourceSpan } from '../../domain/span';

/**
 * Several files can describe one node (every letter citing `16/CT-TTg`
 * carries a reference-only node for it). The stored node is the merge of all
 * contributions: in-corpus descriptions first, then by file name, so the
 * result does not depend on ingest order; each field takes the first value
 * present, spans and diagnostics are the union.
 */
export interface Contribution<T> {
  fileName: string;
  node: T;
}

export function mergeDocuments(contributions: readonly Contribution<DocumentNode>[]): DocumentNode {
  if (contributions.length === 0) throw new RangeError('mergeDocuments needs at least one contribution');
  const ordered = [...contributions].sort(
    (a, b) => Number(b.node.inCorpus) - Number(a.node.inCorpus) || compare(a.fileName, b.fileName),
  );
  const nodes = ordered.map((c) => c.node);
  const first = <K extends keyof DocumentNode>(key: K): DocumentNode[K] => {
    for (const n of nodes) if (n[key] !== null && n[key] !== undefined) return n[key];
    return nodes[0][key];
  };
  const firstNonEmpty = <K extends 'recipientIds' | 'distribution'>(key: K): string[] =>
    nodes.find((n) => n[key].length > 0)?.[key] ?? [];
  return {
    id: nodes[0].id,
    scope: nodes[0].scope,
    code: first('code'),
    number: first('number'),
    symbol: first('symbol'),
    year: first('year'),
    type: nodes[0].type,
    system: first('system'),
    subject: first('subject'),
    issuedOn: first('issuedOn'),
    issuedOnBounds: first('issuedOnBounds'),
    place: first('place'),
    urgency: first('urgency'),
    issuerId: first('issuerId'),
    provinceId: first('provinceId'),
    provinceInference: first('provinceInference'),
    signerId: first('signerId'),
    signerTitle: first('signerTitle'),
    authority: first('authority'),
    recipientIds: firstNonEmpty('recipientIds'),
    distribution: firstNonEmpty('distribution'),
    signature: first('signature'),
    inCorpus: nodes.some((n) => n.inCorpus),
    sources: unionSpans(nodes.flatMap((n) => n.sources)),
    text: first('text'),
    textMap: nodes.find((n) => n.text !== null && n.text !== undefined)?.textMap ?? null,
    body: nodes.find((n) => n.text !== null && n.text !== undefined)?.body ?? null,
    // Spans of field evidence point into the file the text was read from, so they come with that text.
    fieldEvidence: nodes.find((n) => n.text !== null && n.text !== undefined)?.fieldEvidence ?? [],
    // Sorted so the merge does not depend on which file ranks first (and can be done incrementally).
    diagnostics: uniqueBy(nodes.flatMap((n) => n.diagnostics), (d) => JSON.stringify(d)).sort((a, b) =>
      compare(JSON.stringify(a), JSON.stringify(b)),
    ),
  };
}

const SCALAR_FIELDS = [
  'code', 'number', 'symbol', 'year', 'type', 'system', 'subject', 'issuedOn', 'issuedOnBounds', 'place', 'urgency',
  'issuerId', 'provinceId', 'provinceInference', 'signerId', 'signerTitle', 'authority', 'signature',
] as const satisfies ReadonlyArray<keyof DocumentNode>;

/** Taken together from the first contribution with a text (see mergeDocuments), never field by field. */
export const TEXT_FIELDS = ['text', 'textMap', 'body', 'fieldEvidence'] as const satisfies ReadonlyArray<keyof DocumentNode>;

/**
 * `mergeDocuments(S ∪ {added})` computed from `current = mergeDocuments(S)`
 * alone, when the answer cannot depend on how `added` ranks against S: for
 * every field, `added` has no value, the same value, or S had none. Returns
 * null otherwise (the caller merges from all contributions). This keeps a
 * node cited by thousands of files (16/CT-TTg) from being re-merged from
 * thousands of rows on every write.
 */
export function mergeAddedDocument(current: DocumentNode, added: DocumentNode): DocumentNode | null {
  const next: DocumentNode = { ...current };
  const out = next as unknown as Record<string, unknown>;
  for (const key of SCALAR_FIELDS) {
    const a = added[key];
    const c = current[key];
    if (a === null || a === undefined) continue;
    if (c === null || c === undefined) out[key] = a;
    else if (JSON.stringify(a) !== JSON.stringify(c)) return null;
  }
  for (const key of ['recipientIds', 'distribution'] as const) {
    if (added[key].length === 0) continue;
    if (current[key].length === 0) next[key] = added[key];
    else if (JSON.stringify(added[key]) !== JSON.stringify(current[key])) return null;
  }
  // The text comes with its map, body and field evidence (see mergeDocuments): all taken when the row has
  // no text, else all must agree, null included (a map the row lacks may not be filled in from another copy).
  if (added.text !== null && added.text !== undefined) {
    const rowHasText = current.text !== null && current.text !== undefined;
    for (const key of TEXT_FIELDS) {
      if (!rowHasText) out[key] = added[key];
      else if (JSON.stringify(added[key] ?? null) !== JSON.stringify(current[key] ?? null)) return null;
    }
  }
  if (added.inCorpus && !current.inCorpus) {
    // The added description now ranks first; only safe if it agrees everywhere, which the checks above ensured.
    next.inCorpus = true;
  }
  next.sources = unionSpans([...current.sources, ...added.sources]);
  next.diagnostics = uniqueBy([...current.diagnostics, ...added.diagnostics], (d) => JSON.stringify(d)).sort((a, b) =>
    compare(JSON.stringify(a), JSON.stringify(b)),
  );
  return next;
}

export function mergeOrganizations(contributions: readonly Contribution<OrganizationNode>[]): OrganizationNode {
  const nodes = byFile(contributions);
  return {
    id: nodes[0].id,
    name: nodes[0].name,
    system: nodes.find((n) => n.system !== null)?.system ?? null,
    provinceId: nodes.find((n) => n.provinceId !== null)?.provinceId ?? null,
    parentId: nodes.find((n) => n.parentId !== null)?.parentId ?? null,
  };
}

export function mergePersons(contributions: readonly Contribution<PersonNode>[]): PersonNode {
  const nodes = byFile(contributions);
  const aliases = [...new Set(nodes.flatMap((n) => n.aliases))].sort(compare);
  return { id: nodes[0].id, name: nodes[0].name, aliases };
}

export function mergeProvinces(contributions: readonly Contribution<ProvinceNode>[]): ProvinceNode {
  const nodes = byFile(contributions);
  return { id: nodes[0].id, name: nodes[0].name };
}

function byFile<T>(contributions: readonly Contribution<T>[]): T[] {
  if (contributions.length === 0) throw new RangeError('merge needs at least one contribution');
  return [...contributions].sort((a, b) => compare(a.fileName, b.fileName)).map((c) => c.node);
}

function unionSpans(spans: SourceSpan[]): SourceSpan[] {
  return uniqueBy(spans, (s) => `${s.file}\u0000${s.start}\u0000${s.end}`).sort(
    (a, b) => compare(a.file, b.file) || a.start - b.start || a.end - b.end,
  );
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Same idea as `mergeAddedDocument` for organisations, persons and provinces. */
export function mergeAddedOrganization(current: OrganizationNode, added: OrganizationNode): OrganizationNode | null {
  if (added.name !== current.name) return null;
  const next = { ...current };
  for (const key of ['system', 'provinceId', 'parentId'] as const) {
    if (added[key] === null) continue;
    if (current[key] === null) (next as Record<typeof key, unknown>)[key] = added[key];
    else if (added[key] !== current[key]) return null;
  }
  return next;
}

export function mergeAddedPerson(current: PersonNode, added: PersonNode): PersonNode | null {
  if (added.name !== current.name) return null;
  return { ...current, aliases: [...new Set([...current.aliases, ...added.aliases])].sort(compare) };
}

export function mergeAddedProvince(current: ProvinceNode, added: ProvinceNode): ProvinceNode | null {
  return added.name === current.name ? current : null;
}
