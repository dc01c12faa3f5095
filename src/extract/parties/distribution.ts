import { matchKey } from '../../shared/fold';
import type { Block } from '../segment/blocks';
import { readListAt, type ListRead } from './list-items';

/** `Nơi nhận:`, and OCR readings of it such as `Noi nhậm:`. */
const DISTRIBUTION = /^noi nha[nm]\s*:?/;

/** The distribution list: bulleted lines after `Nơi nhận:` (in its block and the following bulleted blocks). */
export function readDistribution(blocks: Block[]): ListRead | null {
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b]!;
    const lineIndex = block.lines.findIndex((line) => DISTRIBUTION.test(matchKey(line.trim())));
    if (lineIndex < 0) continue;
    const rest = block.lines[lineIndex]!.replace(/^\s*N\S*i nh\S*\s*:?/iu, '');
    return readListAt(blocks, b, lineIndex, rest);
  }
  return null;
}
