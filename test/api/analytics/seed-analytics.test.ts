import { startSeededTestServer, type TestServer } from '../../server/helpers/test-server';

/**
 * Response analytics on the seeds, through the real API over HTTP after the
 * real pipeline ingested ./seeds into a real SQLite store. Expected passages
 * are quoted from the seed files (line numbers of seeds/000, 003, 004).
 */
const UB3953 = 'doc:dak-nong:3953/UBND-KGVX:2021';
const TB446 = 'doc:dak-nong:446-TB/TU:2021';
const TELEGRAM = 'doc:national:dien:thuong-truc-ban-bi-thu:2021-07-21';
let t: TestServer;

beforeAll(async () => {
  t = await startSeededTestServer();
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const answer = await t.gql<T>(query, variables);
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe('3953/UBND-KGVX (Đắk Nông, 24/7/2021) against 446-TB/TU (23/7/2021), which it forwards and implements', () => {
  test('alignedPassages: the sections it copies from 446-TB/TU and the ones it adds', async () => {
    const { alignedPassages: a } = await ok(
      `query($s: ID!, $t: ID!) { alignedPassages(source: $s, target: $t) { sourceCopiedShare
        passages { words source { start end text } target { text } } added { start end text } } }`,
      { s: UB3953, t: TB446 },
    );
    const pairs = a.passages.map((p: any) => [squash(p.source.text), squash(p.target.text)]);
    // 000 l.28 (3953 §2) "Làm tốt công tác an sinh xã hội, bảo đảm cung ứng kịp thời lương thực, thực phẩm, nhu yếu phẩm ..."
    // 000 l.215 (446)   "Làm tốt công tác an sinh xã hội; bảo đảm cung ứng kịp thời, đầy đủ lương thực, thực phẩm, nhu yếu phẩm ..."
    expect(pairs).toContainEqual([
      expect.stringContaining('Làm tốt công tác an sinh xã hội, bảo đảm cung ứng kịp thời lương thực'),
      expect.stringContaining('Làm tốt công tác an sinh xã hội; bảo đảm cung ứng kịp thời, đầy đủ lương thực'),
    ]);
    // 000 l.34 (3953 §4) "... thực hiện tốt công tác tiêm chủng vắc xin phòng chống Covid-19 đảm bảo kịp thời, an toàn, đúng đối tượng ..."
    // 000 l.225 (446)    "... thực hiện tốt công tác tiêm chủng vắc xin phòng Covid-19 bảo đảm kịp thời, an toàn, đúng đối tượng ..."
    expect(pairs).toContainEqual([
      expect.stringContaining('thực hiện tốt công tác tiêm chủng vắc xin phòng chống Covid-19'),
      expect.stringContaining('thực hiện tốt công tác tiêm chủng vắc xin phòng Covid-19'),
    ]);
    // 000 l.46 (3953 §8) "Biểu dương khen thưởng kịp thời ..." — in 446 only as "động viên, biểu dương, khen thưởng kịp thời"
    expect(pairs.some(([s]: string[]) => s.includes('Biểu dương khen thưởng kịp thời'))).toBe(true);
    for (const p of a.passages) expect(p.words).toBeGreaterThanOrEqual(20);

    const added = a.added.map((x: any) => squash(x.text));
    // 3953 §7 (traffic and checkpoints on the Cư Jút, Đắk R'Lấp, Đắk Glong roads) appears nowhere in 446.
    expect(added.some((x: string) => x.includes('Sở Giao thông vận tải, Sở Y tế, Công an tỉnh') && x.includes('chốt kiểm soát dịch tại các huyện Cư Jút'))).toBe(true);
    // The letter's own opening (which cites 470, 473 and 446) is its own; the letterhead is not compared at all.
    expect(added.some((x: string) => x.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') || x.includes('Nơi nhận'))).toBe(false);
    expect(added.some((x: string) => x.includes('Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại Công văn 470-CV/TU'))).toBe(true);
    // Copied and added passages never overlap.
    for (const x of a.added) for (const p of a.passages) expect(x.end <= p.source.start || x.start >= p.source.end).toBe(true);
    // Bodies only (letterhead, addressees, distribution list and signature left out): sections 1, 2, 3, 4 (part),
    // 6 (part) and 8 of eight come from 446: well under all, well over a tenth.
    expect(a.sourceCopiedShare).toBeGreaterThan(0.3);
    expect(a.sourceCopiedShare).toBeLessThan(0.65);
  });

  test('originality: what is left after 446, 470, 473 and the telegram are taken out', async () => {
    const { document: d } = await ok(
      `query($id: ID!) { document(id: $id) { originality copiedPassages { start end text from { id code } } } }`,
      { id: UB3953 },
    );
    const { alignedPassages } = await ok(`query($id: ID!, $t: ID!) { alignedPassages(source: $id, target: $t) { sourceCopiedShare } }`, { id: UB3953, t: TB446 });
    // Everything copied from 446 alone is already not original; the other sources only lower it further.
    expect(d.originality).toBeLessThanOrEqual(1 - alignedPassages.sourceCopiedShare + 0.001);
    expect(d.originality).toBeGreaterThan(0.15);
    const sources = new Set(d.copiedPassages.map((c: any) => c.from.code ?? c.from.id));
    expect(sources).toEqual(new Set(['446-TB/TU', '470-CV/TU', '473-CV/TU', TELEGRAM]));
    // 473-CV/TU (000 l.83ff.) asks for "phương án phân luồng giao thông"; 3953 §7 repeats it.
    expect(d.copiedPassages.some((c: any) => c.from.code === '473-CV/TU' && c.text.includes('phân luồng giao thông'))).toBe(true);
    const fromTelegram = d.copiedPassages.filter((c: any) => c.from.id === TELEGRAM).map((c: any) => squash(c.text));
    expect(fromTelegram.some((x: string) => x.includes('kiên quyết xử lý các đối tượng lợi dụng tình hình dịch bệnh xuyên tạc'))).toBe(true);
  });

  test('a document known only from references has no originality and no copied passages', async () => {
    const { documents } = await ok(`{ documents(filter: { code: "16/CT-TTg" }) { edges { node { originality copiedPassages { start } } } } }`);
    expect(documents.edges[0].node).toEqual({ originality: null, copiedPassages: [] });
  });
});

describe('the telegram of 21/7/2021 of the Thường trực Ban Bí thư, reconstructed from its implementers', () => {
  test('three implementers, and the passages all three carry', async () => {
    const { reconstructedText: r } = await ok(
      `query($id: ID!) { reconstructedText(id: $id) { instrument { inCorpus } implementers { id code province { name } }
        passages { text agreement witnesses { document { id province { name } } start end text } } } }`,
      { id: TELEGRAM },
    );
    expect(r.instrument.inCorpus).toBe(false);
    expect(r.implementers.map((d: any) => d.province.name).sort()).toEqual(['Lai Châu', 'Ninh Bình', 'Đắk Nông']);
    const unanimous = r.passages.filter((p: any) => p.agreement === 3).map((p: any) => squash(p.text));
    // 000 l.154 (470), 003 (342), 004 (Lai Châu): "... tiếp tục quán triệt và tổ chức triển khai thực hiện nghiêm túc, quyết liệt, có hiệu quả ..."
    expect(unanimous.some((x: string) => x.includes('tiếp tục quán triệt và tổ chức triển khai thực hiện nghiêm túc, quyết liệt, có hiệu quả'))).toBe(true);
    // all three: "... kiên quyết xử lý các đối tượng lợi dụng tình hình dịch bệnh xuyên tạc, kích động, chống phá ..."
    expect(unanimous.some((x: string) => x.includes('kiên quyết xử lý các đối tượng lợi dụng tình hình dịch bệnh xuyên tạc, kích động, chống phá'))).toBe(true);
    for (const p of r.passages) {
      expect(p.agreement).toBe(p.witnesses.length);
      expect(p.agreement).toBeGreaterThanOrEqual(2);
      expect(p.agreement).toBeLessThanOrEqual(3);
      expect(new Set(p.witnesses.map((w: any) => w.document.id)).size).toBe(p.witnesses.length);
      for (const w of p.witnesses) expect(w.text.length).toBe(w.end - w.start);
    }
    // Most agreed first.
    const agreements = r.passages.map((p: any) => p.agreement);
    expect(agreements).toEqual([...agreements].sort((x, y) => y - x));
    // 470-CV/TU (000 l.156) and 342-CV/TU (003 l.29) go on alike: "tuyệt đối không lơ là, chủ quan, mất cảnh giác;
    // động viên, biểu dương, khen thưởng kịp thời các địa phương, tổ chức, cá nhân làm tốt; ..."; the Lai Châu letter
    // (004 l.23) keeps the first eight words and then writes its own "không lo sợ, lúng túng, mất bình tĩnh ...".
    const pairOnly = r.passages.filter((p: any) => p.agreement === 2).map((p: any) => squash(p.text));
    expect(pairOnly.some((x: string) => x.includes('biểu dương, khen thưởng kịp thời các địa phương, tổ chức, cá nhân làm tốt'))).toBe(true);
    expect(unanimous.some((x: string) => x.includes('biểu dương, khen thưởng kịp thời các địa phương'))).toBe(false);
  });

  test('minAgreement: 3 keeps only the unanimous passages', async () => {
    const { reconstructedText: r } = await ok(`query($id: ID!) { reconstructedText(id: $id, minAgreement: 3) { passages { agreement } } }`, { id: TELEGRAM });
    expect(r.passages.length).toBeGreaterThanOrEqual(2);
    for (const p of r.passages) expect(p.agreement).toBe(3);
  });
});

describe('errors', () => {
  test('malformed and unknown ids are named errors with codes, not empty answers', async () => {
    const malformed = await t.gql(`{ alignedPassages(source: "3953", target: "doc:x") { sourceCopiedShare } }`);
    expect(malformed.errors?.[0]?.message).toMatch(/Malformed id '3953'/);
    const unknown = await t.gql(`{ reconstructedText(id: "doc:national:99/CT-TTg:2099") { passages { text } } }`);
    expect(unknown.errors?.[0]?.message).toMatch(/No document doc:national:99\/CT-TTg:2099/);
    expect(malformed.errors?.[0]?.extensions?.code).not.toBe(unknown.errors?.[0]?.extensions?.code);
    const low = await t.gql(`{ reconstructedText(id: "${TELEGRAM}", minAgreement: 1) { passages { text } } }`);
    expect(low.errors?.length).toBeGreaterThan(0);
  });
});

describe('topics', () => {
  test('3953/UBND-KGVX: tags with evidence quoted from its text', async () => {
    const { document } = await ok(`query($id: ID!) { document(id: $id) { text topics { topic { id label } mentions evidence { start end text } } } }`, { id: UB3953 });
    const tags = new Map(document.topics.map((t: any) => [t.topic.id, t]));
    // §7 "Chỉ đạo chốt kiểm soát dịch tại các huyện ..."; §4 "tiêm chủng vắc xin"; §4 "giãn cách, cách ly, khoanh vùng, truy vết".
    for (const id of ['checkpoints', 'vaccination', 'social-distancing', 'quarantine', 'contact-tracing', 'testing']) expect(tags.has(id)).toBe(true);
    expect(tags.has('elections')).toBe(false);
    expect(tags.has('schools')).toBe(false);
    for (const tag of document.topics) {
      for (const e of tag.evidence) expect(document.text.slice(e.start, e.end)).toBe(e.text);
    }
    expect((tags.get('checkpoints') as any).evidence.map((e: any) => e.text)).toContain('chốt kiểm soát');
  });

  test('topicCounts: elections only in the Ban Thường vụ Chỉ thị (seeds/001, no province, no date); 5K in 6325, 285 and Lai Châu', async () => {
    const elections = await ok(`{ topicCounts(groupBy: [PROVINCE, TOPIC], topic: "elections") { province { name } topic { id } month documents } }`);
    expect(elections.topicCounts).toEqual([{ province: null, topic: { id: 'elections' }, month: null, documents: 1 }]);
    const fiveK = await ok(`{ topicCounts(groupBy: [PROVINCE, MONTH], topic: "5k") { province { name } month documents } }`);
    expect(fiveK.topicCounts).toEqual([
      { province: { name: 'Đắk Nông' }, month: '2021-10', documents: 1 },
      { province: { name: 'Lai Châu' }, month: null, documents: 1 },
      { province: null, month: '2021-10', documents: 1 },
    ]);
    const bad = await t.gql(`{ topicCounts(topic: "nope") { documents } }`);
    expect(bad.errors?.[0]?.message).toMatch(/Unknown topic 'nope'/);
  });
});
