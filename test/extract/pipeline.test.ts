import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RelationType } from '../../src/domain/relation-type';
import { extractFile } from '../../src/extract/pipeline';
import { toContractJson } from '../../src/extract/to-contract-json';

const seed = (prefix: string) => {
  const dir = join(__dirname, '..', '..', 'seeds');
  const name = readdirSync(dir).find((f) => f.startsWith(prefix))!;
  return { name: `seeds/${name}`, bytes: readFileSync(join(dir, name)) };
};

describe('extractFile on the Đắk Nông packet (seed 000)', () => {
  const { name, bytes } = seed('000_');
  const graph = extractFile(bytes, { fileName: name });
  const source = bytes.toString('utf8').normalize('NFC');

  it('is deterministic: the same text gives the same graph', () => {
    expect(extractFile(bytes, { fileName: name })).toEqual(graph);
  });

  it('records the file by name, NFC length and content hash', () => {
    expect(graph.file.name).toBe(name);
    expect(graph.file.length).toBe(source.length);
    expect(graph.file.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('points every evidence span at its text in the NFC source', () => {
    const evidences = [
      ...graph.relations.flatMap((r) => r.evidence),
      ...graph.documents.flatMap((d) => (d.signature ? [d.signature.evidence] : [])),
      ...graph.documents.flatMap((d) => d.provinceInference?.evidence ?? []),
    ];
    expect(evidences.length).toBeGreaterThan(10);
    for (const e of evidences) {
      expect(e.span).not.toBeNull();
      expect(e.span!.file).toBe(name);
      expect(source.slice(e.span!.start, e.span!.end)).toBe(e.text);
    }
  });

  it('keeps the 470-CV/TU pages: its last page (Điền Kré) is read from inside 473-CV/TU', () => {
    const doc470 = graph.documents.find((d) => d.code === '470-CV/TU')!;
    const lastPage = source.indexOf('trở công tác phòng, chống dịch.\n\n6. Ban Tuyên giáo');
    expect(lastPage).toBeGreaterThan(0);
    expect(doc470.sources.some((s) => s.start <= lastPage && lastPage < s.end)).toBe(true);
    expect(doc470.text).toContain('cản trở công tác phòng, chống dịch.');
    const doc473 = graph.documents.find((d) => d.code === '473-CV/TU')!;
    expect(doc473.text).not.toContain('6. Ban Tuyên giáo');
  });

  it('makes cited instruments documents not in the corpus, scoped national or by province', () => {
    const kl07 = graph.documents.find((d) => d.code === '07-KL/TW')!;
    expect(kl07).toMatchObject({ id: 'doc:national:07-KL/TW:2021', inCorpus: false, text: null, issuedOn: '2021-06-11' });
    const cv402 = graph.documents.find((d) => d.code === '402-CV/TU')!;
    expect(cv402).toMatchObject({ id: 'doc:dak-nong:402-CV/TU:2021', provinceId: 'province:dak-nong', inCorpus: false });
    const dien = graph.documents.find((d) => d.type === 'DIEN')!;
    expect(dien.id).toBe('doc:national:dien:thuong-truc-ban-bi-thu:2021-07-21');
  });

  it('links a citation of a document of the same file to that document, not to a copy', () => {
    expect(graph.documents.filter((d) => d.code === '470-CV/TU')).toHaveLength(1);
    expect(graph.relations.some((r) => r.type === RelationType.ATTACHES && r.targetId === 'doc:dak-nong:470-CV/TU:2021')).toBe(true);
  });

  it('fills reuse signatures for every in-corpus document', () => {
    expect(graph.signatures.map((s) => s.documentId)).toEqual(graph.documents.filter((d) => d.inCorpus).map((d) => d.id));
    for (const s of graph.signatures) expect(s.buckets.length).toBeGreaterThan(0);
  });

  it('has no edge to a document it does not hold', () => {
    const ids = new Set(graph.documents.map((d) => d.id));
    for (const r of graph.relations) {
      expect(ids.has(r.sourceId)).toBe(true);
      expect(ids.has(r.targetId)).toBe(true);
    }
    const orgIds = new Set(graph.organizations.map((o) => o.id));
    for (const o of graph.organizations) if (o.parentId) expect(orgIds.has(o.parentId)).toBe(true);
    for (const d of graph.documents) if (d.issuerId) expect(orgIds.has(d.issuerId)).toBe(true);
  });
});

describe('extractFile on a file holding one document twice', () => {
  it('merges the copies into one node with both sources and a diagnostic', () => {
    const { bytes } = seed('003_');
    const text = bytes.toString('utf8');
    const graph = extractFile(`${text}\n\n${text}`, { fileName: 'twice.txt' });
    const docs = graph.documents.filter((d) => d.inCorpus);
    expect(docs.map((d) => d.code)).toEqual(['342-CV/TU']);
    expect(docs[0]!.sources.length).toBe(2);
    expect(docs[0]!.diagnostics.map((d) => d.code)).toContain('document-duplicate');
    expect(graph.signatures).toHaveLength(1);
  });
});

describe('a reference restated many times', () => {
  it('keeps a bounded number of evidence passages on its relation', () => {
    const sentence = 'Các cấp tiếp tục thực hiện nghiêm Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.';
    const text = `ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n\nSố: 1/UBND-VX\n\nNinh Bình, ngày 1 tháng 8 năm 2021\n\n${Array.from({ length: 60 }, (_, i) => `Nội dung thứ ${i + 1}: ${sentence}`).join('\n\n')}`;
    const graph = extractFile(text, { fileName: 'many.txt' });
    const cites = graph.relations.find((r) => r.type === RelationType.CITES && r.targetId === 'doc:national:16/CT-TTg:2020')!;
    expect(cites.evidence.length).toBeGreaterThan(1);
    expect(cites.evidence.length).toBeLessThanOrEqual(20);
    expect(new Set(cites.evidence.map((e) => e.span!.start)).size).toBe(cites.evidence.length);
  });
});

describe('documents of unknown province', () => {
  it('do not share bodies or local codes with another unplaced file', () => {
    const { bytes } = seed('001_');
    const text = bytes.toString('utf8');
    const a = extractFile(text, { fileName: 'a.txt' });
    const b = extractFile(text.replace('Dịch Covid-19 bùng phát', 'Dịch COVID-19 bùng phát'), { fileName: 'b.txt' });
    const issuer = (g: typeof a) => g.documents.find((d) => d.inCorpus)!.issuerId!;
    expect(issuer(a)).toMatch(/^org:unknown-[0-9a-f]{8}:ban-thuong-vu-tinh-uy$/);
    expect(issuer(a)).not.toBe(issuer(b));
    const hdnd = (g: typeof a) => g.documents.find((d) => d.code === '04/2021/NQ-HĐND')!.id;
    expect(hdnd(a)).not.toBe(hdnd(b));
  });
});

describe('extractFile on text with no document', () => {
  it('rejects markup-only text as holding no document', () => {
    expect(() => extractFile('** ~~ **\n\n*', { fileName: 'x.txt' })).toThrow(expect.objectContaining({ name: 'RejectedInputError', reason: 'no-document' }));
  });
});

describe('toContractJson', () => {
  const { name, bytes } = seed('004_');
  const json = toContractJson(extractFile(bytes, { fileName: name }));

  it('uses the GraphQL field names', () => {
    const doc = json.documents.find((d) => d.inCorpus)!;
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['id', 'code', 'number', 'symbol', 'type', 'subject', 'issuedOn', 'issuedOnBounds', 'issuer', 'province', 'signer', 'signerTitle', 'authority', 'recipients', 'urgency', 'inCorpus', 'sources', 'text']),
    );
    expect(doc.issuedOnBounds).toEqual({ earliest: '2021-07-22', latest: '2021-12-31' });
    expect(doc.province).toEqual({ id: 'province:lai-chau', name: 'Lai Châu' });
    expect(doc.signer?.name).toBe('Tổng Thanh Hải');
  });

  it('names relation ends by code, or by type + issuer + issuedOn when unnumbered', () => {
    const implements79 = json.relations.find((r) => r.type === 'IMPLEMENTS' && r.target.code === '79/NQ-CP')!;
    expect(implements79.source).toMatchObject({
      code: null,
      type: 'CONG_VAN',
      issuer: 'Ban cán sự đảng Ủy ban nhân dân tỉnh Lai Châu',
      issuedOn: null,
    });
    expect(implements79.evidence[0]!.span!.file).toBe(name);
    const dien = json.relations.find((r) => r.target.code === null)!;
    expect(dien.target).toMatchObject({ type: 'DIEN', issuer: 'Thường trực Ban Bí thư' });
  });

  it('resolves a later undated mention of a code to the dated one of the same file', () => {
    const nq79 = json.documents.filter((d) => d.code === '79/NQ-CP');
    expect(nq79.map((d) => d.id)).toEqual(['doc:national:79/NQ-CP:2021']);
    expect(nq79[0]!.sources.length).toBeGreaterThan(1);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
