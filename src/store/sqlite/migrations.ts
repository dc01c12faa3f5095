/**
 * Schema migrations as numbered SQL steps. A step, once released, is never
 * edited: a change is a new step, so a store created by any earlier version
 * opens and upgrades in place. `schema/sqlite.sql` is these steps joined (a
 * test keeps it in sync).
 */
import { SQL_BUCKET_KEY_FORM, sqlBucketKey } from './reuse-keys';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

const V1_BASE = `
-- Every ingested file; a file's contribution rows cascade from it.
CREATE TABLE files (
  name         TEXT PRIMARY KEY,
  hash         TEXT NOT NULL,
  length       INTEGER NOT NULL CHECK (length >= 0),
  ingested_at  TEXT NOT NULL
);
CREATE INDEX files_hash ON files(hash);

-- Provenance: each document as one file saw it (JSON of DocumentNode). The
-- documents table below is the merge of these, so replacing a file's
-- contribution and re-merging is exact.
CREATE TABLE document_contributions (
  file_name    TEXT NOT NULL REFERENCES files(name) ON DELETE CASCADE,
  document_id  TEXT NOT NULL,
  in_corpus    INTEGER NOT NULL CHECK (in_corpus IN (0, 1)),
  data         TEXT NOT NULL,
  PRIMARY KEY (file_name, document_id)
);
CREATE INDEX document_contributions_document ON document_contributions(document_id);

-- Provenance of organisations, persons and provinces, same idea.
CREATE TABLE node_contributions (
  file_name  TEXT NOT NULL REFERENCES files(name) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('organization', 'person', 'province')),
  node_id    TEXT NOT NULL,
  data       TEXT NOT NULL,
  PRIMARY KEY (file_name, kind, node_id)
);
CREATE INDEX node_contributions_node ON node_contributions(kind, node_id);

-- Provenance of relations: which file contributed which evidence.
CREATE TABLE relation_contributions (
  file_name   TEXT NOT NULL REFERENCES files(name) ON DELETE CASCADE,
  type        TEXT NOT NULL,
  source_id   TEXT NOT NULL,
  target_id   TEXT NOT NULL,
  evidence    TEXT NOT NULL,
  confidence  REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  PRIMARY KEY (file_name, type, source_id, target_id)
);
CREATE INDEX relation_contributions_key ON relation_contributions(type, source_id, target_id);
CREATE INDEX relation_contributions_target ON relation_contributions(target_id);

CREATE TABLE provinces (
  id        TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  name_key  TEXT NOT NULL
);

CREATE TABLE organizations (
  id           TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  name_key     TEXT NOT NULL,
  system       TEXT CHECK (system IN ('STATE', 'PARTY')),
  province_id  TEXT,
  parent_id    TEXT
);
CREATE INDEX organizations_name ON organizations(name_key, id);

CREATE TABLE persons (
  id        TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  name_key  TEXT NOT NULL,
  aliases   TEXT NOT NULL
);
CREATE INDEX persons_name ON persons(name_key, id);

-- Merged documents. rowid is stable across re-merges (upsert keeps it), which
-- the full-text index relies on.
CREATE TABLE documents (
  rowid               INTEGER PRIMARY KEY,
  id                  TEXT NOT NULL UNIQUE,
  scope               TEXT NOT NULL,
  code                TEXT,
  number              TEXT,
  symbol              TEXT,
  year                INTEGER,
  type                TEXT NOT NULL,
  system              TEXT,
  subject             TEXT,
  issued_on           TEXT,
  issued_on_bounds    TEXT,
  place               TEXT,
  urgency             TEXT,
  issuer_id           TEXT,
  province_id         TEXT,
  province_inference  TEXT,
  signer_id           TEXT,
  signer_title        TEXT,
  authority           TEXT,
  recipient_ids       TEXT NOT NULL,
  distribution        TEXT NOT NULL,
  signature           TEXT,
  in_corpus           INTEGER NOT NULL CHECK (in_corpus IN (0, 1)),
  sources             TEXT NOT NULL,
  text                TEXT,
  diagnostics         TEXT NOT NULL,
  -- issue date nulls last, then code nulls last, then id: keyset pagination.
  sort_key            TEXT NOT NULL UNIQUE
);
CREATE INDEX documents_code ON documents(code);
CREATE INDEX documents_province ON documents(province_id);
CREATE INDEX documents_issuer ON documents(issuer_id);
CREATE INDEX documents_signer ON documents(signer_id);
CREATE INDEX documents_type ON documents(type);

CREATE TABLE document_recipients (
  document_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  organization_id  TEXT NOT NULL,
  position         INTEGER NOT NULL,
  PRIMARY KEY (document_id, organization_id)
);
CREATE INDEX document_recipients_org ON document_recipients(organization_id);

-- Merged extracted relations; endpoints must be documents (checked at commit,
-- so a file's rows can be re-merged in any order).
CREATE TABLE relations (
  type        TEXT NOT NULL,
  source_id   TEXT NOT NULL REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED,
  target_id   TEXT NOT NULL REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED,
  evidence    TEXT NOT NULL,
  confidence  REAL NOT NULL,
  PRIMARY KEY (type, source_id, target_id)
);
CREATE INDEX relations_source ON relations(source_id, type);
CREATE INDEX relations_target ON relations(target_id, type);

-- REPEATS found by the cross-file text-reuse pass; recomputed per source document.
CREATE TABLE reuse_relations (
  source_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  target_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  evidence    TEXT NOT NULL,
  confidence  REAL NOT NULL,
  PRIMARY KEY (source_id, target_id)
);
CREATE INDEX reuse_relations_target ON reuse_relations(target_id);

-- Reuse buckets of in-corpus documents, per contributing file.
CREATE TABLE reuse_buckets (
  bucket       TEXT NOT NULL,
  document_id  TEXT NOT NULL,
  file_name    TEXT NOT NULL REFERENCES files(name) ON DELETE CASCADE,
  PRIMARY KEY (bucket, document_id, file_name)
);
CREATE INDEX reuse_buckets_document ON reuse_buckets(document_id);
CREATE INDEX reuse_buckets_file ON reuse_buckets(file_name);

-- Analysts' corrections, apart from extraction so re-ingest never undoes them.
CREATE TABLE corrections (
  action      TEXT NOT NULL CHECK (action IN ('add', 'remove')),
  type        TEXT NOT NULL,
  source_id   TEXT NOT NULL,
  target_id   TEXT NOT NULL,
  note        TEXT,
  created_by  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (action, type, source_id, target_id)
);

-- Effective relations, kept up to date by every write (a table, not a view,
-- so chains and aggregations walk indexes): extracted ones (from files, and
-- REPEATS from the reuse pass) not removed by a correction, plus
-- corrections that add one between two existing documents.
CREATE TABLE effective_relations (
  type        TEXT NOT NULL,
  source_id   TEXT NOT NULL,
  target_id   TEXT NOT NULL,
  evidence    TEXT NOT NULL,
  confidence  REAL NOT NULL,
  origin      TEXT NOT NULL CHECK (origin IN ('extracted', 'correction')),
  created_by  TEXT,
  created_at  TEXT,
  PRIMARY KEY (type, source_id, target_id)
);
CREATE INDEX effective_relations_source ON effective_relations(source_id, type, target_id);
CREATE INDEX effective_relations_target ON effective_relations(target_id, type, source_id);

-- Full text over a diacritics-folded, lower-cased copy (FTS5's own
-- remove_diacritics leaves đ alone); rowid = documents.rowid.
CREATE VIRTUAL TABLE documents_fts USING fts5(code, subject, text, tokenize = 'unicode61 remove_diacritics 2');
`;

