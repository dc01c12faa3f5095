import type Database from 'better-sqlite3';
import { statement } from './statement-cache';
import { ALL_RELATION_TYPES } from '../../domain/relation-type';
import type { Evidence } from '../../domain/span';
import { refreshEffectiveForDocuments, refreshEffectiveRelations } from './effective-relations';
import { dropPostingsOfDocument } from './reuse-postings';
import { parseRelationKey, rematerializeDocuments, rematerializeRelations, relationKeyString } from './materialize';

/** Each undated reference-only node with exactly one dated document it can denote (read through the partial index documents_undated). */
export const UNDATED_PAIRS_SQL = `SELECT u.id AS undatedId, MIN(c.id) AS datedId
         FROM documents u INDEXED BY documents_undated
         JOIN documents c
           ON c.scope = u.scope AND c.id <> u.id AND (c.year IS NOT NULL OR c.issued_on IS NOT NULL)
          AND ((u.code IS NOT NULL AND c.code = u.code)
            OR (u.code IS NULL AND c.code IS NULL AND c.type = u.type AND u.issuer_id IS NOT NULL AND c.issuer_id = u.issuer_id))
        WHERE u.in_corpus = 0 AND u.year IS NULL AND u.issued_on IS NULL
        GROUP BY u.id
       HAVING COUNT(*) = 1
        ORDER BY u.id`;

/**
 * Relation contributions touching a node. No index starts with source_id,
 * but (type, source_id, …) does: naming every type turns a scan of all
 * relation contributions per undated node (seconds at 100,000 documents)
 * into seeks.
 */
const TYPE_LIST = ALL_RELATION_TYPES.map((t) => `'${t}'`).join(', ');
export const RELATION_CONTRIBUTIONS_OF_SQL = `SELECT file_name, type, source_id, target_id, evidence, confidence FROM relation_contributions
      WHERE type IN (${TYPE_LIST}) AND source_id = @id
     UNION ALL
     SELECT file_name, type, source_id, target_id, evidence, confidence FROM relation_contributions
      WHERE target_id = @id AND source_id <> @id`;

/**
 * Folds reference-only, undated instruments (`Nghị quyết 128/NQ-CP` cited
 * without a year) into the one dated document they must denote: same scope
 * and code, or for unnumbered ones same scope, type and issuer. Works on the
 * contribution rows, so a later re-ingest of a citing file starts from its
 * own undated node again and the next merge repeats the fold. Ambiguous
 * cases (two dated candidates) are left alone. Runs in the caller's transaction.
 */
export function mergeUndatedInstruments(db: Database.Database): number {
  const pairs = statement(db, UNDATED_PAIRS_SQL).all() as Array<{ undatedId: string; datedId: string }>;
  if (pairs.length === 0) return 0;

  const contributionsOf = statement(db, RELATION_CONTRIBUTIONS_OF_SQL);
  const deleteContribution = statement(db, 
    'DELETE FROM relation_contributions WHERE file_name = ? AND type = ? AND source_id = ? AND target_id = ?',
  );
  const existing = statement(db, 
    'SELECT evidence, confidence FROM relation_contributions WHERE file_name = ? AND type = ? AND source_id = ? AND target_id = ?',
  );
  const upsert = statement(db, 
    `INSERT INTO relation_contributions (file_name, type, source_id, target_id, evidence, confidence) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(file_name, type, source_id, target_id) DO UPDATE SET evidence = excluded.evidence, confidence = excluded.confidence`,
  );
  // The citing file's description moves with its relations, so the dated node
  // stays supported by that file even if the dated document's own file goes.
  const movePointer = statement(db, 
    `UPDATE document_contributions SET document_id = @dated, data = json_set(data, '$.id', @dated)
      WHERE document_id = @undated
        AND NOT EXISTS (SELECT 1 FROM document_contributions x
                         WHERE x.file_name = document_contributions.file_name AND x.document_id = @dated)`,
  );
  const moveReuse = statement(db, 
    `UPDATE OR IGNORE reuse_relations
        SET source_id = CASE WHEN source_id = @undated THEN @dated ELSE source_id END,
            target_id = CASE WHEN target_id = @undated THEN @dated ELSE target_id END
      WHERE (source_id = @undated OR target_id = @undated)
        AND NOT (source_id = @dated OR target_id = @dated)`,
  );
  const reuseTouching = statement(db, 
    'SELECT source_id AS sourceId, target_id AS targetId FROM reuse_relations WHERE source_id = ? OR target_id = ?',
  );
  const deleteDocContributions = statement(db, 'DELETE FROM document_contributions WHERE document_id = ?');

  const touchedRelations = new Set<string>();
  const touchedDocs = new Set<string>();
  for (const { undatedId, datedId } of pairs) {
    const rows = contributionsOf.all({ id: undatedId }) as Array<{
      file_name: string;
      type: string;
      source_id: string;
      target_id: string;
      evidence: string;
      confidence: number;
    }>;
    for (const row of rows) {
      deleteContribution.run(row.file_name, row.type, row.source_id, row.target_id);
      touchedRelations.add(relationKeyString({ type: row.type, sourceId: row.source_id, targetId: row.target_id }));
      const sourceId = row.source_id === undatedId ? datedId : row.source_id;
      const targetId = row.target_id === undatedId ? datedId : row.target_id;
      if (sourceId === targetId) continue;
      const prior = existing.get(row.file_name, row.type, sourceId, targetId) as
        | { evidence: string; confidence: number }
        | undefined;
      const evidence = prior
        ? [...(JSON.parse(prior.evidence) as Evidence[]), ...(JSON.parse(row.evidence) as Evidence[])]
        : (JSON.parse(row.evidence) as Evidence[]);
      upsert.run(row.file_name, row.type, sourceId, targetId, JSON.stringify(evidence), Math.max(row.confidence, prior?.confidence ?? 0));
      touchedRelations.add(relationKeyString({ type: row.type, sourceId, targetId }));
    }
    movePointer.run({ dated: datedId, undated: undatedId });
    for (const r of reuseTouching.all(undatedId, undatedId) as Array<{ sourceId: string; targetId: string }>) {
      touchedRelations.add(relationKeyString({ type: 'REPEATS', ...r }));
      const moved = {
        type: 'REPEATS',
        sourceId: r.sourceId === undatedId ? datedId : r.sourceId,
        targetId: r.targetId === undatedId ? datedId : r.targetId,
      };
      touchedRelations.add(relationKeyString(moved));
    }
    // Reuse edges are not file contributions; re-point them too, or the delete would cascade them away.
    moveReuse.run({ dated: datedId, undated: undatedId });
    deleteDocContributions.run(undatedId);
    dropPostingsOfDocument(db, undatedId);
    touchedDocs.add(undatedId);
    touchedDocs.add(datedId);
  }
  const keys = [...touchedRelations].map(parseRelationKey);
  rematerializeRelations(db, keys);
  const change = rematerializeDocuments(db, touchedDocs);
  refreshEffectiveRelations(db, keys);
  refreshEffectiveForDocuments(db, change);
  return pairs.length;
}
