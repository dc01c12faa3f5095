import { System } from '../../domain/system';
import { matchKey } from '../../shared/fold';
import type { Block } from '../segment/blocks';
import { anchorKind, isUpperCaseLine, ISSUER_LINE, PARTY_MOTTO, STATE_MOTTO } from '../segment/header-anchors';
import { isoDate, parsePlaceDate } from './date-line';
import { headerLineParts } from './line-parts';
import { parseNumberLine } from './number-line';
import { typeOfTitle } from './title-types';
import { parseUrgency } from './urgency';
import type { DocumentType } from '../../domain/document-type';
import type { TextRange } from '../../domain/graph';

/** Header fields as read, before codes, bodies and places are resolved. */
export interface RawHeader {
  system: System | null;
  /** Issuing-body names as printed, one per body (`TỈNH ỦY LAI CHÂU`, `BAN CÁN SỰ ĐẢNG UBND TỈNH`); the last is the issuer. */
  issuerLines: string[];
  number: string | null;
  symbol: string | null;
  rawCode: string | null;
  titleType: DocumentType | null;
  place: string | null;
  year: number | null;
  issuedOn: string | null;
  subject: string | null;
  /** Text range the subject was read from (with its `V/v`), for evidence and classification. */
  subjectAt: { start: number; end: number } | null;
  /** `v/v`: a công văn's trích yếu; `title`: the line under a title word (it names the document, it cites nothing). */
  subjectKind: 'v/v' | 'title' | null;
  urgency: string | null;
  /** Index of the first block after the header (addressees or body). */
  bodyBlock: number;
  /** Text index just past the last block a header field was read from: the body starts after it. */
  headerEnd: number;
  /** Where each field was read (document text ranges), for evidence: the line or the part of it that gave the value. */
  at: HeaderFieldRanges;
}

export interface HeaderFieldRanges {
  /** The whole `Số: …` line. */
  code: TextRange | null;
  place: TextRange | null;
  /** `ngày 24 tháng 7 năm 2021`, after the place. */
  issuedOn: TextRange | null;
  /** The title line that gave `titleType`. */
  title: TextRange | null;
  /** The line (or lines, with a locality line under it) of the last issuer line. */
  issuer: TextRange | null;
  urgency: TextRange | null;
}

/** Header blocks end at the addressees, a numbered section, or a paragraph this long. */
const BODY_PARAGRAPH = 150;
const MAX_HEADER_BLOCKS = 14;
const MAX_HEADER_LINES = 40;

/** Lines starting a body name, as opposed to a locality line continuing one (`TỈNH ĐẮK NÔNG` under `ỦY BAN NHÂN DÂN`). */
const LOCALITY_LINE = /^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong)\b(?! uy)/;

