import { matchKey } from '../../shared/fold';
import type { Block } from '../segment/blocks';
import { readListAt, type ListRead } from './list-items';

export type { ListRead };

/**
 * `Kính gửi:` (also `- Kính gửi: - A,` in OCR of two-column layouts), or the
 * telegram form `THỦ TƯỚNG CHÍNH PHỦ điện:` that opens a Công điện's addressees.
 */
const ADDRESSEES = /^[-–]?\s*kinh gui\s*:?|^[^:]{3,60}\bdien\s*:\s*$/;

/**
 * Addressees: the rest of the `Kính gửi:` line, the lines under it, and the
 * bulleted blocks that follow, up to the first body paragraph.
 */
export function readRecipients(blocks: Block[], fromBlock = 0, maxBlocks = 20): ListRead | null {
  for (let b = fromBlock; b < Math.min(blocks.length, fromBlock + maxBlocks); b++) {
    const block = blocks[b]!;
    const lineIndex = block.lines.findIndex((line) => ADDRESSEES.test(matchKey(line.trim())));
    if (lineIndex < 0) continue;
    const firstLine = block.lines[lineIndex]!;
    const rest = /điện\s*:\s*$/iu.test(firstLine) ? '' : firstLine.replace(/^\s*[-–]?\s*Kính gửi\s*:?/iu, '');
    return readListAt(blocks, b, lineIndex, rest);
  }
  return null;
}
