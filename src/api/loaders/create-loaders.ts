import DataLoader from 'dataloader';
import type { Direction } from '../../domain/direction';
import type { DocumentNode, OrganizationNode, PersonNode, ProvinceNode, RelationRecord } from '../../domain/graph';
import type { RelationType } from '../../domain/relation-type';
import type { GraphStore } from '../../store/port';

/**
 * Per-request batching: every field that needs a node by id goes through
 * these, so a page of documents with their relations and issuers costs one
 * store call per kind of thing and not one per row. Made fresh for each
 * request, so nothing is cached across requests or callers.
 */
export interface Loaders {
  documents: DataLoader<string, DocumentNode | null>;
  organizations: DataLoader<string, OrganizationNode | null>;
  persons: DataLoader<string, PersonNode | null>;
  provinces: DataLoader<string, ProvinceNode | null>;
  /** Relations of one document for a (direction, types) selection. */
  relations(direction: Direction, types: readonly RelationType[] | null | undefined): DataLoader<string, RelationRecord[]>;
}

function relationKey(direction: Direction, types: readonly RelationType[] | null | undefined): string {
  return `${direction}:${types && types.length > 0 ? [...new Set(types)].sort().join(',') : '*'}`;
}

export function createLoaders(store: GraphStore): Loaders {
  const relationLoaders = new Map<string, DataLoader<string, RelationRecord[]>>();
  return {
    documents: new DataLoader((ids) => store.getDocuments(ids)),
    organizations: new DataLoader((ids) => store.getOrganizations(ids)),
    persons: new DataLoader((ids) => store.getPersons(ids)),
    provinces: new DataLoader((ids) => store.getProvinces(ids)),
    relations(direction, types) {
      const key = relationKey(direction, types);
      let loader = relationLoaders.get(key);
      if (!loader) {
        const wanted = types && types.length > 0 ? [...new Set(types)].sort() : undefined;
        loader = new DataLoader(async (ids: readonly string[]) => {
          const records = await store.relations(ids, direction, wanted);
          const byAnchor = new Map<string, RelationRecord[]>(ids.map((id) => [id, []]));
          for (const record of records) {
            const anchor = direction === 'OUT' ? record.sourceId : record.targetId;
            byAnchor.get(anchor)?.push(record);
          }
          return ids.map((id) => byAnchor.get(id) ?? []);
        });
        relationLoaders.set(key, loader);
      }
      return loader;
    },
  };
}
