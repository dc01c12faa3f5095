// Range indexes for keyset pagination (sortKey), lookups by content hash and
// code, and the document → organisation/person/province id properties the
// link backfill and the filters read.
CREATE INDEX file_hash IF NOT EXISTS FOR (n:File) ON (n.hash);
CREATE INDEX document_sort_key IF NOT EXISTS FOR (n:Document) ON (n.sortKey);
CREATE INDEX document_code IF NOT EXISTS FOR (n:Document) ON (n.code);
CREATE INDEX document_scope_type IF NOT EXISTS FOR (n:Document) ON (n.scope, n.type);
CREATE INDEX document_province IF NOT EXISTS FOR (n:Document) ON (n.provinceId);
CREATE INDEX document_issuer IF NOT EXISTS FOR (n:Document) ON (n.issuerId);
CREATE INDEX document_signer IF NOT EXISTS FOR (n:Document) ON (n.signerId);
CREATE INDEX organization_sort_key IF NOT EXISTS FOR (n:Organization) ON (n.sortKey);
CREATE INDEX person_sort_key IF NOT EXISTS FOR (n:Person) ON (n.sortKey);
CREATE INDEX correction_key IF NOT EXISTS FOR (n:Correction) ON (n.action, n.type, n.sourceId, n.targetId);
CREATE INDEX correction_source IF NOT EXISTS FOR (n:Correction) ON (n.sourceId);
CREATE INDEX correction_target IF NOT EXISTS FOR (n:Correction) ON (n.targetId);
