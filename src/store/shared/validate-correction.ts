import { InvalidArgumentError } from '../../domain/errors';
import type { RelationCorrection } from '../../domain/graph';
import { assertWellFormedId } from '../../domain/identity';
import { ALL_RELATION_TYPES } from '../../domain/relation-type';

/** Rejects a correction no store should record; each store then checks that both documents exist. */
export function validateCorrection(correction: RelationCorrection): void {
  if (correction.action !== 'add' && correction.action !== 'remove') {
    throw new InvalidArgumentError(`Correction action must be 'add' or 'remove', got '${String(correction.action)}'.`);
  }
  if (!ALL_RELATION_TYPES.includes(correction.type)) {
    throw new InvalidArgumentError(`Unknown relation type '${String(correction.type)}'.`);
  }
  if (correction.sourceId === correction.targetId) {
    throw new InvalidArgumentError('A relation cannot join a document to itself.');
  }
  if (!correction.createdBy || Number.isNaN(Date.parse(correction.createdAt))) {
    throw new InvalidArgumentError('A correction needs createdBy and an ISO 8601 createdAt.');
  }
  assertWellFormedId(correction.sourceId, 'doc');
  assertWellFormedId(correction.targetId, 'doc');
}
