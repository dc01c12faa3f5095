import { Authority } from '../../domain/authority';
import type { Block } from '../segment/blocks';
import { isUpperCaseLine } from '../segment/header-anchors';

/** `KT. CHỦ TỊCH`, `T/M BAN THƯỜNG VỤ`, `TM. ỦY BAN NHÂN DÂN`, `TL.`, `T/L`, `TUQ.`, `Q.` */
const AUTHORITY_LINE = /^(T\/M|TM|KT|T\/L|TL|TUQ|Q)(?:\.\s*|\s+)(.+)$/u;

const AUTHORITIES: Record<string, Authority> = {
  'T/M': Authority.TM,
  TM: Authority.TM,
  KT: Authority.KT,
  'T/L': Authority.TL,
  TL: Authority.TL,
  TUQ: Authority.TUQ,
  Q: Authority.Q,
};

/** A person's name: two to six capitalised words, not all upper case (that would be a title). */
const NAME_LINE = /^(?:\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}?[\p{Ll}'’]+)?\s+){1,5}\p{Lu}[\p{Ll}'’]*$/u;

/** Titles that can stand alone in capitals under a signature; a capitals line that is none of them is a name. */
const TITLE_WORDS = /\b(CHỦ|TỊCH|BÍ|THƯ|GIÁM|ĐỐC|TRƯỞNG|PHÓ|CHÁNH|VĂN|PHÒNG|BAN|ỦY|NHIỆM|THỦ|TƯỚNG|BỘ|SỞ|TỈNH|VỤ|THƯỜNG|TRỰC)(?!\p{L})/u;

/** `NGUYỄN VĂN AN`: a name printed in capitals (two to five words, no title word). */
function isUpperCaseName(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}+$/u.test(w)) && !TITLE_WORDS.test(line);
}

function titleCase(line: string): string {
  return line
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export interface SignatureRead {
  authority: Authority | null;
  /** Body signed for, after the authority mark (`BAN THƯỜNG VỤ`, `CHỦ TỊCH`). */
  onBehalfOf: string | null;
  title: string | null;
  name: string | null;
  start: number;
  end: number;
  /** The authority line (`KT. CHỦ TỊCH`), when there is one. */
  authorityAt: { start: number; end: number } | null;
  /** The lines the title was read from. */
  titleAt: { start: number; end: number } | null;
  nameStart: number | null;
  nameEnd: number | null;
}

/** Looks only at the last few blocks: the signature closes the document. */
const TAIL_BLOCKS = 6;

export function readSignature(blocks: Block[]): SignatureRead | null {
  const first = Math.max(0, blocks.length - TAIL_BLOCKS);
  for (let b = blocks.length - 1; b >= first; b--) {
    const block = blocks[b]!;
    const lines = block.lines.map((line) => line.trim());
    if (!isUpperCaseLine(lines[0]!)) continue;
    const authorityMatch = AUTHORITY_LINE.exec(lines[0]!);
    const titleLines = authorityMatch ? lines.slice(1) : lines;
    if (!authorityMatch && !/\b(CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TRƯỞNG|CHỦ NHIỆM|THỦ TƯỚNG|BỘ TRƯỞNG|CHÁNH)\b/u.test(lines.join(' '))) continue;
    const after = blocks.slice(b + 1);
    const nameBlock =
      after.find((candidate) => NAME_LINE.test(candidate.lines[0]!.trim())) ??
      after.find((candidate) => isUpperCaseName(candidate.lines[0]!.trim()));
    const written = nameBlock ? nameBlock.lines[0]!.trim() : null;
    const name = written && written === written.toUpperCase() ? titleCase(written) : written;
    const firstLineEnd = block.start + block.lines[0]!.length;
    const authorityAt = authorityMatch ? { start: block.start, end: firstLineEnd } : null;
    const titleAt =
      titleLines.length > 0
        ? { start: authorityMatch ? Math.min(block.end, firstLineEnd + 1) : block.start, end: block.end }
        : authorityAt;
    return {
      authority: authorityMatch ? AUTHORITIES[authorityMatch[1]!]! : null,
      onBehalfOf: authorityMatch ? authorityMatch[2]!.trim() : null,
      title: titleLines.length > 0 ? titleLines.join(' ') : authorityMatch ? authorityMatch[2]!.trim() : null,
      name,
      start: block.start,
      end: nameBlock ? nameBlock.end : block.end,
      authorityAt,
      titleAt,
      nameStart: nameBlock ? nameBlock.start : null,
      nameEnd: nameBlock ? nameBlock.start + written!.length : null,
    };
  }
  return null;
}
