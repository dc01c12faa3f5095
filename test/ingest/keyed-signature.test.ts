import type { FileGraph } from '../../src/domain/graph';
import { reuseBuckets } from '../../src/extract/reuse';
import { exactKeys, graphForTransfer, graphFromTransfer, KeyedSignature, preparedForTransfer, preparedFromTransfer } from '../../src/ingest/keyed-signature';
import { exactBucketKey } from '../../src/store/sqlite/reuse-keys';

const TEXT = 'Yêu cầu các sở, ban, ngành, địa phương tổ chức thực hiện nghiêm túc các biện pháp phòng, chống dịch COVID-19 và báo cáo kết quả về Ủy ban nhân dân tỉnh. ';

function graphWith(signatures: FileGraph['signatures']): FileGraph {
  return { file: { name: 'a.txt', hash: 'h', length: 1 }, documents: [], organizations: [], persons: [], provinces: [], relations: [], signatures, diagnostics: [] };
}

describe('signatures sent by an extraction worker', () => {
  const keys = reuseBuckets(TEXT.repeat(4));

  it('travel as numbers through a structured clone and come back spelling the same keys', () => {
    expect(keys.length).toBeGreaterThan(5);
    const graph = graphWith([{ documentId: 'doc:a', buckets: keys }, { documentId: 'doc:b', buckets: [] }]);
    const sent = structuredClone(graphForTransfer(graph));
    const first = sent.signatures[0]!;
    // structuredClone gives the Node realm's typed array, not the test's: compared as plain arrays.
    expect('keys' in first && Array.from(first.keys)).toEqual(keys.map((k) => exactBucketKey(k)));
    expect('buckets' in first).toBe(false);
    const back = graphFromTransfer(sent);
    expect(back.signatures[0]).toBeInstanceOf(KeyedSignature);
    expect(back.signatures.map((s) => ({ documentId: s.documentId, buckets: s.buckets }))).toEqual(graph.signatures);
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(graph)));
  });

  it('keep their strings when some key has no exact number (another producer, a band past 1)', () => {
    const other = [keys[0]!, 'template'];
    const banded = ['b2:0000000000001'];
    const graph = graphWith([{ documentId: 'doc:a', buckets: other }, { documentId: 'doc:b', buckets: banded }]);
    const back = graphFromTransfer(structuredClone(graphForTransfer(graph)));
    expect(back.signatures).toEqual(graph.signatures);
    expect(back.signatures.some((s) => s instanceof KeyedSignature)).toBe(false);
    expect(exactKeys(other)).toBeNull();
  });

  it('leave a prepared file without a graph as it is, and carry one that has a graph', () => {
    const rejection = { fileName: 'x.txt', bytes: 0, rejection: { reason: 'empty' as const, message: 'x.txt is empty' } };
    expect(preparedFromTransfer(structuredClone(preparedForTransfer(rejection)))).toEqual(rejection);
    const prepared = { fileName: 'a.txt', bytes: 9, graph: graphWith([{ documentId: 'doc:a', buckets: keys }]) };
    const back = preparedFromTransfer(structuredClone(preparedForTransfer(prepared)));
    expect(back.graph!.signatures[0]).toBeInstanceOf(KeyedSignature);
    expect(back.graph!.signatures[0]!.buckets).toEqual(keys);
  });

  it('spell their keys once, when first asked', () => {
    const signature = new KeyedSignature('doc:a', Float64Array.from(keys, (k) => exactBucketKey(k)!));
    expect(signature.buckets).toBe(signature.buckets);
    expect(signature.buckets).toEqual(keys);
  });
});
