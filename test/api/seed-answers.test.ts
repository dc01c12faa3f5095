import { join } from 'node:path';
import { startSeededTestServer, startTestServer, type TestServer } from '../server/helpers/test-server';

/**
 * Questions a researcher asks of the seed corpus, answered through the API
 * after ingesting ./seeds with the real pipeline into the real SQLite store.
 * The expected answers were worked out by reading the seed texts (quotes in
 * the comments), not copied from program output.
 */
const ROOT = join(__dirname, '..', '..');
let t: TestServer;

beforeAll(async () => {
  t = await startSeededTestServer();
});
afterAll(async () => {
  await t.close();
});

async function ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const answer = await t.gql<T>(query, variables);
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

/** A document as a researcher names it: code, or province + type for the unnumbered Lai Châu letter. */
function label(d: { code: string | null; type: string; province: { name: string } | null }): string {
  return d.code ? `${d.province?.name ?? 'national'} ${d.code}` : `${d.province?.name ?? '?'} ${d.type} (unnumbered)`;
}

const DOC_FIELDS = 'id code type issuedOn province { name }';

describe('the telegram (Điện) of 21/7/2021 of the Thường trực Ban Bí thư', () => {
  // seeds/000: 470-CV/TU Đắk Nông: "Triển khai Điện ngày 21/7/2021 của Thường trực Ban Bí thư ..."
  // seeds/003: 342-CV/TU Ninh Bình: "theo chỉ đạo của Thường trực Ban Bí thư (tại Điện ngày 21/7/2021)"
  // seeds/004: Lai Châu BCSĐ letter (no number, no day): "Thực hiện Điện của Thường trực Ban Bí thư và Công văn số 294-CV/TU ..."
  test('resolveReference finds one node, and three documents implement it', async () => {
    const data = await ok(`{ resolveReference(text: "Điện ngày 21/7/2021 của Thường trực Ban Bí thư") {
      type issuedOn inCorpus relations(direction: IN, types: [IMPLEMENTS]) { source { ${DOC_FIELDS} } } } }`);
    expect(data.resolveReference).toHaveLength(1);
    const telegram = data.resolveReference[0];
    expect(telegram).toMatchObject({ type: 'DIEN', issuedOn: '2021-07-21', inCorpus: false });
    expect(telegram.relations.map((r: any) => label(r.source)).sort()).toEqual(
      ['Đắk Nông 470-CV/TU', 'Ninh Bình 342-CV/TU', 'Lai Châu CONG_VAN (unnumbered)'].sort(),
    );
  });
});

describe('Kết luận 07-KL/TW of the Bộ Chính trị (11/6/2021)', () => {
  // Cited "đặc biệt là Kết luận số 07-KL/TW ..." by 3953/UBND-KGVX §1, 470-CV/TU §1 and 446-TB/TU §1 (seeds/000),
  // 342-CV/TU §1 (seeds/003) and the Lai Châu letter §1 (seeds/004). Not by 473-CV/TU, 6325/UBND-KGVX, 285/TB-VPCP
  // or the Bắc Giang-like Chỉ thị (seeds/001).
  test('cited by exactly five documents', async () => {
    const data = await ok(`{ documents(filter: { code: "07-KL/TW" }) { totalCount edges { node {
      code type issuedOn inCorpus relations(direction: IN, types: [CITES]) { source { ${DOC_FIELDS} } } } } } }`);
    expect(data.documents.totalCount).toBe(1);
    const conclusion = data.documents.edges[0].node;
    expect(conclusion).toMatchObject({ code: '07-KL/TW', type: 'KET_LUAN', issuedOn: '2021-06-11', inCorpus: false });
    expect(conclusion.relations.map((r: any) => label(r.source)).sort()).toEqual(
      ['Đắk Nông 3953/UBND-KGVX', 'Đắk Nông 470-CV/TU', 'Đắk Nông 446-TB/TU', 'Ninh Bình 342-CV/TU', 'Lai Châu CONG_VAN (unnumbered)'].sort(),
    );
  });

  // Đắk Nông: 470 (22/7), 446 (23/7), 3953 (24/7) → first 2021-07-22, 41 days after 2021-06-11 (19 left in June + 22).
  // Ninh Bình: 342 (22/7) → 41 days. Lai Châu: the letter has a blank day ("ngày tháng năm 2021") → no date, no lag.
  test('province responses: Đắk Nông and Ninh Bình after 41 days, Lai Châu undated and last', async () => {
    const data = await ok(`{ provinceResponses(to: "doc:national:07-KL/TW:2021") {
      province { name } firstIssuedOn lagDays documents { code issuedOn issuedOnBounds { earliest } } } }`);
    const rows = data.provinceResponses;
    expect(rows.map((r: any) => r.province.name).sort()).toEqual(['Lai Châu', 'Ninh Bình', 'Đắk Nông'].sort());
    const byName = Object.fromEntries(rows.map((r: any) => [r.province.name, r]));
    expect(byName['Đắk Nông']).toMatchObject({ firstIssuedOn: '2021-07-22', lagDays: 41 });
    expect(byName['Đắk Nông'].documents.map((d: any) => d.code).sort()).toEqual(['3953/UBND-KGVX', '446-TB/TU', '470-CV/TU']);
    expect(byName['Ninh Bình']).toMatchObject({ firstIssuedOn: '2021-07-22', lagDays: 41 });
    expect(byName['Ninh Bình'].documents.map((d: any) => d.code)).toEqual(['342-CV/TU']);
    expect(byName['Lai Châu']).toMatchObject({ firstIssuedOn: null, lagDays: null });
    expect(byName['Lai Châu'].documents).toHaveLength(1);
    expect(rows[rows.length - 1].province.name).toBe('Lai Châu');
  });
});