export function parseHeader(blocks: Block[]): RawHeader {
  const header: RawHeader = {
    system: null,
    issuerLines: [],
    number: null,
    symbol: null,
    rawCode: null,
    titleType: null,
    place: null,
    year: null,
    issuedOn: null,
    subject: null,
    subjectAt: null,
    subjectKind: null,
    urgency: null,
    bodyBlock: Math.min(blocks.length, MAX_HEADER_BLOCKS),
    headerEnd: 0,
    at: { code: null, place: null, issuedOn: null, title: null, issuer: null, urgency: null },
  };
  let afterTitle = false;
  for (let b = 0; b < Math.min(blocks.length, MAX_HEADER_BLOCKS); b++) {
    const block = blocks[b]!;
    // The cheap tests first: folding a long body paragraph only to test its start is wasted when its length already decides.
    if (
      /^\d{1,2}\.\s/.test(block.text) ||
      (block.text.length >= BODY_PARAGRAPH && !afterTitle) ||
      /^[-–]?\s*kinh gui\b/.test(matchKey(block.text))
    ) {
      header.bodyBlock = b;
      break;
    }
    let offset = block.start;
    // A block that set any field belongs to the header; the body starts after the last such block.
    const before = snapshot(header);
    // A header block has a handful of lines; a huge one is body text and reading it all would cost for nothing.
    lines: for (let l = 0; l < Math.min(block.lines.length, MAX_HEADER_LINES); l++) {
      const lineStart = offset;
      const whole = block.lines[l]!;
      offset += whole.length + 1;
      // Parts are trimmed pieces of the line in order: find each after the previous one to know its range.
      let cursor = 0;
      for (const line of headerLineParts(whole)) {
        const found = whole.indexOf(line, cursor);
        const partStart = lineStart + (found >= 0 ? found : 0);
        const partAt: TextRange = { start: partStart, end: found >= 0 ? partStart + line.length : lineStart + whole.length };
        if (found >= 0) cursor = found + line.length;
        const lineKey = matchKey(line);
        if (STATE_MOTTO.test(lineKey)) {
          header.system ??= System.STATE;
          continue;
        }
        if (PARTY_MOTTO.test(lineKey)) {
          header.system ??= System.PARTY;
          continue;
        }
        const numberLine = parseNumberLine(line);
        if (numberLine) {
          header.number = numberLine.number;
          header.symbol = numberLine.symbol;
          header.rawCode = numberLine.rawCode;
          header.at.code = partAt;
          continue;
        }
        const placeDate = parsePlaceDate(line);
        if (placeDate) {
          header.place = placeDate.place;
          header.year = placeDate.year;
          header.issuedOn =
            placeDate.month !== null && placeDate.day !== null ? isoDate(placeDate.year, placeDate.month, placeDate.day) : null;
          // The part is trimmed, so the parser's offsets (into the trimmed part) are offsets from partStart.
          header.at.place = { start: partStart, end: partStart + placeDate.placeEnd };
          header.at.issuedOn = { start: partStart + placeDate.dateStart, end: partStart + placeDate.dateEnd };
          continue;
        }
        if (/^v\/v\b/i.test(line)) {
          const rest = [line, ...block.lines.slice(l + 1)].map((x) => x.trim()).filter((x) => anchorKind(x) === null);
          header.subject = stripSubjectPrefix(rest.join(' '));
          header.subjectAt = { start: lineStart, end: block.end };
          header.subjectKind = 'v/v';
          break lines;
        }
        if (isUpperCaseLine(line)) {
          const urgency = parseUrgency(line);
          if (urgency && header.urgency === null) {
            header.urgency = urgency;
            header.at.urgency = partAt;
          }
          const titleType = anchorKind(line) === 'title' ? typeOfTitle(lineKey) : null;
          if (titleType) {
            header.titleType = titleType;
            header.at.title = partAt;
            afterTitle = true;
            continue;
          }
          const ofIssuer = /^của\s+(.+)$/iu.exec(line);
          if (ofIssuer) {
            header.issuerLines.push(ofIssuer[1]!);
            header.at.issuer = partAt;
            continue;
          }
          // After the subject, a Quyết định repeats its issuer as the enacting authority: not a second body.
          const repeated = header.issuerLines.some((x) => matchKey(x) === lineKey);
          if (ISSUER_LINE.test(lineKey) && header.subject === null && !repeated) {
            header.issuerLines.push(line);
            header.at.issuer = partAt;
          } else if (LOCALITY_LINE.test(lineKey) && header.issuerLines.length > 0 && l > 0) {
            header.issuerLines[header.issuerLines.length - 1] += ` ${line}`;
            if (header.at.issuer) header.at.issuer = { start: header.at.issuer.start, end: partAt.end };
          }
          continue;
        }
        if (afterTitle && header.subject === null && anchorKind(line) === null) {
          header.subject = stripSubjectPrefix(block.lines.slice(l).map((x) => x.trim()).join(' '));
          header.subjectAt = { start: lineStart, end: block.end };
          header.subjectKind = 'title';
          afterTitle = false;
          break lines;
        }
      }
    }
    if (changed(before, header)) header.headerEnd = block.end;
  }
  return header;
}

/*
 * Whether a block set a field: the header as JSON before and after the block
 * differ. Serialising the whole header twice a block cost more than the rest
 * of the reading, so a copy is compared field by field with the same meaning
 * (values compare as their JSON does; the lists and ranges are the only
 * nested values, and ranges are replaced, never changed in place).
 */
function snapshot(header: RawHeader): RawHeader {
  return { ...header, issuerLines: [...header.issuerLines], at: { ...header.at } };
}

function changed(before: RawHeader, after: RawHeader): boolean {
  for (const key of Object.keys(after) as Array<keyof RawHeader>) {
    if (key === 'issuerLines' || key === 'at') continue;
    if (!sameJson(before[key], after[key])) return true;
  }
  const lines = after.issuerLines;
  if (lines.length !== before.issuerLines.length || lines.some((line, i) => line !== before.issuerLines[i])) return true;
  for (const key of Object.keys(after.at) as Array<keyof HeaderFieldRanges>) {
    const a = before.at[key];
    const b = after.at[key];
    if (a === b) continue;
    if (a === null || b === null || !sameJson(a.start, b.start) || !sameJson(a.end, b.end)) return true;
  }
  return false;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** `V/v` and `về việc` both mean "concerning"; the subject is what follows. */
function stripSubjectPrefix(subject: string): string {
  return subject.replace(/^(?:v\/v|về việc)\s*:?\s*/iu, '').replace(/\s+/g, ' ').trim();
}
