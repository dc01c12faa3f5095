import type { RelationOrigin, RelationRecord } from '../../domain/graph';
import type { RelationType } from '../../domain/relation-type';
import type { Evidence } from '../../domain/span';

export interface RelationRow {
  type: string;
  source_id: string;
  target_id: string;
  evidence: string;
  confidence: number;
  origin: string;
  created_by: string | null;
  created_at: string | null;
}

export const RELATION_COLUMNS = 'type, source_id, target_id, evidence, confidence, origin, created_by, created_at';

export function fromRelationRow(row: RelationRow): RelationRecord {
  return {
    type: row.type as RelationType,
    sourceId: row.source_id,
    targetId: row.target_id,
    evidence: JSON.parse(row.evidence) as Evidence[],
    confidence: row.confidence,
    origin: row.origin as RelationOrigin,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}


/** `?, ?, ?` for an IN list. */
export function placeholders(count: number): string {
  return new Array(count).fill('?').join(', ');
}
