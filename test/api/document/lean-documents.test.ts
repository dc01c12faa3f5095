import Database from 'better-sqlite3';
import type { DocumentNode } from '../../../src/domain/graph';
import { Direction } from '../../../src/domain/direction';
import type { RelationRecord } from '../../../src/domain/graph';
import { fromDocumentRow, type DocumentRow } from '../../../src/store/sqlite/document-row';
import { fromRelationRow, type RelationRow } from '../../../src/store/sqlite/relation-row';
import type { SqliteGraphStore } from '../../../src/store/sqlite';
import { startSeededTestServer, type TestServer } from '../../server/helpers/test-server';

/**
 * Documents are read lean (scalar columns) and their JSON and text fields on
 * first use. Whatever is asked must equal the row as stored: checked against
 * the documents table read whole by a second connection.
 */
describe('lean document and relation loading', () => {
  let server: TestServer;
  let stored: Map<string, DocumentNode>;
  let storedRelations: RelationRecord[];

  beforeAll(async () => {
    server = await startSeededTestServer({ apiToken: null, ingestText: null });
    const raw = new Database((server.store as SqliteGraphStore).path, { readonly: true });
    stored = new Map((raw.prepare('SELECT * FROM documents').all() as DocumentRow[]).map((row) => [row.id, fromDocumentRow(row)]));
    storedRelations = (raw.prepare('SELECT * FROM effective_relations').all() as RelationRow[]).map(fromRelationRow);
    raw.close();
  }, 120_000);
  afterAll(async () => server?.close());

  it('getDocuments returns every field as stored, for in-corpus documents and references alike', async () => {
    const ids = [...stored.keys()];
    expect(ids.length).toBeGreaterThan(9);
    const nodes = await server.store.getDocuments(ids);
    nodes.forEach((node, i) => expect(node).toEqual(stored.get(ids[i]!)));
    const withText = nodes.filter((n) => n !== null && n.text !== null);
    expect(withText.length).toBe(9);
    expect(withText.every((n) => n!.fieldEvidence.length > 0 && n!.sources.length > 0)).toBe(true);
  });

  it('defers the text until it is read, then holds a plain value that can be replaced', async () => {
    const page = await server.store.listDocuments({ inCorpus: true }, { first: 3 });
    const node = page.items[0]!.node;
    expect(typeof Object.getOwnPropertyDescriptor(node, 'text')?.get).toBe('function');
    expect(node.text).toBe(stored.get(node.id)!.text);
    expect(Object.getOwnPropertyDescriptor(node, 'text')).toMatchObject({ value: stored.get(node.id)!.text, writable: true });
    node.text = 'replaced';
    expect(node.text).toBe('replaced');
    // Spreading reads every deferred field: a copy is a complete document.
    const copy = { ...page.items[1]!.node };
    expect(copy).toEqual(stored.get(copy.id));
  });

  it('findByCode and every page of listDocuments give complete documents', async () => {
    const seen: DocumentNode[] = [];
    let after: string | null = null;
    do {
      const page = await server.store.listDocuments({}, { first: 4, after });
      seen.push(...page.items.map((item) => item.node));
      after = page.hasNextPage ? page.items.at(-1)!.cursor : null;
    } while (after !== null);
    expect(seen.map((n) => n.id).sort()).toEqual([...stored.keys()].sort());
    for (const node of seen) expect(node).toEqual(stored.get(node.id));
    const coded = [...stored.values()].find((n) => n.code !== null && n.inCorpus)!;
    const found = await server.store.findByCode(coded.code!);
    expect(found).toContainEqual(stored.get(coded.id));
  });

  it('relations carry their evidence as stored, read on first use', async () => {
    const ids = [...stored.keys()];
    const out = await server.store.relations(ids, Direction.OUT);
    expect(out.length).toBe(storedRelations.length);
    expect(out.length).toBeGreaterThan(5);
    expect(typeof Object.getOwnPropertyDescriptor(out[0]!, 'evidence')?.get).toBe('function');
    const key = (r: RelationRecord) => `${r.type} ${r.sourceId} ${r.targetId}`;
    const want = new Map(storedRelations.map((r) => [key(r), r]));
    for (const relation of out) expect(relation).toEqual(want.get(key(relation)));
    expect(out.some((r) => r.evidence.length > 0)).toBe(true);
  });

  it('answers every deferred Document field over GraphQL as stored', async () => {
    const answer = await server.gql(`{ documents(first: 100) { edges { node {
      id text distribution sources { file start end } fieldEvidence { field confidence }
      issuedOnBounds { earliest latest } diagnostics { code } signature { body signer }
      recipients { id } provinceInference { confidence }
    } } } }`);
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data!.documents.edges.map((e: { node: Record<string, any> }) => e.node);
    expect(nodes).toHaveLength(stored.size);
    for (const node of nodes) {
      const want = stored.get(node.id)!;
      expect(node.text).toBe(want.text);
      expect(node.distribution).toEqual(want.distribution);
      expect(node.sources).toEqual(want.sources.map((s) => ({ file: s.file, start: s.start, end: s.end })));
      expect(node.fieldEvidence.map((f: { field: string }) => f.field)).toEqual(want.fieldEvidence.map((f) => f.field));
      expect(node.diagnostics.map((d: { code: string }) => d.code)).toEqual(want.diagnostics.map((d) => d.code));
      expect(node.recipients.map((r: { id: string }) => r.id).sort()).toEqual([...want.recipientIds].sort());
      expect(node.signature?.signer ?? null).toBe(want.signature?.signer ?? null);
      expect(node.provinceInference?.confidence ?? null).toBe(want.provinceInference?.confidence ?? null);
    }
    expect(nodes.filter((n: { fieldEvidence: unknown[] }) => n.fieldEvidence.length > 0)).toHaveLength(9);
  });
});
