import type { Diagnostic } from '../../domain/diagnostic';
import { matchKeyHash } from '../../shared/fold';
import { MatchKeySet } from '../../shared/match-key-set';
import { concatMapped, sliceMapped, sourceRange, type MappedText } from '../text/mapped-text';
import { splitBlocks, type Block } from './blocks';
import { anchorKind, isUpperCaseLine, type AnchorKind } from './header-anchors';
import { BODY_PARAGRAPH_MIN, fragmentKey, makeFragment, sectionsFit, startsMidSentence, type Fragment } from './pages';
import { isStampBlock } from './stamp-block';

export interface SegmentedDocument {
  /** Cleaned text of the document with its pages in reading order. */
  text: MappedText;
  /** Source ranges of the pages it was assembled from, in reading order. */
  ranges: Array<{ start: number; end: number }>;
  /** Number of leading blocks of `text` that belong to the head page (where the header is). */
  diagnostics: Diagnostic[];
}

export interface StampSegment {
  text: MappedText;
  /** Index of the document just before / after the stamp in the file, if any. */
  before: number | null;
  after: number | null;
}

export interface Segmentation {
  documents: SegmentedDocument[];
  stamps: StampSegment[];
}

/** Anchors farther apart than this many blocks do not form one header. */
const HEADER_WINDOW = 6;
/** No header line is longer (the longest is the state motto, or a number and date line run together). */
const MAX_ANCHOR_LINE = 160;
/** A block this long is body text, not a header line. */
const BODY_MIN = 80;

/**
 * Splits a cleaned file into documents and puts their pages in order.
 * A new header (two kinds of header line within a few blocks) starts a document;
 * a page starting mid-sentence is attached where the sentence broke off, checked
 * by section numbering; a repeated page is dropped; a page that never comes is
 * reported as `page-missing`.
 */
export function segment(cleaned: MappedText, fileName: string): Segmentation {
  const blocks = splitBlocks(cleaned);
  const stampFlags = blocks.map(isStampBlock);
  const starts = documentStarts(blocks, stampFlags);

  const units: Block[][] = starts.map(() => []);
  const stampPositions: Array<{ block: Block; unitBefore: number | null }> = [];
  let unit = -1;
  for (const block of blocks) {
    while (unit + 1 < starts.length && block.index >= starts[unit + 1]!) unit++;
    if (stampFlags[block.index]) stampPositions.push({ block, unitBefore: unit >= 0 ? unit : null });
    else if (unit >= 0) units[unit]!.push(block);
  }

  const fragments = units.flatMap((unitBlocks, u) => splitFragments(u, unitBlocks));
  const diagnostics: Diagnostic[][] = units.map(() => []);
  const span = (start: number, end: number) => {
    const r = sourceRange(cleaned, start, end);
    return { file: fileName, start: r.start, end: r.end };
  };

  const dropped = new Set<Fragment>();
  const seen = new Map<string, Fragment>();
  // Only a continuation can be dropped as a repeat, so without one the keys (a fold of every page) are not needed.
  const mayRepeat = fragments.some((fragment) => fragment.continuation);
  for (const fragment of mayRepeat ? fragments : []) {
    const key = fragmentKey(fragment);
    if (seen.has(key) && fragment.continuation) {
      dropped.add(fragment);
      const first = fragment.blocks[0]!;
      const last = fragment.blocks[fragment.blocks.length - 1]!;
      diagnostics[fragment.unit]!.push({
        severity: 'warning',
        code: 'page-duplicate',
        message: 'A page repeats an earlier page word for word; the copy is ignored.',
        span: span(first.start, last.end),
      });
    } else if (!seen.has(key)) seen.set(key, fragment);
  }

  const claimed = new Set<Fragment>(dropped);
  const chains: Fragment[][] = units.map(() => []);
  fragments.forEach((fragment, position) => {
    if (fragment.continuation) return;
    const chain = [fragment];
    claimed.add(fragment);
    let current = fragment;
    let currentPosition = position;
    while (current.dangling) {
      const next = pickContinuation(fragments, claimed, current, currentPosition);
      if (next === null) {
        const last = current.blocks[current.blocks.length - 1]!;
        diagnostics[fragment.unit]!.push({
          severity: 'warning',
          code: 'page-missing',
          message: 'The text breaks off mid-sentence and no page in the file continues it; the rest of this document is missing.',
          span: span(last.end, last.end),
        });
        break;
      }
      claimed.add(next);
      chain.push(next);
      current = next;
      currentPosition = fragments.indexOf(next);
    }
    chains[fragment.unit]!.push(...chain);
  });
  for (const fragment of fragments) {
    if (claimed.has(fragment)) continue;
    claimed.add(fragment);
    chains[fragment.unit]!.push(fragment);
    diagnostics[fragment.unit]!.push({
      severity: 'info',
      code: 'page-orphan',
      message: 'A page starting mid-sentence fits no broken-off page; it is kept with the document it sits in.',
      span: span(fragment.blocks[0]!.start, fragment.blocks[fragment.blocks.length - 1]!.end),
    });
  }

  chains.forEach((chain, u) => {
    chains[u] = dropRepeatedBlocks(chain, diagnostics[u]!, span);
    diagnostics[u]!.push(...gapsInside(chains[u]!, span));
  });
  const documents = chains
    .map((chain, u) => ({ chain, u }))
    .filter(({ chain }) => chain.length > 0)
    .map(({ chain, u }) => assemble(cleaned, chain, diagnostics[u]!));
  const unitToDocument = new Map<number, number>();
  chains.forEach((chain, u) => {
    if (chain.length > 0) unitToDocument.set(u, unitToDocument.size);
  });
  const stamps = stampPositions.map(({ block, unitBefore }) => ({
    text: sliceMapped(cleaned, block.start, block.end),
    before: unitBefore === null ? null : (unitToDocument.get(unitBefore) ?? null),
    after: unitToDocument.get((unitBefore ?? -1) + 1) ?? null,
  }));
  return { documents, stamps };
}

