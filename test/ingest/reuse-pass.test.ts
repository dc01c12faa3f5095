import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Direction } from '../../src/domain/direction';
import type { RelationEdge } from '../../src/domain/graph';
import { RelationType } from '../../src/domain/relation-type';
import { batchesPerWorkerRun, linksAround, reuseWorkersFor, runReusePass, REUSE_BATCH_SIZE, REUSE_WRITE_DOCUMENTS, type ReuseContext, type ReuseStep } from '../../src/ingest/reuse-pass';
import { STOP_BUCKET_FLOOR } from '../../src/extract/reuse';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { documentNode, fileGraph, relation } from '../store/contract/graph-fixtures';

/**
 * A real SQLite store holding LETTERS in-corpus letters of one office: every
 * letter holds the office's two `template` buckets (so their document
 * frequency is LETTERS, above the floor cap of 50), letters 0 and 1 also
 * share two `copied` buckets (a copied paragraph spans several windows),
 * letters 2 and 3 share one `sentence` bucket (under REUSE_MIN_SHARED_KEYS),
 * and each holds an `own-i` bucket. The reuse step is a recorder standing in
 * for the aligner: it answers "0 repeats 1" when asked about letter 0.
 */
const LETTERS = STOP_BUCKET_FLOOR + 10;
const idOf = (i: number): string => `doc:dak-nong:${1000 + i}/UBND-VX:2021`;
const TEMPLATE = ['template-1', 'template-2'];
const bucketsOf = (i: number): string[] => [
  ...TEMPLATE,
  ...(i < 2 ? ['copied-1', 'copied-2'] : []),
  ...(i === 2 || i === 3 ? ['sentence'] : []),
  `own-${i}`,
];

function officeFile() {
  const name = 'office.txt';
  const documents = Array.from({ length: LETTERS }, (_, i) =>
    documentNode({ id: idOf(i), code: `${1000 + i}/UBND-VX`, year: 2021, inCorpus: true, text: `Công văn ${i}.`, sources: [{ file: name, start: i * 20, end: i * 20 + 12 }] }),
  );
  return fileGraph(name, { documents, signatures: documents.map((d, i) => ({ documentId: d.id, buckets: bucketsOf(i) })) });
}