/**
 * Reuse postings as integers. `reuse_buckets` (TEXT key, document id and
 * file name in a three-column key plus two indexes) was 374 MB of the 963 MB
 * 10k store and its inserts the largest cost of writing a batch. Files get a
 * small integer through `reuse_files` (names are the key of `files`, whose
 * own rowid a VACUUM may renumber); documents are their stable rowid.
 */
const V3_REUSE_POSTINGS = `
-- A file's integer for reuse postings; goes with the file.
CREATE TABLE reuse_files (
  id    INTEGER PRIMARY KEY AUTOINCREMENT,
  name  TEXT NOT NULL UNIQUE REFERENCES files(name) ON DELETE CASCADE
);

-- Reuse buckets of in-corpus documents, per contributing file: bucket key as
-- an integer (src/store/sqlite/reuse-keys.ts), documents.rowid, reuse_files.id.
-- Removed with the file's contribution or the document by the writer.
CREATE TABLE reuse_postings (
  bucket  INTEGER NOT NULL,
  doc     INTEGER NOT NULL,
  file    INTEGER NOT NULL,
  PRIMARY KEY (bucket, doc, file)
) WITHOUT ROWID;
CREATE INDEX reuse_postings_doc ON reuse_postings(doc, file);

INSERT INTO reuse_files (name) SELECT DISTINCT file_name FROM reuse_buckets ORDER BY file_name;
INSERT OR IGNORE INTO reuse_postings (bucket, doc, file)
  SELECT ${sqlBucketKey('b.bucket')}, d.rowid, f.id
    FROM reuse_buckets b JOIN documents d ON d.id = b.document_id JOIN reuse_files f ON f.name = b.file_name
   WHERE b.bucket GLOB '${SQL_BUCKET_KEY_FORM}';
DROP TABLE reuse_buckets;
`;