function documentStarts(blocks: Block[], stampFlags: boolean[]): number[] {
  const anchors: Array<{ block: number; kind: AnchorKind }> = [];
  for (const block of blocks) {
    if (stampFlags[block.index]) continue;
    for (const line of block.lines) {
      // Header lines are short and start with a capital (`Số`, a place, a body, the motto): skip the rest cheaply.
      if (line.length > MAX_ANCHOR_LINE || !/^\s*[\p{Lu}\d]/u.test(line)) continue;
      const kind = anchorKind(line.trim());
      if (kind !== null) anchors.push({ block: block.index, kind });
    }
  }
  const starts = [0];
  let cluster: typeof anchors = [];
  const flush = () => {
    const kinds = new Set(cluster.map((a) => a.kind));
    const first = cluster[0];
    // A header starts a new document only once the previous one has some body: junk before the first header is not a document.
    const previousHasBody =
      first !== undefined &&
      blocks.slice(starts[starts.length - 1]!, first.block).some((b) => !stampFlags[b.index] && b.text.length >= BODY_MIN);
    if (first && kinds.size >= 2 && previousHasBody) starts.push(first.block);
    cluster = [];
  };
  for (const anchor of anchors) {
    const last = cluster[cluster.length - 1];
    const bodyBetween =
      last !== undefined && blocks.slice(last.block + 1, anchor.block).some((b) => !stampFlags[b.index] && b.text.length >= BODY_MIN);
    // A header has one number line and one date line: a second one belongs to the next header.
    const repeated = (anchor.kind === 'number' || anchor.kind === 'place-date') && cluster.some((a) => a.kind === anchor.kind);
    if (last && (anchor.block - last.block > HEADER_WINDOW || bodyBetween || repeated)) flush();
    cluster.push(anchor);
  }
  flush();
  return starts;
}

function splitFragments(unit: number, blocks: Block[]): Fragment[] {
  const fragments: Fragment[] = [];
  let current: Block[] = [];
  let continuation = false;
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    // A paragraph never starts in lower case, so one next to body text (before it, or being it, e.g. after a
    // signature that ended another document) is a page that begins mid-sentence; under an upper-case
    // header line it is the subject (`CỦA BAN THƯỜNG VỤ TỈNH ỦY` / `về việc …`).
    const breaks =
      previous !== undefined &&
      startsMidSentence(block) &&
      (block.text.length >= BODY_PARAGRAPH_MIN || previous.text.length >= BODY_PARAGRAPH_MIN) &&
      !previous.lines.every((line) => isUpperCaseLine(line));
    if (breaks && current.length > 0) {
      fragments.push(makeFragment(unit, current, continuation));
      current = [];
      continuation = true;
    }
    current.push(block);
  });
  if (current.length > 0) fragments.push(makeFragment(unit, current, continuation));
  return fragments;
}

