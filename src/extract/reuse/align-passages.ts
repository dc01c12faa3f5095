import { reuseTokens, type ReuseTokens } from './reuse-tokens';
import { shingleHashes } from './shingles';

/** Offsets (UTF-16, end exclusive) into one of the compared texts. */
export interface TextRange {
  start: number;
  end: number;
}

/** A passage found near-verbatim in both texts. */
export interface AlignedPassage {
  /** Where it stands in the first text (`a`): from its first matched word to its last. */
  a: TextRange;
  /** Where it stands in the second text (`b`). */
  b: TextRange;
  /** Words of the passage in `a` and in `b` (they differ by OCR insertions and deletions). */
  aWords: number;
  bWords: number;
  /** Words inside exact runs (seeded by common shingles); the rest are OCR or editing differences. */
  matchedWords: number;
  /** Share of all words of `a` (of `b`) that lie in this passage. */
  aShare: number;
  bShare: number;
}

export interface AlignOptions {
  /**
   * Shortest passage reported, in matched words. Words are counted as
   * written, i.e. Vietnamese syllables (`phòng`, `chống`): 20 of them make a
   * short sentence (about 12 English words), enough to leave out shared
   * names of bodies (`Ban Chỉ đạo phòng, chống dịch bệnh ở người tỉnh …`) and
   * citations (`Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ`).
   */
  minWords: number;
  /** Words per seed: two texts must agree on this many words in a row to start a run. */
  seedSize: number;
  /** Largest gap (in words, on each side) bridged between two exact runs: OCR errors, small edits. */
  maxGap: number;
  /** Least share of a passage's words inside exact runs; keeps paraphrases out. */
  minDensity: number;
  /** A seed occurring more often than this in `a` is followed only at its first occurrences (repeated boilerplate). */
  maxOccurrences: number;
}

export const DEFAULT_ALIGN_OPTIONS: Readonly<AlignOptions> = Object.freeze({
  minWords: 20,
  seedSize: 4,
  maxGap: 8,
  minDensity: 0.6,
  maxOccurrences: 32,
});

interface Run {
  i: number;
  j: number;
  len: number;
}

interface Chain {
  aStart: number;
  bStart: number;
  aEnd: number;
  bEnd: number;
  matched: number;
}

/**
 * A text made ready to be aligned with many others: its words, its seeds
 * (word `seedSize`-grams) and, built on first use, an index of where each
 * seed occurs. `detectReuse` prepares each text once; typed arrays rather
 * than a Map of lists, because allocation dominated the cost.
 */
export interface PreparedText {
  readonly tokens: ReuseTokens;
  readonly seedSize: number;
  readonly seeds: Uint32Array;
  /** Where each seed occurs (`seedPositions`): what a text aligned as the first (`a`) is searched through. */
  readonly index: SeedIndex;
}

/**
 * The positions of each seed of a text: an open-addressing table from a
 * seed's hash to its first position, and from each position to the next
 * one with the same seed, behind a bit set of the hashes' low bits. It
 * replaced the seeds sorted by hash (a binary search per seed found behind
 * the same bit set). Preparing a text took 52–53 µs with the sort, and
 * takes 4 µs without an index and 22–23 µs with one (best of 12 rounds over
 * a sample of 3,000 texts of the 100k store, 707 words on average).
 */
export interface SeedIndex {
  /**
   * One bit per value of a seed hash's low 16 bits, set when some seed has
   * it: most seeds of the other text are absent from this one, and one bit
   * test turns them away (a probe of the half-full table takes 2.5 slots on
   * average to find a hash absent).
   */
  readonly present: Uint32Array;
  /** First position + 1 of the seed whose hash probes here first (linear probing), 0 for an empty slot. */
  readonly slots: Int32Array;
  /** Per position: the next position holding the same seed, −1 after the last. */
  readonly next: Int32Array;
  /** `32 − log2(slots.length)`: a hash's home slot is its Fibonacci hash shifted right by this. */
  readonly shift: number;
}

const PRESENT_BITS = 16;

/** Texts of this many words or more are not aligned (no letter comes near; it bounds a prepared text's memory). */
const MAX_ALIGNED_WORDS = 2 ** 21;

/**
 * In a national corpus's reuse pass most texts prepared are candidates,
 * read as `b` (through their seeds alone) and evicted from the pass's cache
 * before their own document comes up: the index is built on first use.
 */
class IndexedText implements PreparedText {
  private built: SeedIndex | null = null;

