import { reuseRequestOf, signaturesOf } from '../../src/ingest/reuse-messages';
import { PackedSignatures } from '../../src/ingest/packed-signatures';
import { reuseBuckets } from '../../src/extract/reuse';

describe('reuse worker requests', () => {
  // Real bucket keys (numbers spelt as reuseBuckets spells them) for three texts, one with none.
  const texts = [
    'Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19 trên địa bàn tỉnh.',
    'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, địa phương tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch bệnh theo chỉ đạo của Trung ương.',
    '',
  ];
  const signatures = () => PackedSignatures.from(texts.map((t, i) => ({ documentId: `doc:national:${i + 1}/X:2021`, buckets: t ? reuseBuckets(t) : [] }))).slice(0, 3);

  it('sends the keys as numbers beside the strings, one array transferred, and the worker gets each document its own', () => {
    const batch = signatures();
    expect(batch[0]!.buckets.length).toBeGreaterThan(2);
    const { request, transfer } = reuseRequestOf(batch);
    expect(request.keys!.length).toBe(batch[0]!.buckets.length + batch[1]!.buckets.length);
    expect(transfer).toEqual([request.keys!.buffer]);
    const received = signaturesOf(structuredClone(request, { transfer }));
    expect(received.map((s) => s.documentId)).toEqual(batch.map((s) => s.documentId));
    received.forEach((s, i) => {
      expect(s.buckets).toEqual(batch[i]!.buckets);
      expect(Array.from(s.keys!)).toEqual(Array.from(batch[i]!.keys!));
    });
    expect(received[2]!.buckets).toEqual([]);
    expect(received[2]!.keys!.length).toBe(0);
  });

  it('sends strings alone when a signature of the batch has no numeric keys', () => {
    const batch = signatures();
    const mixed = [batch[0]!, { documentId: 'doc:national:9/X:2021', buckets: ['not-a-number', 'either'] }];
    const { request, transfer } = reuseRequestOf(mixed);
    expect(request.keys).toBeUndefined();
    expect(transfer).toEqual([]);
    const received = signaturesOf(request);
    expect(received[1]).toEqual({ documentId: 'doc:national:9/X:2021', buckets: ['not-a-number', 'either'] });
    expect(received[0]!.keys).toBeUndefined();
    expect(received[0]!.buckets).toEqual(batch[0]!.buckets);
  });
});
