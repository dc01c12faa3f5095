import { forEachKeyRun, type KeyLists } from '../../src/ingest/sorted-postings';
import { Prng } from '../../scripts/lib/corpus/prng';

const TWO_POW_52 = 2 ** 52;

/** Lists of keys as `PackedSignatures` gives them; `null` for a list without numeric keys. */
function lists(keyLists: Array<number[] | null>): KeyLists {
  return {
    length: keyLists.length,
    numericKeys: (i) => (keyLists[i] === null ? null : Float64Array.from(keyLists[i]!)),
  };
}

type Run = { key: number; docs: number[] };

function runsOf(keyLists: Array<number[] | null>, docOf: number[]): Run[] {
  const total = keyLists.reduce((n, l) => n + (l?.length ?? 0), 0);
  const runs: Run[] = [];
  forEachKeyRun(lists(keyLists), Int32Array.from(docOf), total, (key, docs, from, to) => {
    runs.push({ key, docs: Array.from(docs.subarray(from, to)) });
  });
  return runs;
}

/** The same answer the plain way: every (key, document) pair sorted, then grouped by key. */
function expectedRuns(keyLists: Array<number[] | null>, docOf: number[]): Run[] {
  const pairs = keyLists.flatMap((keys, s) => (keys ?? []).map((key) => [key, docOf[s]!] as const));
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: Run[] = [];
  for (const [key, doc] of pairs) {
    const last = runs[runs.length - 1];
    if (last && last.key === key) last.docs.push(doc);
    else runs.push({ key, docs: [doc] });
  }
  return runs;
}

describe('forEachKeyRun', () => {
  it('gives each key once, ascending, with its documents ascending, repeats kept', () => {
    // Documents 0 and 1; list 2 is document 0 again (a second file describing it).
    const keyLists = [[30, 10, 20], [20, 40], [10, 50]];
    expect(runsOf(keyLists, [0, 1, 0])).toEqual([
      { key: 10, docs: [0, 0] },
      { key: 20, docs: [0, 1] },
      { key: 30, docs: [0] },
      { key: 40, docs: [1] },
      { key: 50, docs: [0] },
    ]);
  });

  it('visits nothing for no keys, and skips lists without numeric keys', () => {
    expect(runsOf([], [])).toEqual([]);
    expect(runsOf([null, []], [0, 1])).toEqual([]);
    expect(runsOf([null, [7]], [0, 1])).toEqual([{ key: 7, docs: [1] }]);
  });

  it('orders thousands of keys of both bands as a plain sort does, across every slot and region', () => {
    const prng = new Prng(7);
    const next = (): number => prng.next();
    const keyLists: number[][] = [];
    const docOf: number[] = [];
    const shared: number[] = [];
    for (let s = 0; s < 400; s++) {
      const keys: number[] = [];
      for (let k = 0; k < 20; k++) {
        // A quarter of the keys come from a small pool, so that many are held by several documents.
        const key =
          next() < 0.25 && shared.length > 0
            ? shared[Math.floor(next() * shared.length)]!
            : Math.floor(next() * 2) * TWO_POW_52 + Math.floor(next() * TWO_POW_52);
        if (shared.length < 300) shared.push(key);
        keys.push(key);
      }
      keyLists.push(keys);
      // Documents out of list order, some described by two lists.
      docOf.push(Math.floor(next() * 300));
    }
    const runs = runsOf(keyLists, docOf);
    expect(runs).toEqual(expectedRuns(keyLists, docOf));
    expect(runs.some((r) => r.docs.length > 2)).toBe(true);
    expect(runs.length).toBeGreaterThan(5000);
  });

  it('orders keys that are not spread over their range (crowded slots) all the same', () => {
    const prng = new Prng(11);
    const next = (): number => prng.next();
    // One key held 500 times, and a cluster of close keys beside one far away: most postings share a slot.
    const keyLists: number[][] = [];
    const docOf: number[] = [];
    for (let s = 0; s < 500; s++) {
      keyLists.push([TWO_POW_52 * 1.5, 1000 + Math.floor(next() * 50), s % 2 === 0 ? 5 : 2 * TWO_POW_52 - 1]);
      docOf.push(499 - s);
    }
    expect(runsOf(keyLists, docOf)).toEqual(expectedRuns(keyLists, docOf));
  });
});
