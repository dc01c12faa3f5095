import { ChainDirection, Direction } from '../../../src/domain/direction';
import { DocumentType } from '../../../src/domain/document-type';
import { InvalidArgumentError, NotFoundError } from '../../../src/domain/errors';
import type { DocumentNode, FileGraph, RelationRecord } from '../../../src/domain/graph';
import { RelationType } from '../../../src/domain/relation-type';
import type { GraphStore, ReuseDocumentView } from '../../../src/store/port';
import {
  ID,
  cycleFile,
  documentNode,
  fileA,
  fileB,
  fileC,
  fileGraph,
  kl07Reference,
  organizations,
  persons,
  provinces,
  relation,
} from './graph-fixtures';

/**
 * The behaviour every GraphStore promises (src/store/port.ts), run against a
 * real store. Expected values are worked out by hand from graph-fixtures.ts:
 *
 *   KL07 (national, 2021-06-11, ref-only)   CT16 (national, 2020-03-31, ref-only)
 *     ↑ IMPLEMENTS+CITES   ↑ IMPLEMENTS+CITES      ↑ CITES
 *   TU470 (ĐN, 07-22)      BD100 (BD, 07-20) ──────┘
 *     ↑ IMPLEMENTS+CITES     ↑ IMPLEMENTS
 *   UB3953 (ĐN, 07-24)     BD-undated (BD, no date, no code)
 *   UB3953 also CITES KL07.
 */
export interface StoreHandle {
  store: GraphStore;
  cleanup(): Promise<void>;
}

const key = (r: RelationRecord): string => `${r.sourceId} ${r.type} ${r.targetId}`;

/** A new version of file A: UB3953 is gone (a page was split out), TU470 no longer cites KL07. */
function fileASplit(): FileGraph {
  const a = fileA();
  return fileGraph(a.file.name, {
    documents: a.documents.filter((d) => d.id !== ID.ub3953),
    organizations: a.organizations,
    persons: a.persons,
    provinces: a.provinces,
    relations: a.relations.filter((r) => r.sourceId !== ID.ub3953 && r.type !== RelationType.CITES),
  });
}

