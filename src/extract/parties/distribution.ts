import { matchKey } from '../../shared/fold';
import type { Block } from '../segment/blocks';
import { BULLET, listItems } from './list-items';
import type { ListRead } from './recipients';

/** `Nơi nhận:`, and OCR readings of it such as `Noi nhậm:`. */
const DISTRIBUTION = /^noi nha[nm]\s*:?/;

/** The distribution list: bulleted lines after `Nơi nhận:` (in its block and the following bulleted blocks). */
export function readDistribution(blocks: Block[]): ListRead | null {
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b]!;
    const lineIndex = block.lines.findIndex((line) => DISTRIBUTION.test(matchKey(line.trim())));
    if (lineIndex < 0) continue;
    const rest = block.lines[lineIndex]!.replace(/^\s*N\S*i nh\S*\s*:?/iu, '');
    const lines = [rest, ...block.lines.slice(lineIndex + 1)];
    let end = block.end;
    for (let next = b + 1; next < blocks.length; next++) {
      const candidate = blocks[next]!;
      if (!candidate.lines.every((line) => BULLET.test(line.trim()))) break;
      lines.push(...candidate.lines);
      end = candidate.end;
    }
    const items = listItems(lines);
    return { items, start: block.start, end };
  }
  return null;
}
