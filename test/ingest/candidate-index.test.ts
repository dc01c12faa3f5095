import fc from 'fast-check';
import { buildCandidateIndex, CandidateIndex, distinctKeys } from '../../src/ingest/candidate-index';
import { PackedSignatures } from '../../src/ingest/packed-signatures';

const key = (band: number, n: number): string => `b${band}:${n.toString(16).padStart(13, '0')}`;
const packed = (list: Array<{ documentId: string; buckets: string[] }>): PackedSignatures => {
  const p = new PackedSignatures();
  p.push(list);
  return p;
};

describe('buildCandidateIndex / CandidateIndex', () => {
  it('counts a document described by two files once per bucket, and leaves out buckets only one document holds', () => {
    const data = buildCandidateIndex(
      packed([
        { documentId: 'doc:a', buckets: [key(0, 1), key(0, 2), key(1, 9)] },
        { documentId: 'doc:b', buckets: [key(0, 1), key(0, 2)] },
        // doc:a again, from another file: its key 1 must not make two holders of it.
        { documentId: 'doc:a', buckets: [key(0, 1), key(0, 3)] },
      ]),
    )!;
    expect(Array.from(data.keys)).toEqual([1, 2]);
    expect(Array.from(data.offsets)).toEqual([0, 2, 4]);
    expect(data.ids).toEqual(['doc:a', 'doc:b']);
    const index = new CandidateIndex(data);
    expect(index.candidates([key(0, 1), key(0, 2), key(0, 3)], 10, 50)).toEqual({
      candidates: [
        { documentId: 'doc:a', shared: 2 },
        { documentId: 'doc:b', shared: 2 },
      ],
      stop: [],
    });
    // Over the cap (held by two, cap one): a stop bucket, counted for no one.
    expect(index.candidates([key(0, 1), key(0, 2)], 10, 1)).toEqual({ candidates: [], stop: [key(0, 1), key(0, 2)] });
  });

  it('orders by shared buckets, then id, and stops at the limit', () => {
    const index = new CandidateIndex(
      buildCandidateIndex(
        packed([
          { documentId: 'doc:z', buckets: [key(0, 1), key(0, 2)] },
          { documentId: 'doc:y', buckets: [key(0, 1)] },
          { documentId: 'doc:x', buckets: [key(0, 1)] },
          { documentId: 'doc:q', buckets: [key(0, 1), key(0, 2)] },
        ]),
      )!,
    );
    expect(index.candidates([key(0, 1), key(0, 2)], 3, 50).candidates).toEqual([
      { documentId: 'doc:q', shared: 2 },
      { documentId: 'doc:z', shared: 2 },
      { documentId: 'doc:x', shared: 1 },
    ]);
  });

  it('leaves out documents sharing fewer than minShared buckets before the limit, and counts afresh on the next lookup', () => {
    const index = new CandidateIndex(
      buildCandidateIndex(
        packed([
          { documentId: 'doc:a', buckets: [key(0, 1)] },
          { documentId: 'doc:b', buckets: [key(0, 1)] },
          { documentId: 'doc:z', buckets: [key(0, 1), key(0, 2)] },
          { documentId: 'doc:q', buckets: [key(0, 2), key(0, 3)] },
          { documentId: 'doc:r', buckets: [key(0, 3)] },
        ]),
      )!,
    );
    // Without the floor, doc:a (one bucket) would take the third place.
    expect(index.candidates([key(0, 1), key(0, 2), key(0, 3)], 3, 50, undefined, 2).candidates).toEqual([
      { documentId: 'doc:q', shared: 2 },
      { documentId: 'doc:z', shared: 2 },
    ]);
    expect(index.candidates([key(0, 1)], 10, 50).candidates).toEqual([
      { documentId: 'doc:a', shared: 1 },
      { documentId: 'doc:b', shared: 1 },
      { documentId: 'doc:z', shared: 1 },
    ]);
  });

  it('with minShared, answers as the full ranking would with the documents under it removed (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 40 }),
        (docs, asked, limit, minShared, cap) => {
          const index = new CandidateIndex(buildCandidateIndex(packed(docs.map((keys, d) => ({ documentId: `doc:${d}`, buckets: keys.map((k) => key(0, k)) }))))!);
          const buckets = asked.map((k) => key(0, k));
          const full = index.candidates(buckets, docs.length, cap);
          const floored = index.candidates(buckets, limit, cap, undefined, minShared);
          expect(floored.stop).toEqual(full.stop);
          expect(floored.candidates).toEqual(full.candidates.filter((c) => c.shared >= minShared).slice(0, limit));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('takes the keys as numbers alongside their spelling, and counts a repeated key once either way', () => {
    const signatures = packed([
      { documentId: 'doc:a', buckets: [key(0, 1), key(0, 2), key(1, 7)] },
      { documentId: 'doc:b', buckets: [key(0, 1), key(1, 7)] },
      { documentId: 'doc:c', buckets: [key(0, 2), key(1, 7)] },
    ]);
    const index = new CandidateIndex(buildCandidateIndex(signatures)!);
    const [a] = signatures.slice(0, 1);
    expect(Array.from(a!.keys!)).toEqual([1, 2, 2 ** 52 + 7]);
    const bySpelling = index.candidates(a!.buckets, 10, 2);
    expect(bySpelling).toEqual({ candidates: [{ documentId: 'doc:a', shared: 2 }, { documentId: 'doc:b', shared: 1 }, { documentId: 'doc:c', shared: 1 }], stop: [key(1, 7)] });
    expect(index.candidates(a!.buckets, 10, 2, a!.keys)).toEqual(bySpelling);
    // Keys not strictly ascending (a repeat): each distinct key still counts once.
    const repeated = [key(0, 1), key(0, 1), key(0, 2)];
    expect(index.candidates(repeated, 10, 2, new Float64Array([1, 1, 2]))).toEqual(index.candidates([key(0, 1), key(0, 2)], 10, 2));
    expect(index.candidates(repeated, 10, 2, new Float64Array([1, 1, 2])).candidates[0]).toEqual({ documentId: 'doc:a', shared: 2 });
  });

  it('declines keys without an exact number (more than two bands), so the store answers instead', () => {
    expect(buildCandidateIndex(packed([{ documentId: 'doc:a', buckets: [key(5, 1)] }]))).toBeNull();
  });

  it('lists every key of the signatures once, ascending, band 1 above band 0; none when a key is not a number', () => {
    const keys = distinctKeys(
      packed([
        { documentId: 'doc:a', buckets: [key(1, 2), key(0, 7), key(0, 3)] },
        { documentId: 'doc:b', buckets: [key(0, 7), key(1, 2)] },
      ]),
    );
    expect(Array.from(keys!)).toEqual([3, 7, 2 ** 52 + 2]);
    expect(distinctKeys(packed([{ documentId: 'doc:a', buckets: [key(0, 1), 'template'] }]))).toBeNull();
  });

  it('takes stop buckets from the flags it was given (as the store counted them), not from the documents it lists', () => {
    // A key whose documents were not read because the store counted it over the cap, and one listed with three.
    const index = new CandidateIndex({
      keys: Float64Array.from([1, 2]),
      offsets: Int32Array.from([0, 0, 3]),
      docs: Int32Array.from([0, 1, 2]),
      ids: ['doc:a', 'doc:b', 'doc:c'],
      stop: Uint8Array.from([1, 0]),
    });
    expect(index.candidates([key(0, 1), key(0, 2)], 10, 2)).toEqual({
      candidates: [
        { documentId: 'doc:a', shared: 1 },
        { documentId: 'doc:b', shared: 1 },
        { documentId: 'doc:c', shared: 1 },
      ],
      stop: [key(0, 1)],
    });
  });
});
