import { reuseTokens, type ReuseTokens } from './reuse-tokens';
import { lowerBound } from '../../shared/lower-bound';
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
 * A text made ready to be aligned with many others: its words and its seeds
 * (word `seedSize`-grams) sorted by hash, so a seed of the other text is
 * found by binary search. `detectReuse` prepares each text once; typed
 * arrays rather than a Map of lists, because allocation dominated the cost.
 */
export interface PreparedText {
  readonly tokens: ReuseTokens;
  readonly seedSize: number;
  readonly seeds: Uint32Array;
  /** `hash · 2^21 + position` of every seed, ascending (exact in a double for texts under 2 million words). */
  readonly sorted: Float64Array;
  /**
   * One bit per value of a seed hash's low 16 bits, set when some seed has
   * it: most seeds of the other text are absent from this one, and one bit
   * test turns them away before a binary search.
   */
  readonly present: Uint32Array;
}

const PRESENT_BITS = 16;

const POSITION_SPAN = 2 ** 21;

export function prepareText(tokens: ReuseTokens, opts: Pick<AlignOptions, 'seedSize'> = DEFAULT_ALIGN_OPTIONS): PreparedText {
  const usable = tokens.ids.length >= opts.seedSize && tokens.ids.length < POSITION_SPAN;
  const seeds = usable ? shingleHashes(tokens.hashes, opts.seedSize) : new Uint32Array(0);
  const sorted = new Float64Array(seeds.length);
  for (let i = 0; i < seeds.length; i++) sorted[i] = seeds[i]! * POSITION_SPAN + i;
  sorted.sort();
  const present = new Uint32Array((1 << PRESENT_BITS) >>> 5);
  for (let i = 0; i < seeds.length; i++) {
    const low = seeds[i]! & ((1 << PRESENT_BITS) - 1);
    present[low >>> 5]! |= 1 << (low & 31);
  }
  return { tokens, seedSize: opts.seedSize, seeds, sorted, present };
}

/** Maximal exact word runs common to both texts, each seeded by a common `seedSize`-gram; `i` indexes `a`, `j` indexes `b`. */
function exactRuns(pa: PreparedText, pb: PreparedText, maxOccurrences: number): Run[] {
  const k = pa.seedSize;
  const wa = pa.tokens.ids;
  const wb = pb.tokens.ids;
  const sorted = pa.sorted;
  // Per diagonal (j − i, offset by |a| to index an array), the word of `b` up to which a run already
  // reaches: a seed inside it adds nothing. A typed array, not a Map: this is the hottest loop of reuse.
  const reached = new Int32Array(wa.length + wb.length).fill(-1);
  const runs: Run[] = [];
  for (let j = 0; j < pb.seeds.length; j++) {
    const hash = pb.seeds[j]!;
    const low = hash & ((1 << PRESENT_BITS) - 1);
    if ((pa.present[low >>> 5]! & (1 << (low & 31))) === 0) continue;
    const end = (hash + 1) * POSITION_SPAN;
    const first = lowerBound(sorted, hash * POSITION_SPAN);
    // A seed repeated more than `maxOccurrences` times in `a` is followed only at its first occurrences.
    for (let x = first; x < sorted.length && sorted[x]! < end && x - first < maxOccurrences; x++) {
      const i = sorted[x]! - hash * POSITION_SPAN;
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
