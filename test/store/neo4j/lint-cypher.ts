import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { ALL_REL_TYPES, Label, PARAMETER_ROW_KEYS, PROPERTY_KEYS } from '../../../src/store/neo4j/vocabulary';

/**
 * Lints Cypher with the Neo4j language service against our graph's schema:
 * our labels, relationship types and property keys, the statement's own
 * parameters, and Neo4j 5's built-in functions and procedures (the package
 * ships the catalogue of a real server as `testData.mockSchema`; we take only
 * its function and procedure registries from it).
 */
export interface LintProblem {
  severity: number;
  message: string;
  excerpt: string;
}

export function graphDbSchema(parameters: Record<string, unknown> = {}): DbSchema {
  return {
    labels: Object.values(Label),
    relationshipTypes: [...ALL_REL_TYPES],
    propertyKeys: [...PROPERTY_KEYS, ...PARAMETER_ROW_KEYS],
    parameters,
    functions: testData.mockSchema.functions,
    procedures: testData.mockSchema.procedures,
    defaultLanguage: 'CYPHER 5',
  };
}

export function lintStatement(cypher: string, parameters: Record<string, unknown> = {}): LintProblem[] {
  const { diagnostics } = lintCypherQuery(cypher, graphDbSchema(parameters));
  return diagnostics.map((d) => ({
    severity: d.severity ?? 0,
    message: typeof d.message === "string" ? d.message : d.message.value,
    excerpt: cypher.slice(Math.max(0, d.offsets.start - 30), d.offsets.end + 30),
  }));
}
