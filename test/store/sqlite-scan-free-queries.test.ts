import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_COUNTS_SQL, MOST_CITED_SQL, MOST_CITED_TYPES } from '../../src/store/sqlite/catalog-queries';
import { RELATION_CONTRIBUTIONS_OF_SQL, UNDATED_PAIRS_SQL } from '../../src/store/sqlite/merge-undated';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { documentNode, fileGraph, ID, relation } from './contract/graph-fixtures';
import { RelationType } from '../../src/domain/relation-type';

/**
 * Queries that every ingest runs once, whatever it wrote, must not scan a
 * table whose rows carry texts or evidence: at 100,000 documents such a scan
 * reads gigabytes (the undated merge took 12 s of a 1,000-file increment).
 * So must the store's statistics, which `start` reads before serving.
 * Checked on the query plans SQLite chooses for the real schema, and on the
 * answers.
 */
describe('ingest-time and start-time queries read indexes, not text-bearing tables', () => {
  let dir: string;
  let db: Database.Database;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-scan-free-'));
    const store = await openSqliteStore(dir);
    const undated = documentNode({ id: 'doc:national:16/CT-TTg', code: '16/CT-TTg', year: null, inCorpus: false });
    const dated = documentNode({ id: 'doc:national:16/CT-TTg:2020', code: '16/CT-TTg', year: 2020, inCorpus: false });
    const letter = documentNode({ id: ID.tu470, code: '470-CV/TU', year: 2021, inCorpus: true });
    await store.writeFile(fileGraph('a.txt', { documents: [letter, undated, dated], relations: [relation(RelationType.IMPLEMENTS, letter.id, undated.id, 'thực hiện Chỉ thị 16', 'a.txt')] }));
    await store.close();
    db = new Database(join(dir, 'graph.db'), { readonly: true });
  });
  afterAll(async () => {
    db.close();
    await rm(dir, { recursive: true, force: true });
  });

  const plan = (sql: string, ...params: unknown[]): string =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join('\n');

  it('finds undated reference-only documents through the partial index', () => {
    expect(plan(UNDATED_PAIRS_SQL)).toMatch(/SCAN u USING (COVERING )?INDEX documents_undated/);
    expect(db.prepare(UNDATED_PAIRS_SQL).all()).toEqual([{ undatedId: 'doc:national:16/CT-TTg', datedId: 'doc:national:16/CT-TTg:2020' }]);
  });

  it('reads the relation contributions of a node by seeks, from either end', () => {
    const p = plan(RELATION_CONTRIBUTIONS_OF_SQL, { id: 'x' });
    expect(p).not.toMatch(/SCAN relation_contributions/);
    const rows = (id: string) => (db.prepare(RELATION_CONTRIBUTIONS_OF_SQL).all({ id }) as Array<{ source_id: string; target_id: string }>).map((r) => [r.source_id, r.target_id]);
    expect(rows(ID.tu470)).toEqual([[ID.tu470, 'doc:national:16/CT-TTg']]);
    expect(rows('doc:national:16/CT-TTg')).toEqual([[ID.tu470, 'doc:national:16/CT-TTg']]);
  });

  it('ranks the most cited documents in one pass over the target index', () => {
    const citing = MOST_CITED_TYPES;
    const p = plan(MOST_CITED_SQL, ...citing, 10);
    expect(p).toMatch(/^SCAN effective_relations USING COVERING INDEX effective_relations_target$/m);
    expect(p).not.toMatch(/TEMP B-TREE FOR GROUP BY/);
    expect(db.prepare(MOST_CITED_SQL).all(...citing, 10)).toEqual([{ documentId: 'doc:national:16/CT-TTg', count: 1 }]);
  });

  it('counts documents and in-corpus documents from the in_corpus index', () => {
    expect(plan(DOCUMENT_COUNTS_SQL)).toMatch(/SCAN documents USING COVERING INDEX documents_in_corpus/);
    expect(db.prepare(DOCUMENT_COUNTS_SQL).get()).toEqual({ documents: 3, inCorpus: 1 });
  });
});
