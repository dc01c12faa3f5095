import { RelationType } from '../../../src/domain/relation-type';
import type { RelationRecord } from '../../../src/domain/graph';
import { pickShortestPath } from '../../../src/store/neo4j/path-choice';

const rel = (type: RelationType, sourceId: string, targetId: string): RelationRecord => ({
  type,
  sourceId,
  targetId,
  evidence: [],
  confidence: 1,
  origin: 'extracted',
  createdBy: null,
  createdAt: null,
});
const path = (...relations: RelationRecord[]) => ({
  rootId: relations[0].sourceId,
  documentIds: [relations[0].sourceId, ...relations.map((r) => r.targetId)],
  relations,
});

describe('pickShortestPath', () => {
  test('no paths, no answer', () => {
    expect(pickShortestPath([])).toBeNull();
  });

  test('decides from the target backwards: smallest source id of the last step first', () => {
    // s → a → t and s → b → t: the step into t from a beats the one from b.
    const viaB = path(rel(RelationType.CITES, 'doc:s', 'doc:b'), rel(RelationType.CITES, 'doc:b', 'doc:t'));
    const viaA = path(rel(RelationType.IMPLEMENTS, 'doc:s', 'doc:a'), rel(RelationType.IMPLEMENTS, 'doc:a', 'doc:t'));
    expect(pickShortestPath([viaB, viaA])).toBe(viaA);
  });

  test('same predecessor: the smaller relation type wins', () => {
    const implementsPath = path(rel(RelationType.IMPLEMENTS, 'doc:s', 'doc:t'));
    const citesPath = path(rel(RelationType.CITES, 'doc:s', 'doc:t'));
    expect(pickShortestPath([implementsPath, citesPath])).toBe(citesPath);
  });
});
