import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSeededTestServer, type TestServer } from '../server/helpers/test-server';

/**
 * Field evidence served for a seed document, after ingesting ./seeds with the
 * real pipeline into the real SQLite store. Expected passages are read off
 * seeds/000: "Số: ~~3953~~ /UBND-KGVX", "Đắk Nông, ngày 24 tháng 7 năm 2021",
 * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Tôn Thị Ngọc Hạnh".
 */
const ROOT = join(__dirname, '..', '..');
let t: TestServer;

beforeAll(async () => {
  t = await startSeededTestServer();
});
afterAll(async () => {
  await t.close();
});

interface Served {
  field: string;
  text: string;
  span: { file: string; start: number; end: number } | null;
  confidence: number;
}

async function fieldEvidence(code: string): Promise<Served[]> {
  const answer = await t.gql<any>(
    `query($code: String!) { documents(filter: { code: $code }) { edges { node { code inCorpus
      fieldEvidence { field text span { file start end } confidence } } } } }`,
    { code },
  );
  expect(answer.errors).toBeUndefined();
  const edges = answer.data.documents.edges;
  expect(edges).toHaveLength(1);
  return edges[0].node.fieldEvidence as Served[];
}

test('3953/UBND-KGVX: code, date and signer evidence, each span quoting the seed file', async () => {
  const evidence = await fieldEvidence('3953/UBND-KGVX');
  const byField = new Map(evidence.map((e) => [e.field, e]));
  expect(byField.get('code')!.text).toContain('3953');
  expect(byField.get('code')!.text).toContain('UBND-KGVX');
  expect(byField.get('code')!.confidence).toBe(1);
  expect(byField.get('issuedOn')!.text).toBe('ngày 24 tháng 7 năm 2021');
  expect(byField.get('signer')!.text).toBe('Tôn Thị Ngọc Hạnh');
  expect(byField.get('authority')!.text).toBe('KT. CHỦ TỊCH');
  for (const e of evidence) {
    expect(e.span).not.toBeNull();
    const source = readFileSync(join(ROOT, e.span!.file), 'utf8').normalize('NFC');
    expect(source.slice(e.span!.start, e.span!.end)).toBe(e.text);
  }
});

test('a document known only from references has no field evidence', async () => {
  // 07-KL/TW of the Bộ Chính trị is cited in the seeds but its text is not among them.
  const answer = await t.gql<any>(`{ documents(filter: { code: "07-KL/TW" }) { edges { node { inCorpus fieldEvidence { field } } } } }`);
  expect(answer.errors).toBeUndefined();
  expect(answer.data.documents.edges[0].node).toEqual({ inCorpus: false, fieldEvidence: [] });
});
