import { matchKey } from '../../shared/fold';
import type { Block } from './blocks';

/** The digital-signature stamp (`Người ký: … Cơ quan: … Thời gian ký: …`) is not part of any page's text. */
export function isStampBlock(block: Block): boolean {
  // Both labels end with a colon and folding never makes one, so most paragraphs are ruled out before folding.
  if (!block.text.includes(':')) return false;
  const key = matchKey(block.text);
  return /^nguoi ky\s*:/.test(key) || /thoi gian ky\s*:/.test(key);
}
