-- Generated from src/store/sqlite/migrations.ts; rewrite with UPDATE_SCHEMA=1 npx jest test/store/sqlite-schema-file.test.ts

-- migration 1: files, provenance, merged nodes, relations, corrections, reuse buckets, full text
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

-- migration 2: document text map to source offsets, body range and field evidence, for spans and reuse of text read back
ALTER TABLE documents ADD COLUMN text_map TEXT;
ALTER TABLE documents ADD COLUMN body TEXT;
ALTER TABLE documents ADD COLUMN field_evidence TEXT;

-- migration 3: reuse postings with integer keys (bucket, document rowid, file id) instead of text
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
  SELECT (unicode(substr(b.bucket, 2, 1)) - 48) * 4503599627370496 + (instr('0123456789abcdef', substr(b.bucket, 4, 1)) - 1) * 281474976710656 + (instr('0123456789abcdef', substr(b.bucket, 5, 1)) - 1) * 17592186044416 + (instr('0123456789abcdef', substr(b.bucket, 6, 1)) - 1) * 1099511627776 + (instr('0123456789abcdef', substr(b.bucket, 7, 1)) - 1) * 68719476736 + (instr('0123456789abcdef', substr(b.bucket, 8, 1)) - 1) * 4294967296 + (instr('0123456789abcdef', substr(b.bucket, 9, 1)) - 1) * 268435456 + (instr('0123456789abcdef', substr(b.bucket, 10, 1)) - 1) * 16777216 + (instr('0123456789abcdef', substr(b.bucket, 11, 1)) - 1) * 1048576 + (instr('0123456789abcdef', substr(b.bucket, 12, 1)) - 1) * 65536 + (instr('0123456789abcdef', substr(b.bucket, 13, 1)) - 1) * 4096 + (instr('0123456789abcdef', substr(b.bucket, 14, 1)) - 1) * 256 + (instr('0123456789abcdef', substr(b.bucket, 15, 1)) - 1) * 16 + (instr('0123456789abcdef', substr(b.bucket, 16, 1)) - 1) * 1, d.rowid, f.id
    FROM reuse_buckets b JOIN documents d ON d.id = b.document_id JOIN reuse_files f ON f.name = b.file_name
   WHERE b.bucket GLOB 'b[0-9]:[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]';
DROP TABLE reuse_buckets;

-- migration 4: a province's documents in page order from an index (sort_key is stored after the text, in overflow pages)
CREATE INDEX IF NOT EXISTS documents_province_sort ON documents(province_id, sort_key);

-- migration 5: undated reference-only documents and in-corpus counts from indexes, not scans of the text-bearing rows
CREATE INDEX documents_undated ON documents(id) WHERE in_corpus = 0 AND year IS NULL AND issued_on IS NULL;
CREATE INDEX documents_in_corpus ON documents(in_corpus);

-- migration 6: reuse postings staged per batch and moved into the keyed table in key order once
-- Reuse postings written and not yet moved into reuse_postings; same columns.
CREATE TABLE reuse_postings_pending (
  bucket  INTEGER NOT NULL,
  doc     INTEGER NOT NULL,
  file    INTEGER NOT NULL
);
CREATE INDEX reuse_postings_pending_doc ON reuse_postings_pending(doc, file);

-- migration 7: full text index without a copy of the text (contentless, rows deleted by rowid)
ALTER TABLE documents_fts RENAME TO documents_fts_v6;
CREATE VIRTUAL TABLE documents_fts USING fts5(code, subject, text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO documents_fts (rowid, code, subject, text) SELECT rowid, code, subject, text FROM documents_fts_v6;
DROP TABLE documents_fts_v6;

-- migration 8: staged reuse postings one row per document and file, keys as a JSON array
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

-- migration 9: settled reuse postings found by their keys per document and file, not by an index on document
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

-- migration 10: in-corpus document contributions leave their text to the document's row
-- No table changes: a document contribution's JSON may now carry
-- "textInRow": true instead of its text, text map, body and field evidence,
-- which are then its document row's (src/store/sqlite/contribution-text.ts).
-- The step's number keeps programs that would read such a contribution as
-- having no text from opening the store.

-- migration 11: an increment settles its reuse postings into a small table of recent ones, not the large one
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

-- migration 12: pages filtered by province, issuer, type or corpus membership in sort-key order from an index holding the corpus flag
DROP INDEX IF EXISTS documents_province;
DROP INDEX IF EXISTS documents_province_sort;
DROP INDEX IF EXISTS documents_issuer;
DROP INDEX IF EXISTS documents_type;
CREATE INDEX IF NOT EXISTS documents_province_sort ON documents(province_id, sort_key, in_corpus);
CREATE INDEX IF NOT EXISTS documents_issuer_sort ON documents(issuer_id, sort_key, in_corpus);
CREATE INDEX IF NOT EXISTS documents_type_sort ON documents(type, sort_key, in_corpus);
CREATE INDEX IF NOT EXISTS documents_corpus_sort ON documents(in_corpus, sort_key);

-- migration 13: each document's text tags, kept until its text changes
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