  constructor(
    readonly tokens: ReuseTokens,
    readonly seedSize: number,
    readonly seeds: Uint32Array,
  ) {}

  get index(): SeedIndex {
    return (this.built ??= seedIndex(this.seeds));
  }
}

function homeSlot(hash: number, shift: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> shift;
}

function seedIndex(seeds: Uint32Array): SeedIndex {
  const n = seeds.length;
  let bits = 4;
  // At most half full: a seed present is found in one or two probes (the bit set turns most absent ones away).
  while (1 << bits < 2 * n) bits++;
  const slots = new Int32Array(1 << bits);
  const mask = slots.length - 1;
  const shift = 32 - bits;
  const next = new Int32Array(n);
  // From the end, each position put in front of its seed's list: the lists come out ascending.
  for (let i = n - 1; i >= 0; i--) {
    const hash = seeds[i]!;
    let slot = homeSlot(hash, shift);
    for (;;) {
      const at = slots[slot]!;
      if (at === 0 || seeds[at - 1] === hash) {
        next[i] = at - 1;
        slots[slot] = i + 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const present = new Uint32Array((1 << PRESENT_BITS) >>> 5);
  for (let i = 0; i < n; i++) {
    const low = seeds[i]! & ((1 << PRESENT_BITS) - 1);
    present[low >>> 5]! |= 1 << (low & 31);
  }
  return { present, slots, next, shift };
}

/** The first position of the seed `hash` in the indexed text, or −1. */
function firstPosition(index: SeedIndex, seeds: Uint32Array, hash: number): number {
  const low = hash & ((1 << PRESENT_BITS) - 1);
  if ((index.present[low >>> 5]! & (1 << (low & 31))) === 0) return -1;
  const { slots } = index;
  const mask = slots.length - 1;
  for (let slot = homeSlot(hash, index.shift); ; slot = (slot + 1) & mask) {
    const at = slots[slot]!;
    if (at === 0) return -1;
    if (seeds[at - 1] === hash) return at - 1;
  }
}

/** Every position of the seed `hash` in a prepared text, ascending (diagnostics and tests; alignment walks the index itself). */
export function seedPositions(prepared: PreparedText, hash: number): number[] {
  const positions: number[] = [];
  for (let i = firstPosition(prepared.index, prepared.seeds, hash); i >= 0; i = prepared.index.next[i]!) positions.push(i);
  return positions;
}

export function prepareText(tokens: ReuseTokens, opts: Pick<AlignOptions, 'seedSize'> = DEFAULT_ALIGN_OPTIONS): PreparedText {
  const usable = tokens.ids.length >= opts.seedSize && tokens.ids.length < MAX_ALIGNED_WORDS;
  return new IndexedText(tokens, opts.seedSize, usable ? shingleHashes(tokens.hashes, opts.seedSize) : new Uint32Array(0));
}

/** Maximal exact word runs common to both texts, each seeded by a common `seedSize`-gram; `i` indexes `a`, `j` indexes `b`. */
function exactRuns(pa: PreparedText, pb: PreparedText, maxOccurrences: number): Run[] {
  const k = pa.seedSize;
  const wa = pa.tokens.ids;
  const wb = pb.tokens.ids;
  const index = pa.index;
  const next = index.next;
  // Per diagonal (j − i, offset by |a| to index an array), the word of `b` up to which a run already
  // reaches: a seed inside it adds nothing. A typed array, not a Map: this is the hottest loop of reuse.
  const reached = new Int32Array(wa.length + wb.length).fill(-1);
  const runs: Run[] = [];
  for (let j = 0; j < pb.seeds.length; j++) {
    // A seed repeated more than `maxOccurrences` times in `a` is followed only at its first occurrences.
    let occurrences = 0;
    for (let i = firstPosition(index, pa.seeds, pb.seeds[j]!); i >= 0 && occurrences < maxOccurrences; i = next[i]!, occurrences++) {
      const diag = j - i + wa.length;
      if (reached[diag]! > j) continue;
      let len = 0;
      while (i + len < wa.length && j + len < wb.length && wa[i + len] === wb[j + len]) len++;
      reached[diag] = j + Math.max(len, 1);
      if (len >= k) runs.push({ i, j, len });
    }
  }
  return runs;
}

/** Joins exact runs separated by small gaps into passages (greedy, in text order of `a`). */
function chainRuns(runs: Run[], opts: AlignOptions): Chain[] {
  runs.sort((x, y) => x.i - y.i || y.len - x.len || x.j - y.j);
  const closed: Chain[] = [];
  let open: Chain[] = [];
  for (const run of runs) {
    const still: Chain[] = [];
    for (const c of open) (c.aEnd + opts.maxGap < run.i ? closed : still).push(c);
    open = still;
    let best: Chain | null = null;
    let bestGap = Infinity;
    for (const c of open) {
      // A run may start inside the chain's end when words repeat; trim it to the chain's end.
      const trim = Math.max(0, c.aEnd - run.i, c.bEnd - run.j);
      if (trim >= run.len) continue;
      const gapA = run.i + trim - c.aEnd;
      const gapB = run.j + trim - c.bEnd;
      if (gapA > opts.maxGap || gapB > opts.maxGap) continue;
      const gap = gapA + gapB;
      if (gap < bestGap) {
        best = c;
        bestGap = gap;
      }
    }
    if (best !== null) {
      const trim = Math.max(0, best.aEnd - run.i, best.bEnd - run.j);
      best.aEnd = run.i + run.len;
      best.bEnd = run.j + run.len;
      best.matched += run.len - trim;
    } else {
      open.push({ aStart: run.i, bStart: run.j, aEnd: run.i + run.len, bEnd: run.j + run.len, matched: run.len });
    }
  }
  return closed.concat(open);
}

function overlaps(s1: number, e1: number, s2: number, e2: number): boolean {
  return s1 < e2 && s2 < e1;
}

/** Keeps passages one-to-one: the best-matched first, then those not overlapping it in either text. */
function selectDisjoint(chains: Chain[]): Chain[] {
  const sorted = [...chains].sort((x, y) => y.matched - x.matched || x.aStart - y.aStart || x.bStart - y.bStart);
  const kept: Chain[] = [];
  for (const c of sorted) {
    const clash = kept.some(
      (k) => overlaps(c.aStart, c.aEnd, k.aStart, k.aEnd) || overlaps(c.bStart, c.bEnd, k.bStart, k.bEnd),
    );
    if (!clash) kept.push(c);
  }
  return kept.sort((x, y) => x.aStart - y.aStart);
}

/**
 * Passages of `a` reproduced near-verbatim in `b` (a sentence or more):
 * exact runs seeded by common word n-grams, joined across small gaps (OCR
 * errors, an inserted or dropped word), kept when long and dense enough, and
 * one-to-one. Offsets are into `a` and `b` as given. Ordered by position in `a`.
 */
export function alignPassages(a: string, b: string, options: Partial<AlignOptions> = {}): AlignedPassage[] {
  const opts: AlignOptions = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  return alignPrepared(prepareText(reuseTokens(a), opts), prepareText(reuseTokens(b), opts), opts);
}

/**
 * `alignPassages` over prepared texts (the caller aligns one document with
 * many). Both must be prepared with `opts.seedSize`.
 */
export function alignPrepared(pa: PreparedText, pb: PreparedText, opts: AlignOptions = DEFAULT_ALIGN_OPTIONS): AlignedPassage[] {
  const ta = pa.tokens;
  const tb = pb.tokens;
  if (pa.seeds.length === 0 || pb.seeds.length === 0) return [];
  const chains = chainRuns(exactRuns(pa, pb, opts.maxOccurrences), opts).filter((c) => {
    const aWords = c.aEnd - c.aStart;
    const bWords = c.bEnd - c.bStart;
    return c.matched >= opts.minWords && c.matched >= opts.minDensity * Math.max(aWords, bWords);
  });
  return selectDisjoint(chains).map((c) => ({
    a: { start: ta.starts[c.aStart]!, end: ta.ends[c.aEnd - 1]! },
    b: { start: tb.starts[c.bStart]!, end: tb.ends[c.bEnd - 1]! },
    aWords: c.aEnd - c.aStart,
    bWords: c.bEnd - c.bStart,
    matchedWords: c.matched,
    aShare: (c.aEnd - c.aStart) / ta.ids.length,
    bShare: (c.bEnd - c.bStart) / tb.ids.length,
  }));
}

/** Share of each text covered by the (disjoint) passages. */
export function passageCoverage(passages: readonly AlignedPassage[]): { a: number; b: number } {
  let a = 0;
  let b = 0;
  for (const p of passages) {
    a += p.aShare;
    b += p.bShare;
  }
  return { a: Math.min(1, a), b: Math.min(1, b) };
}
