import { KeyedSignature } from '../../src/ingest/keyed-signature';
import { PackedSignatures, type PassSignature } from '../../src/ingest/packed-signatures';
import { exactBucketKey } from '../../src/store/sqlite/reuse-keys';

/** Id and spelled keys only (the numbers beside them are checked apart). */
const spelled = (list: PassSignature[]) => list.map(({ documentId, buckets }) => ({ documentId, buckets }));

describe('PackedSignatures', () => {
  it('gives back each document with its bucket keys, in order, a slice at a time', () => {
    const list = new PackedSignatures();
    list.push([
      { documentId: 'doc:a', buckets: ['b0:1f', 'b1:2e'] },
      { documentId: 'doc:b', buckets: [] },
    ]);
    list.push([{ documentId: 'doc:c', buckets: ['b3:00ff'] }]);
    expect(list.length).toBe(3);
    expect(spelled(list.slice(0, 2))).toEqual([
      { documentId: 'doc:a', buckets: ['b0:1f', 'b1:2e'] },
      { documentId: 'doc:b', buckets: [] },
    ]);
    expect(spelled(list.slice(2, 10))).toEqual([{ documentId: 'doc:c', buckets: ['b3:00ff'] }]);
    expect(list.slice(5, 6)).toEqual([]);
  });

  it('refuses a key that would not survive packing', () => {
    const list = new PackedSignatures();
    expect(() => list.push([{ documentId: 'doc:a', buckets: ['b0 1f'] }])).toThrow(RangeError);
    expect(list.length).toBe(0);
  });
});

describe('PackedSignatures with keys of the form reuseBuckets gives', () => {
  it('keeps them as numbers and spells them back exactly', () => {
    const keys = ['b0:0000000000000', 'b0:00a3f00000001', 'b1:fffffffffffff', 'b1:0123456789abc'];
    const list = new PackedSignatures();
    list.push([{ documentId: 'doc:a', buckets: keys }, { documentId: 'doc:b', buckets: ['template'] }]);
    expect(spelled(list.slice(0, 2))).toEqual([
      { documentId: 'doc:a', buckets: keys },
      { documentId: 'doc:b', buckets: ['template'] },
    ]);
    expect(Array.from(list.numericKeys(0)!)).toEqual([0, 0xa3f00000001, 2 ** 52 + (2 ** 52 - 1), 2 ** 52 + 0x0123456789abc]);
    expect(list.numericKeys(1)).toBeNull();
    // The numbers come with the slice, index-aligned with the spelling; none for keys kept as strings.
    const [a, b] = list.slice(0, 2);
    expect(Array.from(a!.keys!)).toEqual(Array.from(list.numericKeys(0)!));
    expect(b!.keys).toBeUndefined();
  });

  it('starts a new chunk rather than split a signature, across many documents', () => {
    const list = new PackedSignatures();
    const key = (n: number) => `b0:${n.toString(16).padStart(13, '0')}`;
    const docs = Array.from({ length: 3000 }, (_, d) => ({ documentId: `doc:${d}`, buckets: Array.from({ length: 700 }, (_, k) => key(d * 700 + k)) }));
    list.push(docs);
    expect(list.length).toBe(3000);
    expect(spelled(list.slice(1497, 1499))).toEqual(docs.slice(1497, 1499));
    expect(spelled(list.slice(2999, 3000))).toEqual(docs.slice(2999));
  });
});

describe('PackedSignatures with keys that came as numbers', () => {
  it('takes the numbers without spelling the strings, and gives back what the strings would give', () => {
    const keys = ['b0:0000000000000', 'b0:00a3f00000001', 'b1:fffffffffffff'];
    const keyed = new KeyedSignature('doc:a', Float64Array.from(keys, (k) => exactBucketKey(k)!));
    const spell = jest.spyOn(KeyedSignature.prototype, 'buckets', 'get');
    const list = new PackedSignatures();
    list.push([keyed, { documentId: 'doc:b', buckets: ['template'] }]);
    expect(spell).not.toHaveBeenCalled();
    spell.mockRestore();
    const fromStrings = new PackedSignatures();
    fromStrings.push([{ documentId: 'doc:a', buckets: keys }, { documentId: 'doc:b', buckets: ['template'] }]);
    expect(list.slice(0, 2)).toEqual(fromStrings.slice(0, 2));
    expect(Array.from(list.numericKeys(0)!)).toEqual(Array.from(keyed.keys));
  });
});