/**
 * A row of `documents` carries the text, so a scan reads the whole corpus
 * (1+ GB at 100,000 documents): the undated merge looked for its few
 * undated nodes that way, and the in-corpus count of every ingest summed a
 * column of every row. Both become index reads.
 */
const V5_COUNT_AND_UNDATED_INDEXES = `
CREATE INDEX documents_undated ON documents(id) WHERE in_corpus = 0 AND year IS NULL AND issued_on IS NULL;
CREATE INDEX documents_in_corpus ON documents(in_corpus);
`;

/**
 * Reuse postings staged by each batch of files and moved into
 * `reuse_postings` in key order in one step (src/store/sqlite/reuse-postings.ts):
 * inserting each batch into the (bucket, …) key rewrote pages all over an
 * index that grows with the corpus.
 */
const V6_PENDING_POSTINGS = `
-- Reuse postings written and not yet moved into reuse_postings; same columns.
CREATE TABLE reuse_postings_pending (
  bucket  INTEGER NOT NULL,
  doc     INTEGER NOT NULL,
  file    INTEGER NOT NULL
);
CREATE INDEX reuse_postings_pending_doc ON reuse_postings_pending(doc, file);
`;

/**
 * Full text without its own copy of the text. Search reads only the rowid
 * and rank from the index and the text from `documents`, so the index's
 * content table (the folded code, subject and text: 42 MB of the 450 MB 10k
 * store) was written on every document and never read. The terms carry over
 * from the old table's content, no re-folding in JavaScript.
 */
const V7_CONTENTLESS_FTS = `
ALTER TABLE documents_fts RENAME TO documents_fts_v6;
CREATE VIRTUAL TABLE documents_fts USING fts5(code, subject, text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO documents_fts (rowid, code, subject, text) SELECT rowid, code, subject, text FROM documents_fts_v6;
DROP TABLE documents_fts_v6;
`;

/**
 * Staged postings as one row per document and file, the keys a JSON array
 * that the settle expands with \`json_each\`: a document has ≈ 140 keys, and
 * one insert per key was the largest part of writing a batch after the
 * documents themselves. Rows staged at version 7 are carried over.
 */
