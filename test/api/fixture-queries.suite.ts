import { startTestServer, type StoreOpener, type TestServer } from '../server/helpers/test-server';
import { dakNongGraph, IDS, ninhBinhGraph } from './fixtures/mini-graph';

/**
 * Queries over a hand-built graph (fixtures/mini-graph.ts) written through
 * a real store, asked over real HTTP. Expected values follow from the
 * fixture's diagram, worked out by hand. The same suite runs on every store
 * (the API knows only the port): SQLite in fixture-queries.test.ts, Neo4j in
 * fixture-queries.neo4j.int.test.ts.
 */
export function describeApiOverStore(storeName: string, openStore: StoreOpener): void {
  describe(`API over ${storeName}`, () => {
    let t: TestServer;

    beforeAll(async () => {
      t = await startTestServer({ openStore });
      await t.store.writeFile(dakNongGraph());
      await t.store.writeFile(ninhBinhGraph());
    });
    afterAll(async () => {
      await t?.close();
    });

    async function ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const answer = await t.gql<T>(query, variables);
      expect(answer.errors).toBeUndefined();
      return answer.data as T;
    }

    const ids = (list: Array<{ id: string }>) => list.map((d) => d.id).sort();

    describe('document and documents', () => {
      test('document(id) resolves issuer, province, signer, recipients and diagnostics', async () => {
        const data = await ok(`query($id: ID!) { document(id: $id) {
          id code number symbol type issuedOn inCorpus subject signerTitle
          issuer { id name system province { name } } province { id name } signer { name }
          recipients { name } sources { file start end } diagnostics { severity code message }
        } }`, { id: IDS.B });
        expect(data.document).toMatchObject({
          id: IDS.B, code: '3953/UBND-KGVX', number: '3953', symbol: 'UBND-KGVX', type: 'CONG_VAN', issuedOn: '2021-07-24',
          inCorpus: true, signerTitle: 'PHÓ CHỦ TỊCH',
          issuer: { id: IDS.dakNongUbnd, name: 'Ủy ban nhân dân tỉnh Đắk Nông', system: 'STATE', province: { name: 'Đắk Nông' } },
          province: { id: IDS.dakNong, name: 'Đắk Nông' },
          signer: { name: 'Tôn Thị Ngọc Hạnh' },
          recipients: [{ name: 'Tỉnh ủy Đắk Nông' }],
          sources: [{ file: 'fixtures/dak-nong.txt', start: 400, end: 900 }],
          diagnostics: [{ severity: 'WARNING', code: 'page-missing', message: 'A page seems to be missing after section 5.' }],
        });
      });

      test.each([['470-CV/TU'], ['470-cv/tu'], ['470 - CV/TU'], ['470-CV-TU']])(
        'documents(filter: {code: %p}) finds both provinces\' 470-CV/TU',
        async (code) => {
          const data = await ok('query($code: String) { documents(filter: { code: $code }) { totalCount edges { node { id } } } }', { code });
          expect(data.documents.totalCount).toBe(2);
          expect(ids(data.documents.edges.map((e: any) => e.node))).toEqual([IDS.A, IDS.N].sort());
        },
      );

      test('province filter is diacritics- and case-insensitive', async () => {
        const data = await ok('{ documents(filter: { code: "470-CV/TU", province: "NINH binh" }) { edges { node { id } } } }');
        expect(data.documents.edges.map((e: any) => e.node.id)).toEqual([IDS.N]);
      });

      test('type, inCorpus and date filters', async () => {
        const data = await ok(`{
          party: documents(filter: { type: KET_LUAN }) { edges { node { id } } }
          referenced: documents(filter: { inCorpus: false }) { totalCount }
          july22: documents(filter: { issuedFrom: "2021-07-22", issuedTo: "2021-07-22" }) { edges { node { id } } }
        }`);
        expect(data.party.edges.map((e: any) => e.node.id)).toEqual([IDS.K]);
        expect(data.referenced.totalCount).toBe(2);
        expect(ids(data.july22.edges.map((e: any) => e.node))).toEqual([IDS.A, IDS.C].sort());
      });

      test('pages follow each other without overlap and cover every document', async () => {
        const seen: string[] = [];
        let after: string | null = null;
        let pages = 0;
        for (;;) {
          const data: any = await ok('query($after: String) { documents(first: 2, after: $after) { totalCount edges { node { id } cursor } pageInfo { hasNextPage endCursor } } }', { after });
          expect(data.documents.totalCount).toBe(6);
          seen.push(...data.documents.edges.map((e: any) => e.node.id));
          pages += 1;
          if (!data.documents.pageInfo.hasNextPage) break;
          after = data.documents.pageInfo.endCursor;
        }
        expect(pages).toBe(3);
        expect([...seen].sort()).toEqual(Object.values([IDS.A, IDS.B, IDS.C, IDS.D, IDS.K, IDS.N]).sort());
        // Ordered by issue date: 07-KL/TW (June) first, the Ninh Bình 470 (August) last.
        expect(seen[0]).toBe(IDS.K);
        expect(seen[5]).toBe(IDS.N);
      });
    });

    describe('relations', () => {
      test('who implements the Điện of 21/7/2021, with evidence and confidence', async () => {
        const data = await ok(`query($id: ID!) { document(id: $id) {
          relations(direction: IN, types: [IMPLEMENTS]) { type confidence origin source { id province { name } } target { id } evidence { text span { file start end } } }
        } }`, { id: IDS.D });
        const relations = data.document.relations;
        expect(relations.map((r: any) => r.source.id).sort()).toEqual([IDS.A, IDS.C].sort());
        for (const r of relations) {
          expect(r).toMatchObject({ type: 'IMPLEMENTS', confidence: 0.9, origin: 'EXTRACTED', target: { id: IDS.D } });
        }
        const fromA = relations.find((r: any) => r.source.id === IDS.A);
        expect(fromA.evidence).toEqual([
          { text: 'Triển khai Điện ngày 21/7/2021 của Thường trực Ban Bí thư', span: { file: 'fixtures/dak-nong.txt', start: 10, end: 67 } },
        ]);
      });

      test('OUT relations of 3953/UBND-KGVX, all types', async () => {
        const data = await ok(`query($id: ID!) { document(id: $id) { relations(direction: OUT) { type target { id } } } }`, { id: IDS.B });
        const pairs = data.document.relations.map((r: any) => `${r.type} ${r.target.id}`).sort();
        expect(pairs).toEqual([`CITES ${IDS.A}`, `CITES ${IDS.K}`, `IMPLEMENTS ${IDS.A}`].sort());
      });
    });

    describe('citationChain and shortestPath', () => {
      test('upstream of 3953/UBND-KGVX: depth 1 then depth 2', async () => {
        const query = `query($id: ID!, $depth: Int) { citationChain(id: $id, direction: UPSTREAM, maxDepth: $depth) {
          root { id } documents { id } relations { type source { id } target { id } } } }`;
        const one = await ok(query, { id: IDS.B, depth: 1 });
        expect(one.citationChain.root.id).toBe(IDS.B);
        expect(ids(one.citationChain.documents)).toEqual([IDS.A, IDS.B, IDS.K].sort());
        const two = await ok(query, { id: IDS.B, depth: 2 });
        expect(ids(two.citationChain.documents)).toEqual([IDS.A, IDS.B, IDS.D, IDS.K].sort());
        expect(two.citationChain.relations.map((r: any) => `${r.source.id} ${r.type} ${r.target.id}`)).toEqual(
          expect.arrayContaining([`${IDS.A} IMPLEMENTS ${IDS.D}`, `${IDS.B} IMPLEMENTS ${IDS.A}`]),
        );
      });

      test('downstream of 07-KL/TW restricted to CITES', async () => {
        const data = await ok(`query($id: ID!) { citationChain(id: $id, direction: DOWNSTREAM, types: [CITES], maxDepth: 1) { documents { id } } }`, { id: IDS.K });
        expect(ids(data.citationChain.documents)).toEqual([IDS.A, IDS.B, IDS.C, IDS.K].sort());
      });

      test('a types list repeating CITES 100000 times answers as [CITES]', async () => {
        const types = Array.from({ length: 100_000 }, () => 'CITES');
        const data = await ok(`query($id: ID!, $types: [RelationType!]) {
          citationChain(id: $id, direction: DOWNSTREAM, types: $types, maxDepth: 1) { documents { id } }
          provinceResponses(to: $id, types: $types) { documents { id } } }`, { id: IDS.K, types });
        expect(ids(data.citationChain.documents)).toEqual([IDS.A, IDS.B, IDS.C, IDS.K].sort());
        expect(ids(data.provinceResponses.flatMap((r: any) => r.documents))).toEqual([IDS.A, IDS.B, IDS.C].sort());
      });

      test('shortestPath from 3953/UBND-KGVX to the Điện goes through 470-CV/TU', async () => {
        const data = await ok(`query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { documents { id } relations { source { id } target { id } } } }`, { from: IDS.B, to: IDS.D });
        expect(ids(data.shortestPath.documents)).toEqual([IDS.A, IDS.B, IDS.D].sort());
        expect(data.shortestPath.relations.length).toBeGreaterThanOrEqual(2);
      });

      test('shortestPath is null when the documents are not connected that way', async () => {
        const data = await ok(`query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { documents { id } } }`, { from: IDS.K, to: IDS.B });
        expect(data.shortestPath).toBeNull();
      });
    });

    describe('provinceResponses', () => {
      test('to 07-KL/TW (default IMPLEMENTS and CITES): lag from 2021-06-11', async () => {
        const data = await ok(`query($to: ID!) { provinceResponses(to: $to) { province { name } documents { id } firstIssuedOn lagDays } }`, { to: IDS.K });
        const byProvince = Object.fromEntries(data.provinceResponses.map((r: any) => [r.province.name, r]));
        expect(Object.keys(byProvince).sort()).toEqual(['Ninh Bình', 'Đắk Nông'].sort());
        expect(ids(byProvince['Đắk Nông'].documents)).toEqual([IDS.A, IDS.B].sort());
        expect(byProvince['Đắk Nông']).toMatchObject({ firstIssuedOn: '2021-07-22', lagDays: 41 });
        expect(ids(byProvince['Ninh Bình'].documents)).toEqual([IDS.C]);
        expect(byProvince['Ninh Bình']).toMatchObject({ firstIssuedOn: '2021-07-22', lagDays: 41 });
      });

      test('to the Điện, IMPLEMENTS only: each province answered the next day', async () => {
        const data = await ok(`query($to: ID!) { provinceResponses(to: $to, types: [IMPLEMENTS]) { province { id } documents { id } lagDays } }`, { to: IDS.D });
        const rows = data.provinceResponses.map((r: any) => [r.province.id, ids(r.documents), r.lagDays]).sort();
        expect(rows).toEqual([[IDS.dakNong, [IDS.A], 1], [IDS.ninhBinh, [IDS.C], 1]].sort());
      });

      test('viaProvincial also counts documents answering through the province\'s own (3953 → 470 → Điện)', async () => {
        const data = await ok(`query($to: ID!) { provinceResponses(to: $to, types: [IMPLEMENTS], viaProvincial: true) { province { id } documents { id } } }`, { to: IDS.D });
        const dakNong = data.provinceResponses.find((r: any) => r.province.id === IDS.dakNong);
        expect(ids(dakNong.documents)).toEqual([IDS.A, IDS.B].sort());
      });
    });

    describe('resolveReference', () => {
      test('a local code without a province is ambiguous: both 470-CV/TU come back', async () => {
        const data = await ok('{ resolveReference(text: "Công văn 470-CV/TU") { id } }');
        expect(ids(data.resolveReference)).toEqual([IDS.A, IDS.N].sort());
      });

      test('the province picks the local one', async () => {
        const data = await ok('{ resolveReference(text: "Công văn số 470-CV/TU ngày 22/7/2021", province: "Đắk Nông") { id } }');
        expect(ids(data.resolveReference)).toEqual([IDS.A]);
      });

      test('a national code resolves whatever the province', async () => {
        const data = await ok('{ resolveReference(text: "Kết luận số 07-KL/TW, ngày 11/6/2021 của Bộ Chính trị", province: "Ninh Bình") { id } }');
        expect(ids(data.resolveReference)).toEqual([IDS.K]);
      });

      test('a bare code resolves', async () => {
        const data = await ok('{ resolveReference(text: "3953/UBND-KGVX") { id } }');
        expect(ids(data.resolveReference)).toEqual([IDS.B]);
      });

      test('an unnumbered reference resolves by type, issuer and date', async () => {
        const data = await ok('{ resolveReference(text: "Triển khai Điện ngày 21/7/2021 của Thường trực Ban Bí thư về tiếp tục tăng cường") { id } }');
        expect(ids(data.resolveReference)).toEqual([IDS.D]);
      });

      test('text with no reference resolves to nothing', async () => {
        const data = await ok('{ resolveReference(text: "phòng, chống dịch Covid-19") { id } }');
        expect(data.resolveReference).toEqual([]);
      });
    });

    describe('listings, search and stats', () => {
      test('provinces with document counts', async () => {
        const data = await ok('{ provinces { province { id name } documentCount } }');
        const counts = Object.fromEntries(data.provinces.map((p: any) => [p.province.name, p.documentCount]));
        expect(counts).toEqual({ 'Đắk Nông': 2, 'Ninh Bình': 2 });
      });

      test('organizations and persons are paged', async () => {
        const data = await ok('{ organizations(first: 10) { totalCount edges { node { id name province { name } } documentCount } } persons { totalCount edges { node { name aliases } documentCount } } }');
        expect(data.organizations.totalCount).toBe(5);
        const tinhUyDakNong = data.organizations.edges.find((e: any) => e.node.id === IDS.dakNongTinhUy);
        expect(tinhUyDakNong).toMatchObject({ node: { name: 'Tỉnh ủy Đắk Nông', province: { name: 'Đắk Nông' } }, documentCount: 1 });
        expect(data.persons.totalCount).toBe(2);
        expect(data.persons.edges.find((e: any) => e.node.name === 'Điền Kré')).toMatchObject({ node: { aliases: ['Điều Kré'] }, documentCount: 1 });
      });

      test('search folds diacritics and marks the matched words', async () => {
        const data = await ok('{ search(text: "vac xin") { document { id } snippet score } }');
        expect(data.search.map((h: any) => h.document.id)).toEqual([IDS.B]);
        expect(data.search[0].snippet).toMatch(/«vắc» «xin»|«vắc xin»/);
      });

      test('stats count documents, relations by type and the most cited', async () => {
        const data = await ok('{ stats { documents inCorpus relationsByType { type count } documentsByType { type count } documentsByProvince { province { name } count } mostCited { document { id } count } } }');
        expect(data.stats.documents).toBe(6);
        expect(data.stats.inCorpus).toBe(4);
        const byType = Object.fromEntries(data.stats.relationsByType.map((r: any) => [r.type, r.count]));
        expect(byType).toMatchObject({ IMPLEMENTS: 3, CITES: 6 });
        expect(data.stats.mostCited[0]).toEqual({ document: { id: IDS.K }, count: 3 });
      });
    });
  });
}
