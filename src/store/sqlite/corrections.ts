import type Database from 'better-sqlite3';
import { statement } from './statement-cache';
import type { RelationCorrection } from '../../domain/graph';
import { refreshEffectiveRelations } from './effective-relations';
import { validateCorrection } from '../shared/validate-correction';
import { assertDocumentExists } from './relation-queries';

/**
 * Stores an analyst's correction. The newest word on a relation wins: adding
 * drops an earlier removal of the same relation and vice versa, so the rule
 * "extracted − removed + added" never sees both. Repeating a correction
 * keeps the first record (idempotent). Runs in the caller's transaction.
 */
export function applyCorrection(db: Database.Database, correction: RelationCorrection): void {
  validateCorrection(correction);
  assertDocumentExists(db, correction.sourceId);
  assertDocumentExists(db, correction.targetId);
  const opposite = correction.action === 'add' ? 'remove' : 'add';
  statement(db, 'DELETE FROM corrections WHERE action = ? AND type = ? AND source_id = ? AND target_id = ?').run(
    opposite,
    correction.type,
    correction.sourceId,
    correction.targetId,
  );
  statement(db, 
    `INSERT OR IGNORE INTO corrections (action, type, source_id, target_id, note, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    correction.action,
    correction.type,
    correction.sourceId,
    correction.targetId,
    correction.note,
    correction.createdBy,
    correction.createdAt,
  );
  refreshEffectiveRelations(db, [correction]);
}

export function listCorrections(db: Database.Database): RelationCorrection[] {
  return (
    db
      .prepare(
        'SELECT action, type, source_id, target_id, note, created_by, created_at FROM corrections ORDER BY created_at, source_id, type, target_id, action',
      )
      .all() as Array<Record<string, string | null>>
  ).map((r) => ({
    action: r.action as RelationCorrection['action'],
    type: r.type as RelationCorrection['type'],
    sourceId: r.source_id as string,
    targetId: r.target_id as string,
    note: r.note,
    createdBy: r.created_by as string,
    createdAt: r.created_at as string,
  }));
}
