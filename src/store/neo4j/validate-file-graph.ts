import { InvalidArgumentError } from '../../domain/errors';
import type { FileGraph } from '../../domain/graph';
import { assertWellFormedId } from '../../domain/identity';

/**
 * Shape checks that need no database, the same the SQLite store makes:
 * duplicates inside one file and malformed ids are the extractor's bug and
 * must not reach either store.
 */
export function validateFileGraph(graph: FileGraph): void {
  if (!graph.file.name) throw new InvalidArgumentError('FileGraph.file.name is empty; name every file by its path.');
  if (!/^[0-9a-f]{8,}$/i.test(graph.file.hash)) {
    throw new InvalidArgumentError(`FileGraph.file.hash '${graph.file.hash}' is not a hex content hash; use contentHash().`);
  }
  graph.documents.forEach((d) => assertWellFormedId(d.id, 'doc'));
  graph.organizations.forEach((o) => assertWellFormedId(o.id, 'org'));
  graph.persons.forEach((p) => assertWellFormedId(p.id, 'person'));
  graph.provinces.forEach((p) => assertWellFormedId(p.id, 'province'));
  const unique = (label: string, keys: string[]): void => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) {
        throw new InvalidArgumentError(`${label} '${key}' appears twice in ${graph.file.name}; merge them before writing.`);
      }
      seen.add(key);
    }
  };
  unique('Document', graph.documents.map((d) => d.id));
  unique('Organization', graph.organizations.map((o) => o.id));
  unique('Person', graph.persons.map((p) => p.id));
  unique('Province', graph.provinces.map((p) => p.id));
  unique('Relation', graph.relations.map((r) => JSON.stringify([r.type, r.sourceId, r.targetId])));
  for (const rel of graph.relations) {
    if (!(rel.confidence >= 0 && rel.confidence <= 1)) {
      throw new InvalidArgumentError(
        `Relation ${rel.type} ${rel.sourceId} → ${rel.targetId} has confidence ${rel.confidence}, outside 0..1.`,
      );
    }
  }
}