describe('runReusePass on a real SQLite store', () => {
  let dir: string;
  let store: SqliteGraphStore;
  const seen = new Map<string, { candidates: string[]; context?: ReuseContext }>();
  const step: ReuseStep = (doc, candidates, _citations, context) => {
    seen.set(doc.id, { candidates: candidates.map((c) => c.id), context });
    if (doc.id !== idOf(0) || !candidates.some((c) => c.id === idOf(1))) return [];
    const edge: RelationEdge = { type: RelationType.REPEATS, sourceId: idOf(0), targetId: idOf(1), evidence: [{ text: 'đoạn chép', span: null }], confidence: 0.8 };
    return [edge];
  };

  beforeEach(async () => {
    seen.clear();
    dir = await mkdtemp(join(tmpdir(), 'dg-reuse-pass-'));
    store = await openSqliteStore(dir);
    await store.writeFile(officeFile());
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const signatures = () => Array.from({ length: LETTERS }, (_, i) => ({ documentId: idOf(i), buckets: bucketsOf(i) }));

  it('ignores a bucket held by more letters than the cap: letters sharing only the template are no candidates', async () => {
    const result = await runReusePass(store, signatures(), step);
    // Letter 0's only non-stop buckets shared with another letter are the `copied` ones (letter 1).
    expect(seen.get(idOf(0))!.candidates).toEqual([idOf(1)]);
    expect(seen.get(idOf(1))!.candidates).toEqual([idOf(0)]);
    // Letters 2 and 3 share one key, a sentence: not aligned. The others' `own-i` is theirs alone
    // and `template` does not count, so no candidate and no step.
    expect(seen.has(idOf(2))).toBe(false);
    expect(seen.has(idOf(3))).toBe(false);
    expect(seen.has(idOf(4))).toBe(false);
    expect([...seen.get(idOf(0))!.context!.stopBuckets]).toEqual(TEMPLATE);
    expect(result).toEqual({ relations: 1, warnings: [] });
    expect((await store.relations([idOf(0)], Direction.OUT, [RelationType.REPEATS])).map((r) => r.targetId)).toEqual([idOf(1)]);
  });

  it('counts the template when fewer letters than the cap hold it (a small store has no stop buckets)', async () => {
    await runReusePass(store, signatures().slice(0, 3), step);
    expect(seen.get(idOf(0))!.context!.stopBuckets.size).toBe(2); // the store still holds all LETTERS letters
    const small = await openSqliteStore(join(dir, 'small'));
    try {
      const file = officeFile();
      const kept = new Set([idOf(0), idOf(1), idOf(2)]);
      await small.writeFile(
        fileGraph('small.txt', {
          documents: file.documents.filter((d) => kept.has(d.id)).map((d) => ({ ...d, sources: d.sources.map((s) => ({ ...s, file: 'small.txt' })) })),
          signatures: file.signatures.filter((s) => kept.has(s.documentId)),
        }),
      );
      seen.clear();
      await runReusePass(small, signatures().slice(0, 3), step);
      expect(seen.get(idOf(2))!.candidates.sort()).toEqual([idOf(0), idOf(1)]);
      expect(seen.get(idOf(2))!.context!.stopBuckets.size).toBe(0);
    } finally {
      await small.close();
    }
  });

  it('when the store refuses a batch, writes it document by document and reports only the bad one', async () => {
    const selfLoop: ReuseStep = (doc, candidates, citations, context) => {
      const found = step(doc, candidates, citations, context);
      if (doc.id !== idOf(1)) return found;
      // A step bug: a document repeating itself, which replaceReuseRelations refuses.
      return [...found, { type: RelationType.REPEATS, sourceId: idOf(1), targetId: idOf(1), evidence: [], confidence: 0.9 }];
    };
    const result = await runReusePass(store, signatures(), selfLoop);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain(idOf(1));
    // Letter 0's edge, found in the same batch, is written all the same.
    expect((await store.relations([idOf(0)], Direction.OUT, [RelationType.REPEATS])).map((r) => r.targetId)).toEqual([idOf(1)]);
  });

  it('aligns every candidate of a batch even when they outnumber the document cache', async () => {
    // Letters 0 and 1 share `copied`; with a cache of one document, loading letter 1 as 0's candidate
    // evicts batch members, which must not make them vanish from the batch.
    await runReusePass(store, signatures(), step, undefined, { documentCacheSize: 1 });
    expect(seen.get(idOf(0))!.candidates).toEqual([idOf(1)]);
    expect(seen.get(idOf(1))!.candidates).toEqual([idOf(0)]);
  });

  it('gives the step the citations around a document and its candidates, read without evidence where the store can', async () => {
    // Letter 0 cites X, which implements Y, which cites Z: three levels the pass follows (it follows four).
    const [x, y, z] = ['doc:national:16/CT-TTg:2020', 'doc:national:07-KL/TW:2021', 'doc:national:128/NQ-CP:2021'];
    await store.writeFile(
      fileGraph('cites.txt', {
        documents: [documentNode({ id: idOf(0) }), documentNode({ id: x }), documentNode({ id: y }), documentNode({ id: z })],
        relations: [
          relation(RelationType.CITES, idOf(0), x, 'Chỉ thị 16/CT-TTg', 'cites.txt'),
          relation(RelationType.IMPLEMENTS, x, y, 'Kết luận 07-KL/TW', 'cites.txt'),
          relation(RelationType.CITES, y, z, 'Nghị quyết 128/NQ-CP', 'cites.txt'),
          relation(RelationType.REPEATS, y, x, 'đoạn chép', 'cites.txt'),
        ],
      }),
    );
    const expected = [`${idOf(0)} CITES ${x}`, `${x} IMPLEMENTS ${y}`, `${y} CITES ${z}`].sort();
    const citationsOfLetter0 = async (passStore: SqliteGraphStore): Promise<string[]> => {
      let got: string[] = [];
      const recorder: ReuseStep = (doc, candidates, citations, context) => {
        if (doc.id === idOf(0)) got = citations.map((c) => `${c.sourceId} ${c.type} ${c.targetId}`).sort();
        return step(doc, candidates, citations, context);
      };
      await runReusePass(passStore, signatures(), recorder);
      return got;
    };
    let fullReads = 0;
    const relations = store.relations.bind(store);
    store.relations = async (...args) => {
      fullReads += 1;
      return relations(...args);
    };
    expect(await citationsOfLetter0(store)).toEqual(expected);
    expect(fullReads).toBe(0);
    // A store without the lean read gives the pass the same citations through relations().
    const withoutLinks = Object.create(store) as SqliteGraphStore;
    Object.defineProperty(withoutLinks, 'relationLinksOut', { value: undefined });
    expect(await citationsOfLetter0(withoutLinks)).toEqual(expected);
    expect(fullReads).toBeGreaterThan(0);
  });

  it('writes whole detection batches, as many as a write takes, with every source of them', async () => {
    const calls: Array<{ sources: number; relations: number }> = [];
    const real = store.replaceReuseRelations.bind(store);
    store.replaceReuseRelations = async (sourceIds, relations) => {
      calls.push({ sources: sourceIds.length, relations: relations.length });
      return real(sourceIds, relations);
    };
    const many = Array.from({ length: 2 * REUSE_BATCH_SIZE + 1 }, (_, k) => signatures()[k % LETTERS]!);
    await runReusePass(store, many, step);
    expect(REUSE_WRITE_DOCUMENTS).toBeGreaterThan(many.length);
    expect(calls.map((c) => c.sources)).toEqual([many.length]);
    calls.length = 0;
    await runReusePass(store, many, step, undefined, { writeDocuments: REUSE_BATCH_SIZE + 1 });
    // A write takes whole batches: the second batch completes the first write's documents.
    expect(calls.map((c) => c.sources)).toEqual([2 * REUSE_BATCH_SIZE, 1]);
  });

  it('keeps an edge found from its target\'s end however the pass is batched', async () => {
    // Letter 1 finds "0 repeats 1"; letter 0, later in the pass, finds nothing. Letter 0's write
    // replaces its edges, which must not drop the one its own batch did not find.
    const fromTarget: ReuseStep = (doc, candidates) =>
      doc.id === idOf(1) && candidates.some((c) => c.id === idOf(0))
        ? [{ type: RelationType.REPEATS, sourceId: idOf(0), targetId: idOf(1), evidence: [{ text: 'đoạn chép', span: null }], confidence: 0.8 }]
        : [];
    const order = [signatures()[1]!, ...signatures().slice(2), signatures()[0]!];
    const stored = async (): Promise<string[]> =>
      (await store.relations([idOf(0)], Direction.OUT, [RelationType.REPEATS])).map((r) => `${r.sourceId} ${r.targetId}`);
    const expected = [`${idOf(0)} ${idOf(1)}`];
    for (const tuning of [{}, { batchSize: 1, writeDocuments: 1 }, { batchSize: 4, writeDocuments: 8 }]) {
      await store.replaceReuseRelations([idOf(0), idOf(1)], []);
      const result = await runReusePass(store, order, fromTarget, undefined, tuning);
      expect({ tuning, stored: await stored(), relations: result.relations }).toEqual({ tuning, stored: expected, relations: 1 });
    }
  });

  it('keeps what a document met twice in the pass (two files describe it) found, or had found of it, before its second write', async () => {
    const edge = (): RelationEdge => ({ type: RelationType.REPEATS, sourceId: idOf(0), targetId: idOf(1), evidence: [{ text: 'đoạn chép', span: null }], confidence: 0.8 });
    const stored = async (): Promise<string[]> =>
      (await store.relations([idOf(0)], Direction.OUT, [RelationType.REPEATS])).map((r) => `${r.sourceId} ${r.targetId}`);
    // Letter 0 comes first and last; the edge is found once, by letter 1 in between, or by letter 0's first visit.
    const order = [signatures()[0]!, signatures()[1]!, ...signatures().slice(2), signatures()[0]!];
    const byTarget: ReuseStep = (doc, candidates) => (doc.id === idOf(1) && candidates.some((c) => c.id === idOf(0)) ? [edge()] : []);
    let visits = 0;
    const firstVisitOnly: ReuseStep = (doc, candidates) => (doc.id === idOf(0) && candidates.some((c) => c.id === idOf(1)) && visits++ === 0 ? [edge()] : []);
    for (const [name, finder] of [['by its target', byTarget], ['by its first visit', firstVisitOnly]] as const) {
      for (const tuning of [{ batchSize: 1, writeDocuments: 1 }, {}]) {
        visits = 0;
        await store.replaceReuseRelations([idOf(0), idOf(1)], []);
        await runReusePass(store, order, finder, undefined, tuning);
        expect({ name, tuning, stored: await stored() }).toEqual({ name, tuning, stored: [`${idOf(0)} ${idOf(1)}`] });
      }
    }
  });
});

describe('batchesPerWorkerRun', () => {
  it('gives runs of four in a long pass and shorter runs when a pass has few batches', () => {
    expect(batchesPerWorkerRun(390, 2)).toBe(4);
    expect(batchesPerWorkerRun(8, 2)).toBe(4);
    // An increment of 1,055 documents: five batches of 256.
    expect(batchesPerWorkerRun(5, 2)).toBe(2);
    expect(batchesPerWorkerRun(7, 2)).toBe(3);
    expect(batchesPerWorkerRun(1, 2)).toBe(1);
    expect(batchesPerWorkerRun(3, 1)).toBe(3);
  });

  it('routes a batch to every worker once there are as many batches as workers, none more than a run ahead of another', () => {
    for (let workers = 1; workers <= 4; workers++) {
      for (let batches = workers; batches <= 40; batches++) {
        const run = batchesPerWorkerRun(batches, workers);
        const taken = new Array<number>(workers).fill(0);
        // The pass's routing: batch k goes to worker floor(k / run) modulo the pool's size.
        for (let k = 0; k < batches; k++) taken[Math.floor(k / run) % workers]! += 1;
        expect(Math.min(...taken)).toBeGreaterThan(0);
        expect(Math.max(...taken) - Math.min(...taken)).toBeLessThanOrEqual(run);
      }
    }
  });
});

describe('reuseWorkersFor', () => {
  it('keeps a pass of about a thousand documents (an increment) on the calling thread and gives longer passes every thread', () => {
    expect(reuseWorkersFor(2, 1055)).toBe(0);
    expect(reuseWorkersFor(2, 1535)).toBe(0);
    expect(reuseWorkersFor(2, 1536)).toBe(2);
    expect(reuseWorkersFor(2, 98_945)).toBe(2);
    expect(reuseWorkersFor(4, 2000)).toBe(4);
    // One thread offered: no worker, whatever the size.
    expect(reuseWorkersFor(1, 98_945)).toBe(0);
  });
});

describe('linksAround', () => {
  const link = (sourceId: string, targetId: string, type = RelationType.CITES) => ({ type, sourceId, targetId });
  const keyOf = (r: { sourceId: string; targetId: string }): string => `${r.sourceId}>${r.targetId}`;

  it('walks four levels of citing edges from the documents given, each edge once, level by level', () => {
    // a → b → c → d → e → f, and x → c beside it; b → a closes a cycle.
    const out = new Map([
      ['a', [link('a', 'b')]],
      ['b', [link('b', 'c', RelationType.IMPLEMENTS), link('b', 'a')]],
      ['c', [link('c', 'd')]],
      ['d', [link('d', 'e')]],
      ['e', [link('e', 'f')]],
      ['x', [link('x', 'c')]],
    ]);
    expect(linksAround(['a'], out)!.map(keyOf)).toEqual(['a>b', 'b>c', 'b>a', 'c>d', 'd>e']);
    // From x, c is one level nearer: e → f is then within four.
    expect(linksAround(['a', 'x'], out)!.map(keyOf)).toEqual(['a>b', 'x>c', 'b>c', 'b>a', 'c>d', 'd>e', 'e>f']);
  });

  it('is null when the walk reaches a document whose edges were not read', () => {
    const out = new Map([['a', [link('a', 'b')]], ['b', [link('b', 'c')]]]);
    expect(linksAround(['a'], out)).toBeNull();
    expect(linksAround(['a'], new Map([...out, ['c', []]]))!.map(keyOf)).toEqual(['a>b', 'b>c']);
  });
});
