import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentType } from '../../src/domain/document-type';
import type { DocumentNode, FileGraph } from '../../src/domain/graph';
import { contentHash } from '../../src/shared/content-hash';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { documentNode } from './contract/graph-fixtures';

/**
 * Differential test of the SQLite writer's incremental merges (folds,
 * contributions leaving their text to the row, full-text entries kept):
 * random batches of files added, replaced, emptied, re-sent unchanged or
 * given another file's content, over three names and two documents; after
 * every batch the store must answer as a fresh store given only the files
 * that remain, and every contribution that left its text to the row must
 * have said exactly what the row holds. Seeded, so a failure repeats.
 */

const SEQUENCES = 24;
const STEPS = 10;
const NAMES = ['a/1.txt', 'b/2.txt', 'c/3.txt'];
const DOCS = [
  { id: 'doc:dak-nong:12/UBND-VX:2021', code: '12/UBND-VX', year: 2021 as number | null },
  { id: 'doc:dak-nong:34/UBND-VX:2021', code: '34/UBND-VX', year: 2021 as number | null },
];
const UNDATED = { id: 'doc:dak-nong:12/UBND-VX', code: '12/UBND-VX', year: null };
const TEXTS = ['alpha lorem ipsum văn bản thứ nhất', 'bravo dolor sit văn bản thứ hai'];
const SUBJECTS = [null, 'charlie về phòng chống', 'delta về tiêm chủng'];
const QUERIES = ['alpha', 'bravo', 'charlie', 'delta', 'lorem', '12 UBND'];
const TEXT_FIELDS = ['text', 'textMap', 'body', 'fieldEvidence'] as const;

/** A linear congruential generator: the sequences must not change between runs. */
class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state * 1103515245 + 12345) % 2147483648;
    return this.state / 2147483648;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

function graph(name: string, documents: DocumentNode[], hash?: string): FileGraph {
  const body = { documents, organizations: [], persons: [], provinces: [], relations: [], signatures: [], diagnostics: [] };
  const text = JSON.stringify(body);
  return { file: { name, hash: hash ?? contentHash(name + '\n' + text), length: text.length }, ...body };
}

/** One file's description of a document: none, a reference, in corpus without text, or a copy (text with or without map, evidence its own or shared). */
function descriptionOf(random: Random, file: string, d: (typeof DOCS)[number]): DocumentNode | null {
  const kind = random.pick(['none', 'reference', 'bare', 'copy', 'copy', 'copy']);
  const base = {
    id: d.id, code: d.code, number: d.code.split('/')[0]!, symbol: 'UBND-VX', year: d.year, type: DocumentType.CONG_VAN,
    subject: random.pick(SUBJECTS), sources: [{ file, start: random.pick([0, 5]), end: 40 }],
  };
  if (kind === 'none') return null;
  if (kind === 'reference') return documentNode({ ...base, inCorpus: false });
  if (kind === 'bare') return documentNode({ ...base, inCorpus: true });
  return documentNode({
    ...base,
    inCorpus: true,
    text: random.pick(TEXTS),
    textMap: random.pick([null, [0, 1, 5], [0, 2, 5]]) as unknown as DocumentNode['textMap'],
    body: random.pick([null, { start: 0, end: 5 }, { start: 1, end: 5 }]),
    fieldEvidence: [{ field: 'code', text: `Số ${d.code}`, span: { file: random.pick(['shared.txt', file]), start: 0, end: 5 }, confidence: 1 }],
  });
}

function randomFile(random: Random, name: string, undated: boolean): FileGraph {
  const documents = DOCS.map((d) => descriptionOf(random, name, d)).filter((d): d is DocumentNode => d !== null);
  if (undated && random.next() < 0.4) {
    documents.push(documentNode({ ...UNDATED, scope: 'dak-nong', type: DocumentType.CONG_VAN, inCorpus: false, sources: [{ file: name, start: 1, end: 2 }] }));
  }
  return graph(name, documents);
}

/** A file citing both documents, so that they outlive the random files. */
const ANCHOR = graph(
  'z/anchor.txt',
  DOCS.map((d) => documentNode({ id: d.id, code: d.code, year: d.year, type: DocumentType.CONG_VAN, inCorpus: false, sources: [{ file: 'z/anchor.txt', start: 0, end: 1 }] })),
);