const V8_STAGED_POSTING_ROWS = `
-- Reuse postings written and not yet moved into reuse_postings: keys is a
-- JSON array of bucket key integers of one document (rowid) from one file.
CREATE TABLE reuse_postings_staged (
  doc   INTEGER NOT NULL,
  file  INTEGER NOT NULL,
  keys  TEXT NOT NULL
);
CREATE INDEX reuse_postings_staged_doc ON reuse_postings_staged(doc, file);
INSERT INTO reuse_postings_staged (doc, file, keys)
  SELECT doc, file, json_group_array(bucket) FROM reuse_postings_pending GROUP BY doc, file;
DROP TABLE reuse_postings_pending;
`;

const V9_SETTLED_POSTING_ROWS = `
-- The keys of each document and file whose postings are settled, as staged:
-- a document's postings are dropped by their keys (reuse_postings' own
-- order), so reuse_postings needs no second index by document, whose sort
-- was half of settling a first ingest's postings.
CREATE TABLE reuse_postings_settled (
  doc   INTEGER NOT NULL,
  file  INTEGER NOT NULL,
  keys  TEXT NOT NULL
);
CREATE INDEX reuse_postings_settled_doc ON reuse_postings_settled(doc, file);
INSERT INTO reuse_postings_settled (doc, file, keys)
  SELECT doc, file, json_group_array(bucket) FROM reuse_postings GROUP BY doc, file;
DROP INDEX reuse_postings_doc;
`;

const V10_CONTRIBUTION_TEXT_IN_ROW = `
-- No table changes: a document contribution's JSON may now carry
-- "textInRow": true instead of its text, text map, body and field evidence,
-- which are then its document row's (src/store/sqlite/contribution-text.ts).
-- The step's number keeps programs that would read such a contribution as
-- having no text from opening the store.
`;

const V11_RECENT_POSTINGS = `
-- Postings settled into a store that already holds many go to a second table
-- with the same key, small enough that a settle rewrites a few of its pages
-- rather than most pages of reuse_postings; they are moved into
-- reuse_postings once they pass a share of it (src/store/sqlite/reuse-postings.ts).
CREATE TABLE reuse_postings_recent (
  bucket  INTEGER NOT NULL,
  doc     INTEGER NOT NULL,
  file    INTEGER NOT NULL,
  PRIMARY KEY (bucket, doc, file)
) WITHOUT ROWID;
-- Which table holds a settled row's postings: 1 for reuse_postings_recent.
ALTER TABLE reuse_postings_settled ADD COLUMN recent INTEGER NOT NULL DEFAULT 0;
CREATE INDEX reuse_postings_settled_recent ON reuse_postings_settled(doc) WHERE recent = 1;
`;

/**
 * A page of documents filtered by province, issuer, type or corpus
 * membership, read in sort-key order from one index that also says whether
 * each document is in the corpus. The single-column indexes gave SQLite the
 * matching rows unordered, and it read each row for its sort key and corpus
 * flag, both stored after the text (a province's in-corpus page took 0.7 s
 * at 100,000 documents). The new indexes serve every query the dropped ones
 * did. `IF NOT EXISTS` lets the step run again on a store that has them.
 */
const V12_SORTED_FILTER_INDEXES = `
DROP INDEX IF EXISTS documents_province;
DROP INDEX IF EXISTS documents_province_sort;
DROP INDEX IF EXISTS documents_issuer;
DROP INDEX IF EXISTS documents_type;
CREATE INDEX IF NOT EXISTS documents_province_sort ON documents(province_id, sort_key, in_corpus);
CREATE INDEX IF NOT EXISTS documents_issuer_sort ON documents(issuer_id, sort_key, in_corpus);
CREATE INDEX IF NOT EXISTS documents_type_sort ON documents(type, sort_key, in_corpus);
CREATE INDEX IF NOT EXISTS documents_corpus_sort ON documents(in_corpus, sort_key);
`;