describe('Thông báo 446-TB/TU of the Thường trực Tỉnh ủy Đắk Nông (23/7/2021)', () => {
  // 3953/UBND-KGVX (24/7) copies 446's passages near-verbatim, e.g. 446 §1 "Toàn hệ thống chính trị tiếp tục tập trung
  // cao nhất cho công tác phòng, chống dịch, với mục tiêu bảo vệ, chăm sóc sức khỏe, tính mạng của nhân dân là trên hết,
  // trước hết" → 3953 §1, and 446 §2 "Huy động tổng lực các lực lượng làm nhiệm vụ bảo đảm an ninh, trật tự ở cơ sở
  // (dân phòng, bảo vệ dân phố, ...)" → 3953 §3. No other document is later than 446 and shares its wording.
  test('repeated by 3953/UBND-KGVX only', async () => {
    const data = await ok(`{ document(id: "doc:dak-nong:446-TB/TU:2021") { code type
      relations(direction: IN, types: [REPEATS]) { confidence evidence { text } source { code } } } }`);
    expect(data.document).toMatchObject({ code: '446-TB/TU', type: 'THONG_BAO' });
    expect(data.document.relations.map((r: any) => r.source.code)).toEqual(['3953/UBND-KGVX']);
    expect(data.document.relations[0].evidence.length).toBeGreaterThan(0);
  });
});

describe('Công văn 3953/UBND-KGVX of the UBND Đắk Nông (24/7/2021)', () => {
  // Depth 1 (its own text): implements 470-CV/TU, 473-CV/TU, 446-TB/TU ("Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy
  // tại Công văn 470-CV/TU ..., Công văn số 473-CV/TU ... và Thông báo 446-TB/TU ... (gửi kèm theo)"), cites 07-KL/TW and
  // 402-CV/TU. Depth 2: 470 implements the Điện of 21/7/2021 and cites 07-KL/TW, 402-CV/TU; 446 cites 1044/QĐ-BCĐ,
  // 16/CT-TTg ("16/CT/TTg" in the text), 07-KL/TW, 402-CV/TU, 470-CV/TU; 473 cites nothing.
  test('upstream chain to depth 2: nine documents', async () => {
    const data = await ok(`{ citationChain(id: "doc:dak-nong:3953/UBND-KGVX:2021", direction: UPSTREAM, maxDepth: 2) {
      root { code } documents { ${DOC_FIELDS} } relations { type source { id } target { id } } } }`);
    expect(data.citationChain.root.code).toBe('3953/UBND-KGVX');
    const names = data.citationChain.documents.map((d: any) => (d.code ? d.code : `${d.type} ${d.issuedOn}`)).sort();
    expect(names).toEqual(
      ['3953/UBND-KGVX', '470-CV/TU', '473-CV/TU', '446-TB/TU', '07-KL/TW', '402-CV/TU', 'DIEN 2021-07-21', '1044/QĐ-BCĐ', '16/CT-TTg'].sort(),
    );
  });

  test('upstream chain to depth 1 over IMPLEMENTS: the three provincial Party documents it carries out', async () => {
    const data = await ok(`{ citationChain(id: "doc:dak-nong:3953/UBND-KGVX:2021", direction: UPSTREAM, types: [IMPLEMENTS], maxDepth: 1) {
      documents { code } } }`);
    expect(data.citationChain.documents.map((d: any) => d.code).sort()).toEqual(['3953/UBND-KGVX', '446-TB/TU', '470-CV/TU', '473-CV/TU']);
  });

  test('its header: issuer, signer, authority', async () => {
    // "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Tôn Thị Ngọc Hạnh".
    const data = await ok(`{ document(id: "doc:dak-nong:3953/UBND-KGVX:2021") { type issuedOn authority signer { name } province { name } } }`);
    expect(data.document).toMatchObject({ type: 'CONG_VAN', issuedOn: '2021-07-24', authority: 'KT', signer: { name: 'Tôn Thị Ngọc Hạnh' }, province: { name: 'Đắk Nông' } });
  });
});

