import { lowerBound } from '../shared/lower-bound';

/**
 * Looks keys up in an ascending array of spread-out numbers (reuse bucket
 * keys are hash values) through a directory of slots over their range: the
 * slot of a key gives the few entries it can be among, instead of a binary
 * search of all of them. The reuse pass looks up every key of every
 * document, ≈ 140 a document, in an index of millions; at 100k documents a
 * full binary search was ≈ 22 probes a key, now ≈ 3. Any order of values is
 * answered correctly (a crowded slot only costs a longer search inside it).
 */
export class KeyDirectory {
  private readonly starts: Int32Array;
  private readonly min: number;
  private readonly max: number;
  private readonly slots: KeySlots;

  /** `keys` ascending; about `keysPerSlot` of them a slot when they are spread evenly. */
  constructor(
    private readonly keys: Float64Array,
    keysPerSlot = 8,
  ) {
    const n = keys.length;
    this.min = n > 0 ? keys[0]! : 0;
    this.max = n > 0 ? keys[n - 1]! : -1;
    this.slots = new KeySlots(Math.max(1, Math.ceil(n / keysPerSlot)), this.min, this.max);
    // starts[s] = the first index whose key's slot is s or later.
    this.starts = new Int32Array(this.slots.count + 1);
    let slot = 0;
    for (let i = 0; i < n; i++) {
      const s = this.slots.of(keys[i]!);
      while (slot <= s) this.starts[slot++] = i;
    }
    while (slot <= this.slots.count) this.starts[slot++] = n;
  }

  /** Index of `key` in the keys, or -1. */
  indexOf(key: number): number {
    if (!(key >= this.min && key <= this.max)) return -1;
    const s = this.slots.of(key);
    const to = this.starts[s + 1]!;
    const i = lowerBound(this.keys, key, this.starts[s]!, to);
    return i < to && this.keys[i] === key ? i : -1;
  }
}

/**
 * `count` slots of equal width over the keys' range `[min, max]`. Monotone
 * in the key (rounding keeps the product monotone), so the keys of a slot
 * are contiguous in ascending order.
 */
export class KeySlots {
  private readonly scale: number;

  constructor(
    readonly count: number,
    private readonly min: number,
    max: number,
  ) {
    this.scale = count / (max - min + 1);
  }

  of(key: number): number {
    return Math.min(this.count - 1, Math.floor((key - this.min) * this.scale));
  }
}