/** What the store keeps after `batch` (stageFileGraph's rule: content already stored under another name replaces nothing new). */
function applyToModel(files: Map<string, FileGraph>, batch: readonly FileGraph[]): void {
  for (const g of batch) {
    const sameHash = [...files.values()].some((f) => f.file.hash === g.file.hash);
    const own = files.get(g.file.name)?.file.hash;
    if (sameHash && (own === undefined || own === g.file.hash)) continue;
    if (sameHash) files.delete(g.file.name);
    else files.set(g.file.name, g);
  }
}

/** Contributions that left their text to the row but said something else. */
async function markedMismatches(dir: string, files: Map<string, FileGraph>, rowOf: (id: string) => Promise<DocumentNode | null>): Promise<string[]> {
  const db = new Database(join(dir, 'graph.db'), { readonly: true });
  const rows = db.prepare('SELECT file_name AS file, document_id AS id, data FROM document_contributions').all() as Array<{ file: string; id: string; data: string }>;
  db.close();
  const problems: string[] = [];
  for (const r of rows) {
    if ((JSON.parse(r.data) as { textInRow?: boolean }).textInRow !== true) continue;
    const said = files.get(r.file)?.documents.find((d) => d.id === r.id);
    const row = await rowOf(r.id);
    if (!said || !row) {
      problems.push(`${r.file} ${r.id}: marked, but the file or the row is gone`);
      continue;
    }
    for (const k of TEXT_FIELDS) {
      if (JSON.stringify(said[k] ?? null) !== JSON.stringify(row[k] ?? null)) problems.push(`${r.file} ${r.id}: ${k} ${JSON.stringify(said[k])} in the file, ${JSON.stringify(row[k])} in the row`);
    }
  }
  return problems;
}

describe('SQLite rewrites answer as a fresh store given the files that remain', () => {
  it.each([false, true])('random batches of files (undated merge after each: %s)', async (undated) => {
    for (let sequence = 1; sequence <= SEQUENCES; sequence++) {
      const random = new Random(sequence * 7919 + (undated ? 1 : 0));
      const dir = await mkdtemp(join(tmpdir(), 'dg-rewrites-'));
      const store = await openSqliteStore(dir);
      const files = new Map<string, FileGraph>([[ANCHOR.file.name, ANCHOR]]);
      await store.writeFile(ANCHOR);
      try {
        for (let step = 0; step < STEPS; step++) {
          const batch: FileGraph[] = [];
          for (let n = 1 + Math.floor(random.next() * 3); n > 0; n--) {
            const name = random.pick(NAMES);
            const r = random.next();
            const others = [...files.values()].filter((f) => f.file.name !== name);
            if (r < 0.15 && others.length > 0) batch.push(graph(name, [], random.pick(others).file.hash));
            else if (r < 0.25) batch.push(graph(name, []));
            else if (r < 0.32 && files.has(name)) batch.push(files.get(name)!);
            else batch.push(randomFile(random, name, undated));
            applyToModel(files, batch.slice(-1));
          }
          if (batch.length === 1 && random.next() < 0.5) await store.writeFile(batch[0]!);
          else await store.writeFiles(batch);
          if (undated) await store.mergeUndatedInstruments();
          const where = `sequence ${sequence}, batch ${step}`;

          expect({ where, problems: await markedMismatches(dir, files, async (id) => (await store.getDocuments([id]))[0] ?? null) }).toEqual({ where, problems: [] });
          const freshDir = await mkdtemp(join(tmpdir(), 'dg-rewrites-fresh-'));
          const fresh = await openSqliteStore(freshDir);
          try {
            await fresh.writeFiles([...files.values()]);
            if (undated) await fresh.mergeUndatedInstruments();
            expect({ where, dump: await store.dump() }).toEqual({ where, dump: await fresh.dump() });
            for (const q of QUERIES) {
              const hits = async (s: typeof store) => (await s.search(q, 10)).map((h) => h.documentId).sort();
              expect({ where, q, hits: await hits(store) }).toEqual({ where, q, hits: await hits(fresh) });
            }
          } finally {
            await fresh.close();
            await rm(freshDir, { recursive: true, force: true });
          }
        }
      } finally {
        await store.close();
        await rm(dir, { recursive: true, force: true });
      }
    }
  }, 120_000);
});