/** The page that continues `current`: sections must fit; a fitting number beats an unknown one; nearer after beats elsewhere. */
function pickContinuation(
  fragments: Fragment[],
  claimed: Set<Fragment>,
  current: Fragment,
  position: number,
): Fragment | null {
  const candidates = fragments
    .map((fragment, index) => ({ fragment, index, fit: sectionsFit(current, fragment) }))
    .filter(({ fragment, fit }) => fragment.continuation && !claimed.has(fragment) && fit !== false);
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => {
    const fitA = a.fit === true ? 0 : 1;
    const fitB = b.fit === true ? 0 : 1;
    if (fitA !== fitB) return fitA - fitB;
    const distA = a.index > position ? a.index - position : fragments.length + position - a.index;
    const distB = b.index > position ? b.index - position : fragments.length + position - b.index;
    return distA - distB;
  });
  return candidates[0]!.fragment;
}

/** Paragraphs at least this long are never repeated word for word within one document unless a page was scanned twice. */
const REPEATABLE_MAX = 80;

/**
 * A page scanned twice whose copy starts with a fresh paragraph is not a
 * separate fragment: drop the paragraphs that repeat earlier ones of the same
 * document word for word (`page-duplicate`), splitting fragments around them.
 */
function dropRepeatedBlocks(
  chain: Fragment[],
  diagnostics: Diagnostic[],
  span: (start: number, end: number) => Diagnostic['span'],
): Fragment[] {
  const seen = new MatchKeySet();
  const out: Fragment[] = [];
  for (const fragment of chain) {
    const runs: Block[][] = [[]];
    let dropped: Block[] = [];
    const flush = () => {
      if (dropped.length === 0) return;
      diagnostics.push({
        severity: 'warning',
        code: 'page-duplicate',
        message: 'Paragraphs repeat earlier ones of this document word for word (a page scanned twice); the copy is ignored.',
        span: span(dropped[0]!.start, dropped[dropped.length - 1]!.end),
      });
      dropped = [];
    };
    for (const block of fragment.blocks) {
      const hash = matchKeyHash(block.text);
      if (block.text.length >= REPEATABLE_MAX && seen.has(block.text, hash)) {
        dropped.push(block);
        if (runs[runs.length - 1]!.length > 0) runs.push([]);
        continue;
      }
      flush();
      seen.add(block.text, hash);
      runs[runs.length - 1]!.push(block);
    }
    flush();
    const kept = runs.filter((run) => run.length > 0);
    if (kept.length === 1 && kept[0]!.length === fragment.blocks.length) {
      out.push(fragment);
      continue;
    }
    kept.forEach((run, i) => {
      const piece = makeFragment(fragment.unit, run, i === 0 ? fragment.continuation : false);
      out.push(i === kept.length - 1 ? piece : { ...piece, dangling: false });
    });
  }
  return out;
}

/**
 * Pages missing where no page starts mid-sentence: the numbered sections jump
 * (`1.` then `4.`). (A paragraph ending without punctuation before a fresh one
 * is no sign: headings, list items and OCR-damaged closings do that.)
 */
function gapsInside(chain: Fragment[], span: (start: number, end: number) => Diagnostic['span']): Diagnostic[] {
  const found: Diagnostic[] = [];
  const blocks = chain.flatMap((fragment) => fragment.blocks);
  const flagged = new Set<number>();
  const missing = (at: number, why: string) => {
    if (flagged.has(at)) return;
    flagged.add(at);
    found.push({ severity: 'warning', code: 'page-missing', message: `${why}; a page is missing here.`, span: span(at, at) });
  };
  let lastSection: { n: number; block: number } | null = null;
  blocks.forEach((block, i) => {
    const m = /^(\d{1,2})\.\s/.exec(block.text);
    if (!m) return;
    const n = Number(m[1]);
    if (lastSection && n > lastSection.n + 1) {
      missing(blocks[i - 1]!.end, `Section ${lastSection.n} is followed by section ${n}`);
    }
    lastSection = { n, block: i };
  });
  return found;
}

function assemble(cleaned: MappedText, chain: Fragment[], diagnostics: Diagnostic[]): SegmentedDocument {
  const pieces: MappedText[] = [];
  const ranges: Array<{ start: number; end: number }> = [];
  let text: MappedText | null = null;
  chain.forEach((fragment, i) => {
    const first = fragment.blocks[0]!;
    const last = fragment.blocks[fragment.blocks.length - 1]!;
    const piece = sliceMapped(cleaned, first.start, last.end);
    pieces.push(piece);
    ranges.push(sourceRange(cleaned, first.start, last.end));
    const previous = chain[i - 1];
    const separator = previous?.dangling && fragment.continuation ? ' ' : '\n\n';
    text = text === null ? piece : concatMapped([text, piece], separator);
  });
  return { text: text ?? concatMapped(pieces, '\n\n'), ranges, diagnostics };
}
