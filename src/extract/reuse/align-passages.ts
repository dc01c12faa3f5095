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
  /** A seed occurring more often than this in `b` is followed only at its first occurrences (repeated boilerplate). */
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

/** Maximal exact word runs common to both texts, each seeded by a common `seedSize`-gram. */
function exactRuns(ta: ReuseTokens, tb: ReuseTokens, opts: AlignOptions): Run[] {
  const k = opts.seedSize;
  const sa = shingleHashes(ta.hashes, k);
  const sb = shingleHashes(tb.hashes, k);
  const positions = new Map<number, number[]>();
  for (let j = 0; j < sb.length; j++) {
    const list = positions.get(sb[j]!);
    if (list === undefined) positions.set(sb[j]!, [j]);
    else if (list.length < opts.maxOccurrences) list.push(j);
  }
  const wa = ta.words;
  const wb = tb.words;
  // Per diagonal (j − i), the word of `a` up to which a run already reaches: a seed inside it adds nothing.
  const reached = new Map<number, number>();
  const runs: Run[] = [];
  for (let i = 0; i < sa.length; i++) {
    const list = positions.get(sa[i]!);
    if (list === undefined) continue;
    for (const j of list) {
      const diag = j - i;
      if ((reached.get(diag) ?? -1) > i) continue;
      let len = 0;
      while (i + len < wa.length && j + len < wb.length && wa[i + len] === wb[j + len]) len++;
      reached.set(diag, i + Math.max(len, 1));
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
  return alignTokens(reuseTokens(a), reuseTokens(b), opts);
}

/** `alignPassages` over tokens already computed (the caller aligns one document with many). */
export function alignTokens(ta: ReuseTokens, tb: ReuseTokens, opts: AlignOptions = DEFAULT_ALIGN_OPTIONS): AlignedPassage[] {
  if (ta.words.length < opts.seedSize || tb.words.length < opts.seedSize) return [];
  const chains = chainRuns(exactRuns(ta, tb, opts), opts).filter((c) => {
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
    aShare: (c.aEnd - c.aStart) / ta.words.length,
    bShare: (c.bEnd - c.bStart) / tb.words.length,
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
