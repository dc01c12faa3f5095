import { fmix32 } from '../../../src/extract/reuse/hash32';
import { permutationSeeds, windowSignatures } from '../../../src/extract/reuse/minhash';

/** The definition: each window's minimum of each permuted shingle hash, window by window. */
function naiveSignatures(hashes: Uint32Array, seeds: Uint32Array, starts: number[], window: number): number[] {
  const out: number[] = [];
  for (const start of starts) {
    for (const seed of seeds) {
      let min = 0xffffffff;
      for (let i = start; i < Math.min(hashes.length, start + window); i++) min = Math.min(min, fmix32(hashes[i]! ^ seed));
      out.push(min);
    }
  }
  return out;
}

/** Deterministic pseudo-random shingle hashes. */
function hashesOf(count: number, seed: number): Uint32Array {
  const out = new Uint32Array(count);
  let s = seed;
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = fmix32(s);
  }
  return out;
}

describe('windowSignatures', () => {
  const seeds = permutationSeeds(6);

  it.each([
    // count, window, block, starts: aligned windows, the flush window off the blocks, a window past the end
    [100, 16, 8, [0, 8, 16, 80, 84]],
    [21, 16, 8, [0, 5]],
    [9, 16, 8, [0]],
    [1, 16, 8, [0]],
    [50, 24, 12, [0, 12, 24, 26]],
    [40, 7, 1, [0, 3, 6, 33]],
    [30, 10, 5, [0, 5, 10, 15, 20, 25]],
  ])('equals the minimum over each window for %i shingles, windows of %i, blocks of %i', (count, window, block, starts) => {
    const hashes = hashesOf(count, count * 31 + window);
    expect(Array.from(windowSignatures(hashes, seeds, starts, window, block))).toEqual(naiveSignatures(hashes, seeds, starts, window));
  });

  it('gives the empty window no value below the maximum', () => {
    expect(Array.from(windowSignatures(new Uint32Array(0), seeds, [0], 16, 8))).toEqual(new Array(6).fill(0xffffffff));
  });
});