export function describeGraphStoreContract(name: string, makeStore: () => Promise<StoreHandle>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let handle: StoreHandle;
    let store: GraphStore;

    beforeEach(async () => {
      handle = await makeStore();
      store = handle.store;
    });
    afterEach(async () => {
      await handle.cleanup();
    });

    const loadAB = async (): Promise<void> => {
      await store.writeFile(fileA());
      await store.writeFile(fileB());
    };

    describe('writeFile / hasFile', () => {
      it('reports what it wrote and records the hash', async () => {
        const a = fileA();
        expect(await store.hasFile(a.file.hash)).toBe(false);
        expect(await store.writeFile(a)).toEqual({ skipped: false, documents: 3, relations: 5 });
        expect(await store.hasFile(a.file.hash)).toBe(true);
      });

      it('is idempotent: the same hash again is skipped and changes nothing', async () => {
        await loadAB();
        const before = await store.dump();
        expect(await store.writeFile(fileA())).toEqual({ skipped: true, documents: 3, relations: 5 });
        expect(await store.dump()).toEqual(before);
      });

      it('merges a node described by several files, the in-corpus description winning', async () => {
        // File B describes KL07 only as a reference; file K carries it in the corpus with a subject and text.
        const k = fileGraph('k.txt', {
          documents: [{ ...kl07Reference('k.txt'), inCorpus: true, subject: 'về phòng, chống dịch', text: 'Bộ Chính trị kết luận...', place: 'Hà Nội' }],
        });
        await store.writeFile(fileB());
        await store.writeFile(k);
        const [kl07] = await store.getDocuments([ID.kl07]);
        expect(kl07?.inCorpus).toBe(true);
        expect(kl07?.subject).toBe('về phòng, chống dịch');
        expect(kl07?.place).toBe('Hà Nội');
        expect(kl07?.issuedOn).toBe('2021-06-11');
        // Spans from both files are kept.
        expect(kl07?.sources.map((s) => s.file).sort()).toEqual(['binh-duong/b.txt', 'k.txt']);
      });

      it('changed content under the same file name replaces exactly that file’s contribution', async () => {
        await loadAB();
        const a = fileA();
        const a2 = fileASplit();
        expect((await store.writeFile(a2)).skipped).toBe(false);
        expect(await store.getDocuments([ID.ub3953, ID.tu470, ID.kl07])).toEqual([
          null,
          expect.objectContaining({ id: ID.tu470 }),
          expect.objectContaining({ id: ID.kl07 }),
        ]);
        const intoKl07 = (await store.relations([ID.kl07], Direction.IN)).map(key);
        expect(intoKl07).toEqual([
          `${ID.bd100} CITES ${ID.kl07}`,
          `${ID.bd100} IMPLEMENTS ${ID.kl07}`,
          `${ID.tu470} IMPLEMENTS ${ID.kl07}`,
        ]);
        expect(await store.hasFile(a.file.hash)).toBe(false);
        expect(await store.hasFile(a2.file.hash)).toBe(true);
      });

      it('keeps a node another file still supports when one file drops it', async () => {
        await loadAB();
        const b = fileB();
        await store.writeFile(fileGraph(b.file.name, { documents: b.documents.filter((d) => d.id === ID.bd100), provinces: b.provinces }));
        // A still cites KL07, so it stays; CT16 was only in B, so it goes.
        const [kl07, ct16] = await store.getDocuments([ID.kl07, ID.ct16]);
        expect(kl07?.id).toBe(ID.kl07);
        expect(ct16).toBeNull();
        expect((await store.relations([ID.bd100], Direction.OUT)).length).toBe(0);
      });

      it('drops a file’s old contribution when it now holds content already stored under another name', async () => {
        await loadAB();
        // b-copy.txt first held a letter of its own, then became a copy of A.
        const own = fileGraph('b-copy.txt', { documents: [documentNode({ id: ID.ub500, code: '500/UBND-VX', inCorpus: true, text: 'x' })] });
        await store.writeFile(own);
        expect((await store.getDocuments([ID.ub500]))[0]?.id).toBe(ID.ub500);
        const copy = { ...fileA(), file: { ...fileA().file, name: 'b-copy.txt' } };
        expect((await store.writeFile(copy)).skipped).toBe(true);
        expect(await store.getDocuments([ID.ub500])).toEqual([null]);
        expect(await store.hasFile(own.file.hash)).toBe(false);
        expect((await store.listDocuments({}, { first: 50 })).totalCount).toBe(6);
      });

      it('rejects a malformed id in the graph with InvalidArgumentError and writes nothing', async () => {
        const bad = fileGraph('bad.txt', { documents: [documentNode({ id: 'not an id' })] });
        await expect(store.writeFile(bad)).rejects.toBeInstanceOf(InvalidArgumentError);
        expect(await store.hasFile(bad.file.hash)).toBe(false);
      });
    });

    describe('re-merging people and organisations when a file changes', () => {
      // a.txt sorts first, so its name wins the merge; b.txt adds what a.txt leaves null, and an alias.
      const org = (name: string, provinceId: string | null) => ({ ...organizations.ubndDN, name, provinceId });
      const version = (text: string, name: string, aliases: string[]) =>
        fileGraph('a.txt', {
          documents: [documentNode({ id: ID.ub500, code: '500/UBND-VX', year: 2021, inCorpus: true, text, sources: [{ file: 'a.txt', start: 0, end: text.length }] })],
          organizations: [org(name, null)],
          persons: [{ ...persons.dienKre, aliases }],
        });
      const b = fileGraph('b.txt', { organizations: [org('UBND tỉnh Đắk Nông', ID.daknong)], persons: [{ ...persons.dienKre, aliases: ['Điểu Kré'] }] });

      it('keeps the merged rows when the changed file describes them word for word, and re-merges them when it does not', async () => {
        await store.writeFile(version('Công văn số 500.', 'Ủy ban nhân dân tỉnh Đắk Nông', ['Điều Kré']));
        await store.writeFile(b);
        const merged = { org: org('Ủy ban nhân dân tỉnh Đắk Nông', ID.daknong), person: { ...persons.dienKre, aliases: ['Điều Kré', 'Điểu Kré'] } };
        expect(await store.getOrganizations([ID.ubndDN])).toEqual([merged.org]);
        expect(await store.getPersons([ID.dienKre])).toEqual([merged.person]);
        // New text, the same people and organisations: their rows stay the merge of both files.
        await store.writeFile(version('Công văn số 500, đã sửa lỗi OCR.', 'Ủy ban nhân dân tỉnh Đắk Nông', ['Điều Kré']));
        expect(await store.getOrganizations([ID.ubndDN])).toEqual([merged.org]);
        expect(await store.getPersons([ID.dienKre])).toEqual([merged.person]);
        expect((await store.getDocuments([ID.ub500]))[0]!.text).toBe('Công văn số 500, đã sửa lỗi OCR.');
        // The organisation renamed and the alias dropped: both re-merged from what the files now say.
        await store.writeFile(version('Công văn số 500, đã sửa lỗi OCR.', 'UBND tỉnh Đắk Nông (sửa)', []));
        expect(await store.getOrganizations([ID.ubndDN])).toEqual([org('UBND tỉnh Đắk Nông (sửa)', ID.daknong)]);
        expect(await store.getPersons([ID.dienKre])).toEqual([{ ...persons.dienKre, aliases: ['Điểu Kré'] }]);
      });
    });

    describe('writeFiles', () => {
      it('writes a batch as writeFile would one file after another, with one summary per file in order', async () => {
        // fileA: 3 documents (TU470, UB3953, KL07 ref), 5 relations; fileB: 4 documents (BD100, BD-undated, KL07 ref, CT16 ref), 4 relations.
        expect(await store.writeFiles([fileA(), fileB()])).toEqual([
          { skipped: false, documents: 3, relations: 5 },
          { skipped: false, documents: 4, relations: 4 },
        ]);
        expect(await store.hasFile(fileA().file.hash)).toBe(true);
        expect(await store.hasFile(fileB().file.hash)).toBe(true);
        // KL07 is described by both files of the batch: one node, spans of both, relations of both.
        const [kl07] = await store.getDocuments([ID.kl07]);
        expect(kl07?.sources.map((s) => s.file).sort()).toEqual(['binh-duong/b.txt', 'dak-nong/a.txt']);
        expect((await store.relations([ID.kl07], Direction.IN)).map(key)).toEqual([
          `${ID.bd100} CITES ${ID.kl07}`,
          `${ID.ub3953} CITES ${ID.kl07}`,
          `${ID.tu470} CITES ${ID.kl07}`,
          `${ID.bd100} IMPLEMENTS ${ID.kl07}`,
          `${ID.tu470} IMPLEMENTS ${ID.kl07}`,
        ]);
        expect((await store.listDocuments({}, { first: 50 })).totalCount).toBe(6);
        // TU470 {b1,b2,b3}, UB3953 {b3,b4}, BD100 {b2,b3,b9}.
        expect(await store.reuseCandidates(['b2', 'b3'], 10)).toEqual([
          { documentId: ID.bd100, shared: 2 },
          { documentId: ID.tu470, shared: 2 },
          { documentId: ID.ub3953, shared: 1 },
        ]);
      });

      it('checks each file’s hash against the files before it in the same batch', async () => {
        await store.writeFile(fileB());
        // B again (stored), then A twice: only the first A is written.
        expect((await store.writeFiles([fileB(), fileA(), fileA()])).map((s) => s.skipped)).toEqual([true, false, true]);
        expect((await store.listDocuments({}, { first: 50 })).totalCount).toBe(6);
        const [kl07] = await store.getDocuments([ID.kl07]);
        expect(kl07?.sources.map((s) => s.file).sort()).toEqual(['binh-duong/b.txt', 'dak-nong/a.txt']);
        const [cites] = await store.relations([ID.tu470], Direction.OUT, [RelationType.CITES]);
        expect(cites?.evidence.map((e) => e.text)).toEqual(['Kết luận số 07-KL/TW ngày 11/6/2021']);
      });

      it('merges a node that several files of one batch describe, the in-corpus description winning', async () => {
        const k = fileGraph('k.txt', {
          documents: [{ ...kl07Reference('k.txt'), inCorpus: true, subject: 'về phòng, chống dịch', text: 'Bộ Chính trị kết luận...', place: 'Hà Nội' }],
        });
        // KL07 exists before the batch (from B); two files of the batch add to it.
        await store.writeFile(fileB());
        await store.writeFiles([k, fileA()]);
        const [kl07] = await store.getDocuments([ID.kl07]);
        expect(kl07?.inCorpus).toBe(true);
        expect(kl07?.subject).toBe('về phòng, chống dịch');
        expect(kl07?.place).toBe('Hà Nội');
        expect(kl07?.issuedOn).toBe('2021-06-11');
        expect(kl07?.sources.map((s) => s.file).sort()).toEqual(['binh-duong/b.txt', 'dak-nong/a.txt', 'k.txt']);
        expect((await store.search('phong chong dich', 10)).map((h) => h.documentId)).toContain(ID.kl07);
      });

      it('keeps full-text search in step with re-merges: a new subject is found, the old one no longer', async () => {
        const own = (subject: string, text: string) =>
          fileGraph('own.txt', { documents: [{ ...kl07Reference('own.txt'), inCorpus: true, subject, text }] });
        const ids = async (q: string) => (await store.search(q, 10)).map((h) => h.documentId);
        await store.writeFile(own('về tiêm chủng vắc xin', 'Bộ Chính trị kết luận về tiêm chủng.'));
        // A citing file adds only a source span to the document's row.
        await store.writeFile(fileB());
        expect(await ids('tiem chung')).toContain(ID.kl07);
        await store.writeFile(own('về xét nghiệm diện rộng', 'Bộ Chính trị kết luận về xét nghiệm.'));
        expect(await ids('xet nghiem')).toContain(ID.kl07);
        expect(await ids('tiem chung')).not.toContain(ID.kl07);
        await store.writeFile(fileGraph(fileB().file.name, {}));
        expect(await ids('xet nghiem')).toContain(ID.kl07);
        expect((await store.getDocuments([ID.kl07]))[0]?.sources.map((s) => s.file)).toEqual(['own.txt']);
      });

      it('replaces a file’s contribution when a later file of the batch has the same name', async () => {
        const a = fileA();
        const a2 = fileASplit();
        await store.writeFiles([a, fileB(), a2]);
        expect(await store.getDocuments([ID.ub3953])).toEqual([null]);
        // As after writing A, B, then the new A one by one (the writeFile test above).
        expect((await store.relations([ID.kl07], Direction.IN)).map(key)).toEqual([
          `${ID.bd100} CITES ${ID.kl07}`,
          `${ID.bd100} IMPLEMENTS ${ID.kl07}`,
          `${ID.tu470} IMPLEMENTS ${ID.kl07}`,
        ]);
        expect([await store.hasFile(a.file.hash), await store.hasFile(a2.file.hash)]).toEqual([false, true]);
        // The new A has no reuse buckets: the old A's (TU470 {b1,b2,b3}, UB3953 {b3,b4}) went with it; BD100 {b2,b3,b9} stays.
        expect(await store.reuseCandidates(['b1', 'b2', 'b3', 'b4'], 10)).toEqual([{ documentId: ID.bd100, shared: 2 }]);
      });

      it('writes nothing of the batch when the store refuses one graph', async () => {
        const bad = fileGraph('bad.txt', { documents: [documentNode({ id: 'not an id' })] });
        await expect(store.writeFiles([fileA(), bad, fileB()])).rejects.toBeInstanceOf(InvalidArgumentError);
        expect(await store.hasFile(fileA().file.hash)).toBe(false);
        expect(await store.hasFile(fileB().file.hash)).toBe(false);
        expect(await store.getDocuments([ID.tu470, ID.bd100])).toEqual([null, null]);
      });

      it('answers an empty batch with an empty list', async () => {
        expect(await store.writeFiles([])).toEqual([]);
        expect((await store.stats()).documents).toBe(0);
      });
    });

    describe('getDocuments / getOrganizations / getPersons / getProvinces', () => {
      it('returns nodes in the order asked with null for unknown ids, all fields round-tripped', async () => {
        await loadAB();
        const a = fileA();
        const [ub, missing, tu] = await store.getDocuments([ID.ub3953, 'doc:national:999/XX:2021', ID.tu470]);
        expect(missing).toBeNull();
        expect(ub).toEqual(a.documents.find((d) => d.id === ID.ub3953));
        expect(ub?.fieldEvidence.map((e) => [e.field, e.span?.start ?? null, e.confidence])).toEqual([
          ['code', 540, 1],
          ['type', 560, 0.7],
          ['signer', null, 0.9],
        ]);
        expect(tu).toEqual(a.documents.find((d) => d.id === ID.tu470));
        const [undated] = await store.getDocuments([ID.bdUndated]);
        expect(undated?.diagnostics).toEqual([{ severity: 'warning', code: 'missing-number', message: 'blank number' }]);
      });

      it('throws InvalidArgumentError for a malformed id', async () => {
        await expect(store.getDocuments(['16/CT-TTg'])).rejects.toBeInstanceOf(InvalidArgumentError);
        await expect(store.getOrganizations(['doc:national:x'])).rejects.toBeInstanceOf(InvalidArgumentError);
      });

      it('reads organisations, persons and provinces', async () => {
        await loadAB();
        expect(await store.getOrganizations([ID.ubndBD, 'org:national:nobody'])).toEqual([organizations.ubndBD, null]);
        expect(await store.getPersons([ID.dienKre])).toEqual([{ id: ID.dienKre, name: 'Điền Kré', aliases: ['Điều Kré'] }]);
        expect(await store.getProvinces([ID.binhduong, ID.daknong])).toEqual([provinces.binhduong, provinces.daknong]);
      });
    });

    describe('listDocuments', () => {
      beforeEach(loadAB);
      const ids = async (filter: Parameters<GraphStore['listDocuments']>[0]): Promise<string[]> =>
        (await store.listDocuments(filter, { first: 50 })).items.map((i) => i.node.id);

      it('orders by issue date (nulls last), then code (nulls last), then id', async () => {
        const page = await store.listDocuments({}, { first: 50 });
        expect(page.totalCount).toBe(6);
        expect(page.hasNextPage).toBe(false);
        expect(page.items.map((i) => i.node.id)).toEqual([ID.ct16, ID.kl07, ID.bd100, ID.tu470, ID.ub3953, ID.bdUndated]);
      });

      it('pages with opaque cursors, totalCount over the whole match', async () => {
        const p1 = await store.listDocuments({}, { first: 2 });
        expect(p1.items.map((i) => i.node.id)).toEqual([ID.ct16, ID.kl07]);
        expect(p1).toMatchObject({ totalCount: 6, hasNextPage: true });
        const p2 = await store.listDocuments({}, { first: 2, after: p1.items[1].cursor });
        expect(p2.items.map((i) => i.node.id)).toEqual([ID.bd100, ID.tu470]);
        const p3 = await store.listDocuments({}, { first: 2, after: p2.items[1].cursor });
        expect(p3.items.map((i) => i.node.id)).toEqual([ID.ub3953, ID.bdUndated]);
        expect(p3).toMatchObject({ totalCount: 6, hasNextPage: false });
      });

      it('throws InvalidArgumentError for a malformed cursor', async () => {
        await expect(store.listDocuments({}, { first: 2, after: 'not-a-cursor!' })).rejects.toBeInstanceOf(InvalidArgumentError);
        await expect(store.listDocuments({}, { first: 2, after: Buffer.from('hello').toString('base64url') })).rejects.toBeInstanceOf(
          InvalidArgumentError,
        );
      });

      it('filters by canonical code, type and in-corpus flag', async () => {
        expect(await ids({ code: '470-CV/TU' })).toEqual([ID.tu470]);
        expect(await ids({ type: DocumentType.KET_LUAN })).toEqual([ID.kl07]);
        expect(await ids({ inCorpus: false })).toEqual([ID.ct16, ID.kl07]);
      });

      it('matches province and issuer on folded, lower-cased substrings', async () => {
        expect(await ids({ province: 'dak nong' })).toEqual([ID.tu470, ID.ub3953]);
        expect(await ids({ province: 'ĐẮK' })).toEqual([ID.tu470, ID.ub3953]);
        expect(await ids({ province: 'binh' })).toEqual([ID.bd100, ID.bdUndated]);
        expect(await ids({ issuer: 'uy ban nhan dan' })).toEqual([ID.bd100, ID.ub3953]);
        expect(await ids({ issuer: 'Tỉnh ủy' })).toEqual([ID.tu470]);
        expect(await ids({ province: '%' })).toEqual([]);
      });

      it('filters by an inclusive date range', async () => {
        expect(await ids({ issuedFrom: '2021-07-01', issuedTo: '2021-07-22' })).toEqual([ID.bd100, ID.tu470]);
        expect(await ids({ issuedTo: '2020-12-31' })).toEqual([ID.ct16]);
      });

      it('filters by full text, diacritics- and case-insensitively, and combines filters', async () => {
        expect(await ids({ text: 'cach ly' })).toEqual([ID.tu470]);
        expect(await ids({ text: 'ĐỒNG CHÍ' })).toEqual([ID.ub3953]);
        expect(await ids({ text: 'dong chi' })).toEqual([ID.ub3953]);
        expect(await ids({ text: 'xét nghiệm' })).toEqual([ID.bd100]);
        expect(await ids({ text: 'thực hiện', province: 'dak nong', issuedFrom: '2021-07-23' })).toEqual([ID.ub3953]);
        const page = await store.listDocuments({ text: 'thực hiện' }, { first: 1 });
        // "thực hiện" is in all four in-corpus texts (BD-undated: "các huyện thực hiện").
        expect(page.totalCount).toBe(4);
        expect(page.items.map((i) => i.node.id)).toEqual([ID.bd100]);
      });
    });

    describe('relations', () => {
      beforeEach(loadAB);

      it('OUT: relations whose source is asked, ordered by (anchor, type, other end)', async () => {
        const rels = await store.relations([ID.ub3953], Direction.OUT);
        expect(rels.map(key)).toEqual([
          `${ID.ub3953} CITES ${ID.tu470}`,
          `${ID.ub3953} CITES ${ID.kl07}`,
          `${ID.ub3953} IMPLEMENTS ${ID.tu470}`,
        ]);
        expect(rels[0]).toMatchObject({ origin: 'extracted', createdBy: null, confidence: 0.9 });
        expect(rels[0].evidence[0].text).toBe('Công văn 470-CV/TU ngày 22/7/2021');
      });

      it('IN with a type filter, several anchors', async () => {
        const rels = await store.relations([ID.kl07, ID.bd100], Direction.IN, [RelationType.IMPLEMENTS]);
        expect(rels.map(key)).toEqual([
          `${ID.bdUndated} IMPLEMENTS ${ID.bd100}`,
          `${ID.bd100} IMPLEMENTS ${ID.kl07}`,
          `${ID.tu470} IMPLEMENTS ${ID.kl07}`,
        ]);
      });

      it('gives an empty list for an unknown document', async () => {
        expect(await store.relations(['doc:national:1/X:2000'], Direction.OUT)).toEqual([]);
      });

      it('merges the evidence of every file that supports a relation', async () => {
        const c = fileGraph('c2.txt', {
          documents: [fileA().documents[1], kl07Reference('c2.txt')],
          relations: [relation(RelationType.CITES, ID.ub3953, ID.kl07, 'đặc biệt là Kết luận số 07-KL/TW', 'c2.txt')],
        });
        await store.writeFile(c);
        const [rel] = (await store.relations([ID.ub3953], Direction.OUT, [RelationType.CITES])).filter((r) => r.targetId === ID.kl07);
        expect(rel.evidence.map((e) => e.text).sort()).toEqual(['Kết luận số 07-KL/TW', 'đặc biệt là Kết luận số 07-KL/TW']);
      });
    });

    describe('corrections', () => {
      beforeEach(loadAB);
      const at = '2026-01-02T03:04:05.000Z';

      it('removes an extracted relation and adds a new one, marking its origin', async () => {
        await store.applyCorrection({ action: 'remove', type: RelationType.CITES, sourceId: ID.ub3953, targetId: ID.kl07, note: null, createdBy: 'ana', createdAt: at });
        await store.applyCorrection({ action: 'add', type: RelationType.REPEATS, sourceId: ID.ub3953, targetId: ID.bd100, note: 'same paragraph 2', createdBy: 'ana', createdAt: at });
        const rels = await store.relations([ID.ub3953], Direction.OUT);
        expect(rels.map(key)).toEqual([
          `${ID.ub3953} CITES ${ID.tu470}`,
          `${ID.ub3953} IMPLEMENTS ${ID.tu470}`,
          `${ID.ub3953} REPEATS ${ID.bd100}`,
        ]);
        expect(rels[2]).toMatchObject({ origin: 'correction', createdBy: 'ana', createdAt: at });
      });

      it('is idempotent and survives re-ingest of changed content', async () => {
        const removal = { action: 'remove' as const, type: RelationType.IMPLEMENTS, sourceId: ID.tu470, targetId: ID.kl07, note: 'wrong', createdBy: 'ana', createdAt: at };
        await store.applyCorrection(removal);
        await store.applyCorrection(removal);
        const a = fileA();
        await store.writeFile(fileGraph(a.file.name, { ...a, documents: a.documents, relations: a.relations.slice(3) }));
        const rels = await store.relations([ID.tu470], Direction.OUT);
        expect(rels.map(key)).toEqual([`${ID.tu470} CITES ${ID.kl07}`]);
        expect((await store.dump()).corrections).toEqual([removal]);
      });

      it('shows an added relation only while both documents exist', async () => {
        await store.applyCorrection({ action: 'add', type: RelationType.CITES, sourceId: ID.ub3953, targetId: ID.bd100, note: null, createdBy: 'ana', createdAt: at });
        const b = fileB();
        await store.writeFile(fileGraph(b.file.name, { ...b, documents: b.documents.filter((d) => d.id !== ID.bd100 && d.id !== ID.bdUndated), relations: [] }));
        expect((await store.relations([ID.ub3953], Direction.OUT, [RelationType.CITES])).map((r) => r.targetId)).toEqual([ID.tu470, ID.kl07]);
        await store.writeFile(b);
        expect((await store.relations([ID.ub3953], Direction.OUT, [RelationType.CITES])).map((r) => r.targetId)).toEqual([
          ID.bd100,
          ID.tu470,
          ID.kl07,
        ]);
      });

      it('relationLinksOut, where offered: the effective relations of the types asked, type and ends only', async () => {
        await store.applyCorrection({ action: 'remove', type: RelationType.CITES, sourceId: ID.ub3953, targetId: ID.kl07, note: null, createdBy: 'ana', createdAt: at });
        await store.applyCorrection({ action: 'add', type: RelationType.REPEATS, sourceId: ID.ub3953, targetId: ID.bd100, note: null, createdBy: 'ana', createdAt: at });
        if (!store.relationLinksOut) {
          expect(store.relationLinksOut).toBeUndefined(); // optional: the reuse pass falls back to relations()
          return;
        }
        const ids = [ID.ub3953, ID.tu470, ID.bdUndated, ID.ub3953, 'doc:national:1/X:2000'];
        const linkKey = (r: { type: string; sourceId: string; targetId: string }): string => `${r.sourceId} ${r.type} ${r.targetId}`;
        const citing = await store.relationLinksOut(ids, [RelationType.CITES, RelationType.IMPLEMENTS]);
        expect(citing.map(linkKey).sort()).toEqual(
          [
            `${ID.ub3953} CITES ${ID.tu470}`,
            `${ID.ub3953} IMPLEMENTS ${ID.tu470}`,
            `${ID.tu470} CITES ${ID.kl07}`,
            `${ID.tu470} IMPLEMENTS ${ID.kl07}`,
            `${ID.bdUndated} IMPLEMENTS ${ID.bd100}`,
          ].sort(),
        );
        expect(citing.every((r) => Object.keys(r).sort().join() === 'sourceId,targetId,type')).toBe(true);
        const repeats = await store.relationLinksOut(ids, [RelationType.REPEATS]);
        expect(repeats.map(linkKey)).toEqual([`${ID.ub3953} REPEATS ${ID.bd100}`]);
        expect(await store.relationLinksOut([], [RelationType.CITES])).toEqual([]);
        await expect(store.relationLinksOut(['470-CV/TU'], [RelationType.CITES])).rejects.toBeInstanceOf(InvalidArgumentError);
      });

      it('lets the newest correction of a relation win', async () => {
        const base = { type: RelationType.CITES, sourceId: ID.tu470, targetId: ID.kl07, note: null, createdBy: 'ana', createdAt: at };
        await store.applyCorrection({ ...base, action: 'remove' });
        await store.applyCorrection({ ...base, action: 'add' });
        expect((await store.relations([ID.tu470], Direction.OUT, [RelationType.CITES])).map(key)).toEqual([`${ID.tu470} CITES ${ID.kl07}`]);
      });

      it('throws NotFoundError for an unknown document', async () => {
        await expect(
          store.applyCorrection({ action: 'add', type: RelationType.CITES, sourceId: ID.tu470, targetId: 'doc:national:1/X:1999', note: null, createdBy: 'a', createdAt: at }),
        ).rejects.toBeInstanceOf(NotFoundError);
      });
    });

    describe('chain', () => {
      beforeEach(loadAB);

      it('follows relations upstream within the depth, root first', async () => {
        const sub = await store.chain(ID.ub3953, ChainDirection.UPSTREAM, [RelationType.IMPLEMENTS], 3);
        expect(sub.rootId).toBe(ID.ub3953);
        expect(sub.documentIds).toEqual([ID.ub3953, ID.tu470, ID.kl07]);
        expect(sub.relations.map(key).sort()).toEqual([`${ID.ub3953} IMPLEMENTS ${ID.tu470}`, `${ID.tu470} IMPLEMENTS ${ID.kl07}`]);
      });

      it('follows relations downstream and stops at maxDepth', async () => {
        const one = await store.chain(ID.kl07, ChainDirection.DOWNSTREAM, [RelationType.IMPLEMENTS], 1);
        expect([...one.documentIds].sort()).toEqual([ID.bd100, ID.tu470, ID.kl07].sort());
        expect(one.documentIds[0]).toBe(ID.kl07);
        expect(one.relations.map(key).sort()).toEqual([`${ID.bd100} IMPLEMENTS ${ID.kl07}`, `${ID.tu470} IMPLEMENTS ${ID.kl07}`]);
        const two = await store.chain(ID.kl07, ChainDirection.DOWNSTREAM, [RelationType.IMPLEMENTS], 2);
        expect([...two.documentIds].sort()).toEqual([ID.bd100, ID.bdUndated, ID.tu470, ID.ub3953, ID.kl07].sort());
        expect(two.relations).toHaveLength(4);
      });

      it('follows every type when none are given', async () => {
        const sub = await store.chain(ID.bd100, ChainDirection.UPSTREAM, [], 1);
        expect([...sub.documentIds].sort()).toEqual([ID.bd100, ID.ct16, ID.kl07].sort());
        expect(sub.relations).toHaveLength(3);
      });

      it('visits each document of a cycle once', async () => {
        const cycle = cycleFile();
        await store.writeFile(cycle);
        const [x, y] = cycle.documents.map((d) => d.id);
        const sub = await store.chain(x, ChainDirection.UPSTREAM, [], 5);
        expect(sub.documentIds).toEqual([x, y]);
        expect(sub.relations.map(key).sort()).toEqual([`${x} CITES ${y}`, `${y} CITES ${x}`]);
      });

      it('throws NotFoundError for an unknown root and InvalidArgumentError for a malformed one', async () => {
        await expect(store.chain('doc:national:1/X:2000', ChainDirection.UPSTREAM, [], 2)).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.chain('nope', ChainDirection.UPSTREAM, [], 2)).rejects.toBeInstanceOf(InvalidArgumentError);
      });
    });

    describe('shortestPath', () => {
      beforeEach(loadAB);

      it('finds the shortest path source→target over the given types', async () => {
        const direct = await store.shortestPath(ID.ub3953, ID.kl07, [], 5);
        expect(direct?.documentIds).toEqual([ID.ub3953, ID.kl07]);
        expect(direct?.relations.map(key)).toEqual([`${ID.ub3953} CITES ${ID.kl07}`]);
        const viaTu = await store.shortestPath(ID.ub3953, ID.kl07, [RelationType.IMPLEMENTS], 5);
        expect(viaTu?.documentIds).toEqual([ID.ub3953, ID.tu470, ID.kl07]);
        expect(viaTu?.relations.map(key)).toEqual([`${ID.ub3953} IMPLEMENTS ${ID.tu470}`, `${ID.tu470} IMPLEMENTS ${ID.kl07}`]);
      });

      it('returns null against the direction of relations or beyond maxDepth', async () => {
        expect(await store.shortestPath(ID.kl07, ID.ub3953, [], 5)).toBeNull();
        expect(await store.shortestPath(ID.ub3953, ID.kl07, [RelationType.IMPLEMENTS], 1)).toBeNull();
      });

      it('throws NotFoundError for an unknown end', async () => {
        await expect(store.shortestPath(ID.ub3953, 'doc:national:1/X:2000', [], 3)).rejects.toBeInstanceOf(NotFoundError);
      });
    });

    describe('provinceResponses', () => {
      beforeEach(loadAB);

      it('groups direct responders by province, earliest first', async () => {
        expect(await store.provinceResponses(ID.kl07, [RelationType.IMPLEMENTS, RelationType.CITES], false)).toEqual([
          { provinceId: ID.binhduong, documentIds: [ID.bd100], firstIssuedOn: '2021-07-20' },
          { provinceId: ID.daknong, documentIds: [ID.tu470, ID.ub3953], firstIssuedOn: '2021-07-22' },
        ]);
        expect(await store.provinceResponses(ID.kl07, [RelationType.IMPLEMENTS], false)).toEqual([
          { provinceId: ID.binhduong, documentIds: [ID.bd100], firstIssuedOn: '2021-07-20' },
          { provinceId: ID.daknong, documentIds: [ID.tu470], firstIssuedOn: '2021-07-22' },
        ]);
      });

      it('with viaProvincial, adds documents reaching the target through their own province’s responses', async () => {
        expect(await store.provinceResponses(ID.kl07, [RelationType.IMPLEMENTS], true)).toEqual([
          { provinceId: ID.binhduong, documentIds: [ID.bd100, ID.bdUndated], firstIssuedOn: '2021-07-20' },
          { provinceId: ID.daknong, documentIds: [ID.tu470, ID.ub3953], firstIssuedOn: '2021-07-22' },
        ]);
      });

      it('is empty for a document nobody answers, NotFoundError for an unknown one', async () => {
        expect(await store.provinceResponses(ID.ub3953, [RelationType.IMPLEMENTS], true)).toEqual([]);
        await expect(store.provinceResponses('doc:national:1/X:2000', [], false)).rejects.toBeInstanceOf(NotFoundError);
      });
    });

    describe('mergeUndatedInstruments', () => {
      it('folds an undated reference into the one dated document of that code, idempotently', async () => {
        await loadAB();
        await store.writeFile(fileC());
        expect((await store.getDocuments([ID.kl07Undated]))[0]?.id).toBe(ID.kl07Undated);
        expect(await store.mergeUndatedInstruments()).toBe(1);
        expect(await store.getDocuments([ID.kl07Undated])).toEqual([null]);
        expect((await store.relations([ID.ub500], Direction.OUT)).map(key)).toEqual([`${ID.ub500} CITES ${ID.kl07}`]);
        expect(await store.mergeUndatedInstruments()).toBe(0);
        expect((await store.listDocuments({}, { first: 50 })).totalCount).toBe(7);
      });

      it('re-points text-reuse edges of the undated node to the dated one', async () => {
        await loadAB();
        await store.writeFile(fileC());
        await store.replaceReuseRelations([ID.ub500], [
          { type: RelationType.REPEATS, sourceId: ID.ub500, targetId: ID.kl07Undated, evidence: [{ text: 'giãn cách', span: null }], confidence: 0.75 },
        ]);
        expect(await store.mergeUndatedInstruments()).toBe(1);
        expect((await store.relations([ID.ub500], Direction.OUT, [RelationType.REPEATS])).map(key)).toEqual([`${ID.ub500} REPEATS ${ID.kl07}`]);
      });

      it('leaves an undated reference alone when no dated document matches', async () => {
        await store.writeFile(fileC());
        expect(await store.mergeUndatedInstruments()).toBe(0);
        expect((await store.getDocuments([ID.kl07Undated]))[0]?.code).toBe('07-KL/TW');
      });
    });

    describe('reuse', () => {
      beforeEach(loadAB);

      it('finds in-corpus documents sharing buckets, most shared first', async () => {
        // TU470 {b1,b2,b3}, UB3953 {b3,b4}, BD100 {b2,b3,b9}, BD-undated {b7}.
        expect(await store.reuseCandidates(['b2', 'b3'], 10)).toEqual([
          { documentId: ID.bd100, shared: 2 },
          { documentId: ID.tu470, shared: 2 },
          { documentId: ID.ub3953, shared: 1 },
        ]);
        expect(await store.reuseCandidates(['b2', 'b3'], 1)).toEqual([{ documentId: ID.bd100, shared: 2 }]);
        expect(await store.reuseCandidates(['zz'], 10)).toEqual([]);
      });

      it('reads what text reuse compares, in the order asked, with null for unknown ids', async () => {
        const text = 'UBND tỉnh yêu cầu các huyện tăng cường phòng, chống dịch COVID-19.';
        const mapped = documentNode({
          id: 'doc:dak-nong:12/UBND-VX:2021',
          code: '12/UBND-VX',
          year: 2021,
          inCorpus: true,
          text,
          // Two runs: the first 10 characters from offset 3 of the file, the rest from 20.
          textMap: [0, 3, 10, 10, 20, text.length - 10],
          body: { start: 5, end: text.length - 1 },
          issuedOn: null,
          issuedOnBounds: { earliest: '2021-07-22', latest: '2021-08-01', reason: 'cites 470-CV/TU' },
          sources: [{ file: 'mapped.txt', start: 3, end: 20 + text.length - 10 }],
        });
        await store.writeFile(fileGraph('mapped.txt', { documents: [mapped] }));
        const fields = (d: ReuseDocumentView | DocumentNode | null | undefined) =>
          d && { id: d.id, inCorpus: d.inCorpus, text: d.text, textMap: d.textMap, body: d.body, issuedOn: d.issuedOn, issuedOnBounds: d.issuedOnBounds, sources: d.sources };
        const views = await store.reuseDocuments([mapped.id, 'doc:national:999/XX:2021', ID.tu470, ID.kl07, mapped.id]);
        expect(views).toHaveLength(5);
        expect(fields(views[0])).toEqual(fields(mapped));
        expect(views[1]).toBeNull();
        expect(fields(views[2])).toEqual(fields(fileA().documents.find((d) => d.id === ID.tu470)));
        // A document known only by reference: out of the corpus, no text.
        expect(fields(views[3])).toMatchObject({ id: ID.kl07, inCorpus: false, text: null, textMap: null, body: null });
        expect(fields(views[4])).toEqual(fields(mapped));
        await expect(store.reuseDocuments(['12/UBND-VX'])).rejects.toBeInstanceOf(InvalidArgumentError);
      });

      it('replaces REPEATS relations per source document', async () => {
        const ev = (t: string) => [{ text: t, span: null }];
        await store.replaceReuseRelations([ID.ub3953], [
          { type: RelationType.REPEATS, sourceId: ID.ub3953, targetId: ID.tu470, evidence: ev('tăng cường'), confidence: 0.8 },
          { type: RelationType.REPEATS, sourceId: ID.ub3953, targetId: ID.bd100, evidence: ev('yêu cầu'), confidence: 0.6 },
        ]);
        expect((await store.relations([ID.ub3953], Direction.OUT, [RelationType.REPEATS])).map(key)).toEqual([
          `${ID.ub3953} REPEATS ${ID.bd100}`,
          `${ID.ub3953} REPEATS ${ID.tu470}`,
        ]);
        await store.replaceReuseRelations([ID.ub3953], [
          { type: RelationType.REPEATS, sourceId: ID.ub3953, targetId: ID.tu470, evidence: ev('x'), confidence: 0.7 },
        ]);
        const after = await store.relations([ID.ub3953], Direction.OUT, [RelationType.REPEATS]);
        expect(after.map(key)).toEqual([`${ID.ub3953} REPEATS ${ID.tu470}`]);
        expect(after[0]).toMatchObject({ confidence: 0.7, evidence: ev('x'), origin: 'extracted' });
      });
    });

    describe('findByCode / search', () => {
      beforeEach(loadAB);

      it('finds by canonical code, narrowed by scope and year', async () => {
        expect((await store.findByCode('470-CV/TU')).map((d) => d.id)).toEqual([ID.tu470]);
        expect(await store.findByCode('470-CV/TU', { scope: 'binh-duong' })).toEqual([]);
        expect(await store.findByCode('470-CV/TU', { year: 2020 })).toEqual([]);
        expect((await store.findByCode('470-CV/TU', { scope: 'dak-nong', year: 2021 })).map((d) => d.id)).toEqual([ID.tu470]);
        expect(await store.findByCode('470-cv/tu')).toEqual([]);
      });

      it('searches text, subject and code ignoring diacritics and case, marking matched words', async () => {
        const hits = await store.search('cach ly', 10);
        expect(hits.map((h) => h.documentId)).toEqual([ID.tu470]);
        expect(hits[0].snippet).toContain('«cách» «ly»');
        expect(hits[0].score).toEqual(expect.any(Number));
        const dong = await store.search('Dong chi', 10);
        expect(dong.map((h) => h.documentId)).toEqual([ID.ub3953]);
        expect(dong[0].snippet).toContain('«đồng» «chí»');
        expect((await store.search('3953', 10)).map((h) => h.documentId)).toEqual([ID.ub3953]);
        expect((await store.search('tỉnh ủy', 10)).map((h) => h.documentId).sort()).toEqual([ID.tu470, ID.ub3953].sort());
        expect(await store.search('   ', 10)).toEqual([]);
        expect(await store.search('"unbalanced AND (', 10)).toEqual([]);
      });
    });

    describe('catalogue and stats', () => {
      beforeEach(loadAB);

      it('pages organisations by folded name with issued-document counts', async () => {
        const all = await store.listOrganizations({ first: 10 });
        expect(all.totalCount).toBe(5);
        expect(all.items.map((i) => [i.node.id, i.documentCount])).toEqual([
          [ID.boChinhTri, 1],
          [ID.thuTuong, 1],
          [ID.tinhUyDN, 1],
          [ID.ubndBD, 1],
          [ID.ubndDN, 1],
        ]);
        const p1 = await store.listOrganizations({ first: 3 });
        const p2 = await store.listOrganizations({ first: 3, after: p1.items[2].cursor });
        expect(p1.hasNextPage).toBe(true);
        expect(p2.hasNextPage).toBe(false);
        expect([...p1.items, ...p2.items].map((i) => i.node.id)).toEqual(all.items.map((i) => i.node.id));
        await expect(store.listOrganizations({ first: 3, after: '***' })).rejects.toBeInstanceOf(InvalidArgumentError);
      });

      it('pages persons by folded name with signed-document counts', async () => {
        const page = await store.listPersons({ first: 10 });
        expect(page.items.map((i) => [i.node.name, i.documentCount])).toEqual([
          ['Điền Kré', 1],
          ['Tôn Thị Ngọc Hạnh', 1],
        ]);
      });

      it('lists provinces with document counts', async () => {
        expect(await store.listProvinces()).toEqual([
          { node: provinces.binhduong, documentCount: 2 },
          { node: provinces.daknong, documentCount: 2 },
        ]);
      });

      it('counts documents and effective relations', async () => {
        const s = await store.stats();
        expect(s.documents).toBe(6);
        expect(s.inCorpus).toBe(4);
        const sortBy = <T>(list: T[], f: (x: T) => string) => [...list].sort((a, b) => f(a).localeCompare(f(b)));
        expect(sortBy(s.relationsByType, (x) => x.type)).toEqual([
          { type: RelationType.CITES, count: 5 },
          { type: RelationType.IMPLEMENTS, count: 4 },
        ]);
        expect(sortBy(s.documentsByProvince, (x) => x.provinceId)).toEqual([
          { provinceId: ID.binhduong, count: 2 },
          { provinceId: ID.daknong, count: 2 },
        ]);
        expect(sortBy(s.documentsByType, (x) => x.type)).toEqual([
          { type: DocumentType.CHI_THI, count: 1 },
          { type: DocumentType.CONG_VAN, count: 4 },
          { type: DocumentType.KET_LUAN, count: 1 },
        ]);
        expect(s.mostCited[0]).toEqual({ documentId: ID.kl07, count: 3 });
        expect(sortBy(s.mostCited.slice(1), (x) => x.documentId)).toEqual([
          { documentId: ID.bd100, count: 1 },
          { documentId: ID.tu470, count: 1 },
          { documentId: ID.ct16, count: 1 },
        ]);
      });

      it('dumps the whole graph', async () => {
        const d = await store.dump();
        expect(d.documents).toHaveLength(6);
        expect(d.organizations).toHaveLength(5);
        expect(d.persons).toHaveLength(2);
        expect(d.provinces).toHaveLength(2);
        expect(d.relations).toHaveLength(9);
        expect(d.corrections).toEqual([]);
      });
    });
  });
}
