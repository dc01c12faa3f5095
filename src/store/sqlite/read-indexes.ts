import type Database from 'better-sqlite3';

/**
 * Secondary indexes that only readers and the steps after an ingest's files
 * phase use (the undated merge, the API): the writer looks rows up by their
 * primary keys and the indexes kept. Each document a batch adds put a key in
 * every one of them at a random place, and at 100,000 documents the pages
 * those keys dirtied were a good part of what each batch's commit wrote
 * (scripts/bench-ingest.ts; docs/benchmarks.md, session 7): loading into an
 * empty store drops them and builds each once, from sorted keys, at the end.
 *
 * The statements are the migrations' own (a test keeps them equal), so a
 * rebuilt index is the index the schema describes. `documents_in_corpus` and
 * `documents_undated` stay: readers name them in `INDEXED BY`, and both take
 * their keys at one end or rarely.
 */
export const READ_INDEXES: ReadonlyArray<{ name: string; sql: string }> = [
  { name: 'documents_code', sql: 'CREATE INDEX documents_code ON documents(code)' },
  { name: 'documents_signer', sql: 'CREATE INDEX documents_signer ON documents(signer_id)' },
  { name: 'documents_province_sort', sql: 'CREATE INDEX documents_province_sort ON documents(province_id, sort_key, in_corpus)' },
  { name: 'documents_issuer_sort', sql: 'CREATE INDEX documents_issuer_sort ON documents(issuer_id, sort_key, in_corpus)' },
  { name: 'documents_type_sort', sql: 'CREATE INDEX documents_type_sort ON documents(type, sort_key, in_corpus)' },
  { name: 'documents_corpus_sort', sql: 'CREATE INDEX documents_corpus_sort ON documents(in_corpus, sort_key)' },
  { name: 'document_recipients_org', sql: 'CREATE INDEX document_recipients_org ON document_recipients(organization_id)' },
  { name: 'relations_source', sql: 'CREATE INDEX relations_source ON relations(source_id, type)' },
  { name: 'relations_target', sql: 'CREATE INDEX relations_target ON relations(target_id, type)' },
  { name: 'relation_contributions_target', sql: 'CREATE INDEX relation_contributions_target ON relation_contributions(target_id)' },
  { name: 'effective_relations_source', sql: 'CREATE INDEX effective_relations_source ON effective_relations(source_id, type, target_id)' },
  { name: 'effective_relations_target', sql: 'CREATE INDEX effective_relations_target ON effective_relations(target_id, type, source_id)' },
];

/**
 * Drops the read indexes when the store holds no document yet (there is
 * nothing for a reader to find quickly, and rebuilding costs less than
 * keeping them); the caller runs it in a write transaction. Returns whether
 * it dropped them.
 */
export function dropReadIndexesOfEmptyStore(db: Database.Database): boolean {
  if (db.prepare('SELECT EXISTS (SELECT 1 FROM documents)').pluck().get() === 1) return false;
  for (const { name } of READ_INDEXES) db.exec(`DROP INDEX IF EXISTS ${name}`);
  return true;
}

/**
 * Builds whichever read indexes are missing: after a bulk load, and when a
 * store is opened (a load stopped before its end left them dropped).
 * Returns how many it built.
 */
export function ensureReadIndexes(db: Database.Database): number {
  const present = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all() as string[]);
  const missing = READ_INDEXES.filter(({ name }) => !present.has(name));
  for (const { sql } of missing) db.exec(sql);
  return missing.length;
}
