import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Direction } from '../../../src/domain/direction';
import { numberedDocumentId, NATIONAL_SCOPE, unnumberedDocumentId } from '../../../src/domain/identity';
import { CITING_RELATION_TYPES, RelationType } from '../../../src/domain/relation-type';
import { slugify } from '../../../src/shared/fold';
import type { GraphStore } from '../../../src/store/port';
import type { DocRef, PlantedRelation, PlantedType } from '../corpus/corpus-model';

/**
 * Recall of the generator's planted relations in a store: each planted
 * pair is looked up by the ids the store must have given its two ends
 * (scope from the province, canonical code and year; telegrams by type,
 * issuer and date), so an identity error counts as a miss too.
 */

export interface TypeRecall {
  type: PlantedType;
  planted: number;
  found: number;
  recall: number;
  /** Pairs whose source document is missing from the store (identity or extraction failure). */
  sourceMissing: number;
  /**
   * REPEATS misses where both ends cite one same document: the detector then
   * reads the shared text as copied from that common source and draws no
   * direct edge (src/extract/reuse/detect-reuse.ts).
   */
  missesWithCommonCitation: number;
  /** A few missed pairs, for a reader to look at. */
  examples: string[];
}

/** The id a store gives a planted document (codes are generated in canonical form). */
export function storeIdOf(ref: DocRef): string {
  if (ref.code === null) return unnumberedDocumentId(NATIONAL_SCOPE, 'Điện', 'Thường trực Ban Bí thư', ref.date);
  const scope = ref.province === null ? NATIONAL_SCOPE : slugify(ref.province);
  return numberedDocumentId(scope, ref.code, ref.year);
}

/** Which stored relation types satisfy a planted one (every IMPLEMENTS/ATTACHES pair is also a CITES pair). */
function accepted(type: PlantedType): ReadonlySet<RelationType> {
  switch (type) {
    case 'IMPLEMENTS':
      return new Set([RelationType.IMPLEMENTS]);
    case 'ATTACHES':
      return new Set([RelationType.ATTACHES]);
    case 'CITES':
      return new Set([RelationType.CITES, ...CITING_RELATION_TYPES]);
    case 'REPEATS':
      return new Set([RelationType.REPEATS]);
  }
}

export async function* readPlanted(path: string): AsyncGenerator<PlantedRelation> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') yield JSON.parse(line) as PlantedRelation;
}

const BATCH = 400;

export async function measurePlantedRecall(store: GraphStore, groundTruthPath: string): Promise<TypeRecall[]> {
  const byType = new Map<PlantedType, TypeRecall>();
  const tally = (type: PlantedType): TypeRecall => {
    let t = byType.get(type);
    if (!t) byType.set(type, (t = { type, planted: 0, found: 0, recall: 0, sourceMissing: 0, missesWithCommonCitation: 0, examples: [] }));
    return t;
  };
  let batch: PlantedRelation[] = [];
  const flush = async (): Promise<void> => {
    const ids = [...new Set(batch.flatMap((p) => [storeIdOf(p.source), storeIdOf(p.target)]))];
    const present = new Set((await store.getDocuments(ids)).filter((d) => d !== null).map((d) => d!.id));
    // Both directions: a REPEATS pair dated the same day may be stored either way round.
    const [out, into] = await Promise.all([store.relations(ids, Direction.OUT), store.relations(ids, Direction.IN)]);
    const edges = new Set<string>();
    for (const r of [...out, ...into]) edges.add(`${r.type}\u0000${r.sourceId}\u0000${r.targetId}`);
    const cited = new Map<string, Set<string>>();
    for (const r of out) {
      if (r.type === RelationType.REPEATS) continue;
      const set = cited.get(r.sourceId) ?? new Set<string>();
      set.add(r.targetId);
      cited.set(r.sourceId, set);
    }
    for (const p of batch) {
      const t = tally(p.type);
      t.planted += 1;
      const s = storeIdOf(p.source);
      const g = storeIdOf(p.target);
      const hit = [...accepted(p.type)].some(
        (type) => edges.has(`${type}\u0000${s}\u0000${g}`) || (p.type === 'REPEATS' && edges.has(`${type}\u0000${g}\u0000${s}`)),
      );
      if (hit) t.found += 1;
      else {
        if (!present.has(s)) t.sourceMissing += 1;
        const sourceCites = cited.get(s) ?? new Set<string>();
        if (p.type === 'REPEATS' && [...(cited.get(g) ?? [])].some((id) => sourceCites.has(id))) t.missesWithCommonCitation += 1;
        if (t.examples.length < 5) t.examples.push(`${s} -> ${g} (${p.file})`);
      }
    }
    batch = [];
  };
  for await (const planted of readPlanted(groundTruthPath)) {
    batch.push(planted);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  const order: PlantedType[] = ['IMPLEMENTS', 'CITES', 'ATTACHES', 'REPEATS'];
  return order.filter((t) => byType.has(t)).map((t) => {
    const r = byType.get(t)!;
    return { ...r, recall: r.planted === 0 ? 1 : r.found / r.planted };
  });
}

export interface RepeatsPrecision {
  /** REPEATS edges stored between documents of the corpus. */
  stored: number;
  /** Of those, pairs planted as REPEATS (either direction). */
  planted: number;
  /** Of the rest, pairs where both documents copied from one same planted source (a legitimate common-source edge). */
  commonSource: number;
}

/**
 * How many stored REPEATS edges the generator did not plant. Not all are
 * wrong: two letters copying one source share its text too. What is left
 * (stored − planted − commonSource) shares only template sentences.
 */
export async function measureRepeatsPrecision(store: GraphStore, groundTruthPath: string, documentsPath: string): Promise<RepeatsPrecision> {
  const planted = new Set<string>();
  const sourcesOf = new Map<string, Set<string>>();
  for await (const p of readPlanted(groundTruthPath)) {
    if (p.type !== 'REPEATS') continue;
    const s = storeIdOf(p.source);
    const t = storeIdOf(p.target);
    planted.add(`${s}\u0000${t}`).add(`${t}\u0000${s}`);
    const set = sourcesOf.get(s) ?? new Set<string>();
    sourcesOf.set(s, set.add(t));
  }
  const result: RepeatsPrecision = { stored: 0, planted: 0, commonSource: 0 };
  let batch: string[] = [];
  const flush = async (): Promise<void> => {
    for (const r of await store.relations(batch, Direction.OUT, [RelationType.REPEATS])) {
      result.stored += 1;
      if (planted.has(`${r.sourceId}\u0000${r.targetId}`)) result.planted += 1;
      else {
        const a = sourcesOf.get(r.sourceId);
        const b = sourcesOf.get(r.targetId);
        if (a && b && [...a].some((x) => b.has(x))) result.commonSource += 1;
      }
    }
    batch = [];
  };
  const lines = createInterface({ input: createReadStream(documentsPath, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const doc = JSON.parse(line) as DocRef & { inCorpus: boolean };
    if (!doc.inCorpus) continue;
    batch.push(storeIdOf(doc));
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return result;
}