/**
 * Tags of each document's text (a bit set a caller's tagger computed, under
 * the key `text_tagger` names), kept so that counting documents by topic
 * over a national corpus reads two small tables instead of tagging every
 * text again: 11–13 s at 100,000 documents. A row lives as long as the text
 * it was computed from: the triggers drop it when the text changes or the
 * document is deleted, before a new document can take its rowid. (The
 * store deletes documents with DELETE, never by REPLACE, whose deletions
 * fire no trigger.) Any later step that renumbers documents must empty the
 * table. `IF NOT EXISTS` lets the step run again on a store that has them.
 */
const V13_TEXT_TAGS = `
CREATE TABLE IF NOT EXISTS text_tags (
  document  INTEGER PRIMARY KEY,
  tags      INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS text_tagger (
  only_row  INTEGER PRIMARY KEY CHECK (only_row = 1),
  key       TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS text_tags_on_text AFTER UPDATE OF text ON documents WHEN old.text IS NOT new.text BEGIN
  DELETE FROM text_tags WHERE document = old.rowid;
END;
CREATE TRIGGER IF NOT EXISTS text_tags_on_delete AFTER DELETE ON documents BEGIN
  DELETE FROM text_tags WHERE document = old.rowid;
END;
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'files, provenance, merged nodes, relations, corrections, reuse buckets, full text', sql: V1_BASE },
  {
    version: 2,
    description: 'document text map to source offsets, body range and field evidence, for spans and reuse of text read back',
    sql: 'ALTER TABLE documents ADD COLUMN text_map TEXT;\nALTER TABLE documents ADD COLUMN body TEXT;\nALTER TABLE documents ADD COLUMN field_evidence TEXT;',
  },
  { version: 3, description: 'reuse postings with integer keys (bucket, document rowid, file id) instead of text', sql: V3_REUSE_POSTINGS },
  {
    version: 4,
    description: "a province's documents in page order from an index (sort_key is stored after the text, in overflow pages)",
    sql: 'CREATE INDEX IF NOT EXISTS documents_province_sort ON documents(province_id, sort_key);',
  },
  {
    version: 5,
    description: 'undated reference-only documents and in-corpus counts from indexes, not scans of the text-bearing rows',
    sql: V5_COUNT_AND_UNDATED_INDEXES,
  },
  { version: 6, description: 'reuse postings staged per batch and moved into the keyed table in key order once', sql: V6_PENDING_POSTINGS },
  { version: 7, description: 'full text index without a copy of the text (contentless, rows deleted by rowid)', sql: V7_CONTENTLESS_FTS },
  { version: 8, description: 'staged reuse postings one row per document and file, keys as a JSON array', sql: V8_STAGED_POSTING_ROWS },
  { version: 9, description: 'settled reuse postings found by their keys per document and file, not by an index on document', sql: V9_SETTLED_POSTING_ROWS },
  { version: 10, description: "in-corpus document contributions leave their text to the document's row", sql: V10_CONTRIBUTION_TEXT_IN_ROW },
  { version: 11, description: 'an increment settles its reuse postings into a small table of recent ones, not the large one', sql: V11_RECENT_POSTINGS },
  { version: 12, description: 'pages filtered by province, issuer, type or corpus membership in sort-key order from an index holding the corpus flag', sql: V12_SORTED_FILTER_INDEXES },
  { version: 13, description: "each document's text tags, kept until its text changes", sql: V13_TEXT_TAGS },
];

/** The DDL of every step, as committed in `schema/sqlite.sql`. */
export function schemaSql(): string {
  const header = '-- Generated from src/store/sqlite/migrations.ts; rewrite with UPDATE_SCHEMA=1 npx jest test/store/sqlite-schema-file.test.ts\n\n';
  return header + MIGRATIONS.map((m) => `-- migration ${m.version}: ${m.description}\n${m.sql.trim()}\n`).join('\n');
}
