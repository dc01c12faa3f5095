import { matchKey } from '../../shared/fold';
import type { Block } from './blocks';

/**
 * A run of blocks that reads continuously: the head of a document, or a page
 * that begins mid-sentence. Pages that begin with a new paragraph cannot be
 * told apart from the paragraph before them, so they stay in their fragment.
 */
export interface Fragment {
  unit: number;
  blocks: Block[];
  /** Starts mid-sentence: it continues some other fragment's dangling end. */
  continuation: boolean;
  /** Ends mid-sentence (`..., cản`): the text goes on on another page. */
  dangling: boolean;
  firstSection: number | null;
  lastSection: number | null;
}

/** A body paragraph is at least this long; names and titles in signature blocks are shorter. */
export const BODY_PARAGRAPH_MIN = 40;

export function endsMidSentence(block: Block): boolean {
  const text = block.text.trimEnd();
  return text.length >= BODY_PARAGRAPH_MIN && /[\p{Ll}\p{N},\-–]$/u.test(text);
}

export function startsMidSentence(block: Block): boolean {
  // `a) ...` items start in lower case but start a paragraph.
  if (/^[\p{Ll}]\)/u.test(block.text)) return false;
  const first = block.text.trimStart()[0];
  return first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
}

function sectionNumber(block: Block): number | null {
  const m = /^(\d{1,2})\.\s/.exec(block.text);
  return m ? Number(m[1]) : null;
}

export function makeFragment(unit: number, blocks: Block[], continuation: boolean): Fragment {
  const sections = blocks.map(sectionNumber).filter((n): n is number => n !== null);
  const last = blocks[blocks.length - 1];
  return {
    unit,
    blocks,
    continuation,
    dangling: last !== undefined && endsMidSentence(last),
    firstSection: sections[0] ?? null,
    lastSection: sections[sections.length - 1] ?? null,
  };
}

export function fragmentKey(fragment: Fragment): string {
  return matchKey(fragment.blocks.map((b) => b.text).join(' '));
}

/**
 * Numbered sections run in order: a page whose first section is `n` can only
 * follow a page whose last section is `n - 1`. Unknown numbers do not decide.
 */
export function sectionsFit(before: Fragment, after: Fragment): boolean | null {
  if (before.lastSection === null || after.firstSection === null) return null;
  return after.firstSection === before.lastSection + 1;
}
