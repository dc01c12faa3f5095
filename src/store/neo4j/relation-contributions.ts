import type { RelationType } from '../../domain/relation-type';
import type { Evidence } from '../../domain/span';
import type { FileRelationRow, RelationKeyParam } from './cypher';

/**
 * An extracted relationship keeps each contributing file's evidence in
 * `contributions` (JSON strings, one per file), so replacing one file
 * removes exactly its share. The visible evidence is every file's, in file
 * order, with the highest confidence (the SQLite store's rule).
 */
export interface RelationContribution {
  file: string;
  evidence: Evidence[];
  confidence: number;
}

export function parseContributions(stored: unknown): RelationContribution[] {
  if (stored === null || stored === undefined) return [];
  if (!Array.isArray(stored)) throw new TypeError('relationship contributions must be a list of JSON strings');
  return stored.map((item) => JSON.parse(String(item)) as RelationContribution);
}

/** Merges two lists by file: one file's two contributions (after re-pointing a node) become one. */
export function combineContributions(
  a: readonly RelationContribution[],
  b: readonly RelationContribution[],
): RelationContribution[] {
  const byFile = new Map<string, RelationContribution>();
  for (const c of [...a, ...b]) {
    const prior = byFile.get(c.file);
    byFile.set(
      c.file,
      prior
        ? { file: c.file, evidence: [...prior.evidence, ...c.evidence], confidence: Math.max(prior.confidence, c.confidence) }
        : { ...c },
    );
  }
  return [...byFile.values()].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
}

/** The contributions without the named file's. */
export function withoutFile(list: readonly RelationContribution[], file: string): RelationContribution[] {
  return list.filter((c) => c.file !== file);
}

export function fileRelationRow(key: RelationKeyParam, contributions: readonly RelationContribution[]): FileRelationRow {
  const ordered = combineContributions(contributions, []);
  return {
    sourceId: key.sourceId,
    targetId: key.targetId,
    evidence: JSON.stringify(ordered.flatMap((c) => c.evidence)),
    confidence: Math.max(...ordered.map((c) => c.confidence)),
    contributions: ordered.map((c) => JSON.stringify(c)),
    files: ordered.map((c) => c.file),
  };
}

export function relationKeyString(key: { type: string; sourceId: string; targetId: string }): string {
  return JSON.stringify([key.type, key.sourceId, key.targetId]);
}

export function parseRelationKey(text: string): RelationKeyParam {
  const [type, sourceId, targetId] = JSON.parse(text) as [RelationType, string, string];
  return { type, sourceId, targetId };
}
