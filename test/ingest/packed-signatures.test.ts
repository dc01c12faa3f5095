import { PackedSignatures } from '../../src/ingest/packed-signatures';

describe('PackedSignatures', () => {
  it('gives back each document with its bucket keys, in order, a slice at a time', () => {
    const list = new PackedSignatures();
    list.push([
      { documentId: 'doc:a', buckets: ['b0:1f', 'b1:2e'] },
      { documentId: 'doc:b', buckets: [] },
    ]);
    list.push([{ documentId: 'doc:c', buckets: ['b3:00ff'] }]);
    expect(list.length).toBe(3);
    expect(list.slice(0, 2)).toEqual([
      { documentId: 'doc:a', buckets: ['b0:1f', 'b1:2e'] },
      { documentId: 'doc:b', buckets: [] },
    ]);
    expect(list.slice(2, 10)).toEqual([{ documentId: 'doc:c', buckets: ['b3:00ff'] }]);
    expect(list.slice(5, 6)).toEqual([]);
  });

  it('refuses a key that would not survive packing', () => {
    const list = new PackedSignatures();
    expect(() => list.push([{ documentId: 'doc:a', buckets: ['b0 1f'] }])).toThrow(RangeError);
    expect(list.length).toBe(0);
  });
});
