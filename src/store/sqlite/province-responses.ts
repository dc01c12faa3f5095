import type Database from 'better-sqlite3';
import type { RelationType } from '../../domain/relation-type';
import type { ProvinceResponseRecord } from '../port';
import { assertDocumentExists } from './relation-queries';
import { typesOrAll } from '../shared/relation-types';
import { placeholders } from './relation-row';

/**
 * How each province answered an instrument, as one SQL aggregation. Direct
 * responders are a province's documents with a relation of `types` to the
 * target. With `viaProvincial`, a document also counts when it reaches the
 * target through its own province's responders (a UBND letter implementing
 * the Tỉnh ủy letter that implements the Politburo's conclusion); the
 * recursion stays inside one province and UNION makes it cycle-safe.
 */
export function provinceResponses(
  db: Database.Database,
  targetId: string,
  types: readonly RelationType[],
  viaProvincial: boolean,
): ProvinceResponseRecord[] {
  assertDocumentExists(db, targetId);
  const wanted = typesOrAll(types);
  const inTypes = placeholders(wanted.length);
  const recursive = viaProvincial
    ? `UNION
       SELECT d.id, d.province_id
         FROM responders r
         CROSS JOIN effective_relations e ON e.target_id = r.id AND e.type IN (${inTypes})
         CROSS JOIN documents d ON d.id = e.source_id AND d.province_id = r.province_id
        WHERE d.id <> ?`
    : '';
  const rows = db
    .prepare(
      `WITH RECURSIVE responders(id, province_id) AS (
         SELECT d.id, d.province_id
           FROM effective_relations e JOIN documents d ON d.id = e.source_id
          WHERE e.target_id = ? AND e.type IN (${inTypes}) AND d.province_id IS NOT NULL AND d.id <> ?
         ${recursive}
       )
       SELECT r.province_id AS provinceId,
              json_group_array(d.id) AS documentIds,
              MIN(d.issued_on) AS firstIssuedOn,
              p.name AS provinceName
         FROM (SELECT DISTINCT id, province_id FROM responders) r
         JOIN documents d ON d.id = r.id
         LEFT JOIN provinces p ON p.id = r.province_id
        GROUP BY r.province_id
        ORDER BY firstIssuedOn IS NULL, firstIssuedOn, p.name_key, r.province_id`,
    )
    .all(targetId, ...wanted, targetId, ...(viaProvincial ? [...wanted, targetId] : [])) as Array<{
    provinceId: string;
    documentIds: string;
    firstIssuedOn: string | null;
  }>;
  const sortKeyOf = db.prepare('SELECT sort_key FROM documents WHERE id = ?').pluck();
  return rows.map((row) => {
    const ids = JSON.parse(row.documentIds) as string[];
    const keyed = ids.map((id) => ({ id, key: sortKeyOf.get(id) as string }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { provinceId: row.provinceId, documentIds: keyed.map((k) => k.id), firstIssuedOn: row.firstIssuedOn };
  });
}