describe('resolveReference on the seeds', () => {
  test('470-CV/TU with the province Đắk Nông', async () => {
    const data = await ok('{ resolveReference(text: "Công văn 470-CV/TU ngày 22/7/2021", province: "Đắk Nông") { id code issuedOn } }');
    expect(data.resolveReference).toEqual([{ id: 'doc:dak-nong:470-CV/TU:2021', code: '470-CV/TU', issuedOn: '2021-07-22' }]);
  });

  test('a variant spelling of a national code', async () => {
    const data = await ok('{ resolveReference(text: "Chỉ thị số 16/CT/TTg ngày 31/3/2020 của Thủ tướng Chính phủ") { code issuedOn } }');
    expect(data.resolveReference).toEqual([{ code: '16/CT-TTg', issuedOn: '2020-03-31' }]);
  });
});

describe('ingestDocument through the API', () => {
  test('a text already ingested is skipped and reports its documents', async () => {
    const token = 'seed-token';
    const server = await startTestServer({ apiToken: token });
    try {
      const { readFileSync } = await import('node:fs');
      const text = readFileSync(join(ROOT, 'seeds', '003_86f9552143f492ea.txt'), 'utf8');
      const mutation = `mutation($text: String!) { ingestDocument(text: $text, fileName: "seeds/003.txt") {
        skipped documents { code type issuedOn province { name } } relations { type target { type issuedOn code } } } }`;
      const first = await server.gql(mutation, { text }, { authorization: `Bearer ${token}` });
      expect(first.errors).toBeUndefined();
      const result = first.data!.ingestDocument;
      expect(result.skipped).toBe(false);
      // seeds/003: "Số 342 - CV/TU", "Ninh Bình, ngày 22 tháng 7 năm 2021".
      expect(result.documents).toEqual([{ code: '342-CV/TU', type: 'CONG_VAN', issuedOn: '2021-07-22', province: { name: 'Ninh Bình' } }]);
      const relations = result.relations.map((r: any) => `${r.type} ${r.target.code ?? `${r.target.type} ${r.target.issuedOn}`}`);
      expect(relations).toEqual(expect.arrayContaining(['IMPLEMENTS DIEN 2021-07-21', 'CITES 07-KL/TW']));
      const again = await server.gql(mutation, { text }, { authorization: `Bearer ${token}` });
      expect(again.data!.ingestDocument.skipped).toBe(true);
    } finally {
      await server.close();
    }
  });

  test('binary input is REJECTED_INPUT with its reason, and nothing is stored', async () => {
    const token = 'seed-token';
    const server = await startTestServer({ apiToken: token });
    try {
      const answer = await server.gql('mutation { ingestDocument(text: "\\u0000\\u0001\\u0002 binary", fileName: "junk.bin") { documents { id } } }', undefined, {
        authorization: `Bearer ${token}`,
      });
      expect(answer.errors?.[0]?.extensions).toEqual({ code: 'REJECTED_INPUT', reason: 'binary' });
      expect(answer.errors?.[0]?.message).toMatch(/not a text file/);
      const still = await server.gql('{ stats { documents } }');
      expect(still.data?.stats.documents).toBe(0);
    } finally {
      await server.close();
    }
  });
});
