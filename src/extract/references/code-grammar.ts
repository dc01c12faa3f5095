import { DocumentType } from '../../domain/document-type';
import { System } from '../../domain/system';
import { foldText, originalSpan, type FoldedText } from './folded-text';
import { CODE_PATTERN, CODE_SEGMENT, NUMBER_LABEL } from './patterns';
import { issuerCodeInfo, lookupIssuerCode, lookupTypeCode, type IssuerScope } from './reference-data';

/**
 * The number/symbol grammar of domain.md §2: parse a code as printed (with
 * its OCR variants) and give it one canonical spelling, so that `16/CT/TTg`,
 * `16/CT - TTg` and `16/ct-ttg` meet at `16/CT-TTg`.
 */

/**
 * - `STATE_TYPED` `N/TYPE-ISSUER`: `16/CT-TTg`, `1044/QĐ-BCĐ`
 * - `STATE_LEGAL` `N/YYYY/TYPE-ISSUER`: `04/2021/NQ-HĐND` (also `03/2007/QH12`, no type code)
 * - `STATE_CONG_VAN` `N/ISSUER-UNIT`: `3953/UBND-KGVX`
 * - `PARTY` `N-TYPE/ISSUER`: `07-KL/TW`, `470-CV/TU`
 */
export type CodeFamily = 'STATE_TYPED' | 'STATE_LEGAL' | 'STATE_CONG_VAN' | 'PARTY';

export interface ParsedCode {
  /** As written, leading zeros kept: `07`. */
  number: string;
  /** The year inside a legal normative code (`04/2021/NQ-HĐND` → 2021), else null. */
  year: number | null;
  /** Canonical symbol: `CT-TTg`, `NQ-HĐND`, `UBND-KGVX`, `KL/TW`. */
  symbol: string;
  /** Canonical code: `16/CT-TTg`, `04/2021/NQ-HĐND`, `3953/UBND-KGVX`, `07-KL/TW`. */
  code: string;
  family: CodeFamily;
  /** Canonical type code (`CT`, `QĐ`), null for a state công văn or a law. */
  typeCode: string | null;
  /** Canonical issuer code (`TTg`, `HĐND`, `TU`, `QH12`). */
  issuerCode: string | null;
  /** Drafting unit(s) after the issuer (`KGVX` in `3953/UBND-KGVX`), joined by `-`. */
  unitCode: string | null;
  /** Type the code itself implies: from the type code; CONG_VAN for a state code without one. */
  type: DocumentType;
  system: System;
  /** `national` when the issuer code is a central body, else `local` (unknown codes count as local). */
  scope: IssuerScope;
}

interface Segment {
  sep: '/' | '-';
  spaced: boolean;
  folded: string;
  original: string;
  /** Folded end offset of this segment (absolute in the folded text). */
  end: number;
}

/** A code found in a folded text, with the folded range it covers. */
export interface CodeMatch {
  start: number;
  end: number;
  parsed: ParsedCode;
  /** Every letter segment looks like a code as printed (mostly upper case, or a known code). */
  codeLike: boolean;
}

function originalChars(folded: FoldedText, original: string, start: number, end: number): string {
  let out = '';
  let last = -1;
  for (let k = start; k < end; k++) {
    const s = folded.starts[k];
    if (s === last) continue;
    last = s;
    out += original.slice(s, folded.ends[k]);
  }
  return out;
}

function isUpperDominant(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters += 1;
      if (ch !== ch.toLowerCase()) upper += 1;
    }
  }
  return letters > 0 && upper * 2 >= letters;
}

/** At least two letters, all capitals (`VX`, `KGVX`); `Ủy` of `- Ủy ban` is a word, not a unit code. */
function isAllUpper(text: string): boolean {
  const letters = [...text].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
  return letters.length >= 2 && letters.every((ch) => ch !== ch.toLowerCase());
}

function splitDigits(key: string): { stem: string; digits: string } {
  const m = /^(.*?)(\d*)$/.exec(key) as RegExpExecArray;
  return { stem: m[1], digits: m[2] };
}

function canonicalIssuer(seg: Segment): { text: string; scope: IssuerScope; system: System | null; known: boolean } {
  const { stem, digits } = splitDigits(seg.folded);
  const info = lookupIssuerCode(stem);
  if (info) return { text: info.canonical + digits, scope: info.scope, system: info.system, known: true };
  return { text: seg.original.toUpperCase().normalize('NFC'), scope: 'local', system: null, known: false };
}

/**
 * Unit segments after the required ones, at most two. The first `spacedOk`
 * of them may follow a spaced dash (`2468/ UBND - VX`); later ones must be
 * glued (`...-KGVX-G`), because `3953/UBND-KGVX - UBND tỉnh` goes on with words.
 */
function extraUnits(parts: Segment[], from: number, spacedOk: number): Segment[] {
  const out: Segment[] = [];
  for (let k = from; k < parts.length && out.length < 2; k++) {
    if (parts[k].spaced && out.length >= spacedOk) break;
    out.push(parts[k]);
  }
  return out;
}

function canonicalUnit(seg: Segment): string {
  return seg.original.toUpperCase().normalize('NFC');
}

function isKnown(seg: Segment): boolean {
  return lookupTypeCode(seg.folded) !== undefined || lookupIssuerCode(splitDigits(seg.folded).stem) !== undefined;
}

function segmentLooksLikeCode(seg: Segment): boolean {
  return isUpperDominant(seg.original) || (isKnown(seg) && seg.original === seg.original.toUpperCase());
}

/**
 * Decides the family and canonical form from the parts. Returns how many
 * segments belong to the code (trailing ones after a spaced separator that
 * do not look like code parts are left out: `3953/UBND-KGVX - Ủy ban`).
 */
function interpret(
  number: string,
  year: number | null,
  segs: Segment[],
): { parsed: ParsedCode; used: number } | null {
  // Why: `2468/ UBND - VX` keeps spaced parts, but `... - Ủy ban` must not be eaten.
  let usable = segs.length;
  for (let k = 1; k < segs.length; k++) {
    if (segs[k].spaced && !isKnown(segs[k]) && !isAllUpper(segs[k].original)) {
      usable = k;
      break;
    }
  }
  const parts = segs.slice(0, usable);
  if (parts.length === 0) return null;
  const first = parts[0];
  const firstType = lookupTypeCode(first.folded);

  if (year !== null) {
    if (firstType && parts.length >= 2) {
      const issuer = canonicalIssuer(parts[1]);
      const units = extraUnits(parts, 2, 0).map(canonicalUnit);
      const symbol = [firstType.canonical, issuer.text, ...units].join('-');
      return {
        used: 2 + units.length,
        parsed: {
          number,
          year,
          symbol,
          code: `${number}/${year}/${symbol}`,
          family: 'STATE_LEGAL',
          typeCode: firstType.canonical,
          issuerCode: issuer.text,
          unitCode: units.length ? units.join('-') : null,
          type: firstType.type,
          system: System.STATE,
          scope: issuer.scope,
        },
      };
    }
    const issuer = canonicalIssuer(first);
    if (!issuer.known) return null;
    // Why: laws are `N/YYYY/QHnn` with no type code.
    const isLaw = splitDigits(first.folded).stem === 'qh';
    return {
      used: 1,
      parsed: {
        number,
        year,
        symbol: issuer.text,
        code: `${number}/${year}/${issuer.text}`,
        family: 'STATE_LEGAL',
        typeCode: null,
        issuerCode: issuer.text,
        unitCode: null,
        type: isLaw ? DocumentType.LUAT : DocumentType.OTHER,
        system: System.STATE,
        scope: issuer.scope,
      },
    };
  }

  const partyShape = first.sep === '-';
  if (parts.length >= 2 && firstType) {
    const issuer = canonicalIssuer(parts[1]);
    // Why: `470/CV/TU` is an OCR slip for `470-CV/TU`: a Party issuer makes it a Party code.
    if (partyShape || issuer.system === System.PARTY) {
      return {
        used: 2,
        parsed: {
          number,
          year: null,
          symbol: `${firstType.canonical}/${issuer.text}`,
          code: `${number}-${firstType.canonical}/${issuer.text}`,
          family: 'PARTY',
          typeCode: firstType.canonical,
          issuerCode: issuer.text,
          unitCode: null,
          type: firstType.type,
          system: System.PARTY,
          scope: issuer.scope,
        },
      };
    }
    const units = extraUnits(parts, 2, 0).map(canonicalUnit);
    const symbol = [firstType.canonical, issuer.text, ...units].join('-');
    return {
      used: 2 + units.length,
      parsed: {
        number,
        year: null,
        symbol,
        code: `${number}/${symbol}`,
        family: 'STATE_TYPED',
        typeCode: firstType.canonical,
        issuerCode: issuer.text,
        unitCode: units.length ? units.join('-') : null,
        type: firstType.type,
        system: System.STATE,
        scope: issuer.scope,
      },
    };
  }
  if (partyShape) {
    if (parts.length < 2) return null;
    // A Party code with a type code we do not know (`12-ĐA/TU` is known; `5-XY/TU` is not).
    const issuer = canonicalIssuer(parts[1]);
    if (issuer.system !== System.PARTY) return null;
    const typeText = canonicalUnit(first);
    return {
      used: 2,
      parsed: {
        number,
        year: null,
        symbol: `${typeText}/${issuer.text}`,
        code: `${number}-${typeText}/${issuer.text}`,
        family: 'PARTY',
        typeCode: typeText,
        issuerCode: issuer.text,
        unitCode: null,
        type: DocumentType.OTHER,
        system: System.PARTY,
        scope: issuer.scope,
      },
    };
  }
  if (firstType) return null;
  const issuer = canonicalIssuer(first);
  if (parts.length === 1 && !issuer.known) return null;
  const units = extraUnits(parts, 1, 1).map(canonicalUnit);
  const symbol = [issuer.text, ...units].join('-');
  return {
    used: 1 + units.length,
    parsed: {
      number,
      year: null,
      symbol,
      code: `${number}/${symbol}`,
      family: 'STATE_CONG_VAN',
      typeCode: null,
      issuerCode: issuer.text,
      unitCode: units.length ? units.join('-') : null,
      type: DocumentType.CONG_VAN,
      system: issuer.system ?? System.STATE,
      scope: issuer.scope,
    },
  };
}

function segmentsOf(folded: FoldedText, original: string, tail: string, tailStart: number): Segment[] {
  const segs: Segment[] = [];
  const re = new RegExp(CODE_SEGMENT.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(tail)) !== null) {
    const segStart = tailStart + m.index + m[1].length + m[2].length + m[3].length;
    const segEnd = segStart + m[4].length;
    segs.push({
      sep: m[2] === '/' ? '/' : '-',
      spaced: m[1].length > 0 || m[3].length > 0,
      folded: m[4],
      original: originalChars(folded, original, segStart, segEnd),
      end: segEnd,
    });
  }
  return segs;
}

/**
 * Every code in a folded text, left to right. Used by `findReferences`;
 * `parseCode` is the same grammar anchored on one string.
 */
export function scanCodes(folded: FoldedText, original: string): CodeMatch[] {
  const out: CodeMatch[] = [];
  const re = new RegExp(CODE_PATTERN.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded.text)) !== null) {
    const start = m.index;
    const number = m[1];
    const year = m[3] ? Number(m[3]) : null;
    const tailStart = start + m[0].length - m[4].length;
    const segs = segmentsOf(folded, original, m[4], tailStart);
    const result = interpret(number, year, segs);
    if (!result) continue;
    const used = segs.slice(0, result.used);
    const end = used[used.length - 1].end;
    out.push({ start, end, parsed: result.parsed, codeLike: used.every(segmentLooksLikeCode) });
    re.lastIndex = end;
  }
  return out;
}

/**
 * Parses one code as printed, OCR variants included: `16/CT/TTg`,
 * `16/CT - TTg`, `2468/ UBND - VX`, `1044/QD-BCD`, `16/ct-ttg`, `470^{*} -CV/TU`,
 * `~~3953~~ /UBND-KGVX`, `**6325** /UBND-KGVX`. The whole input (trimmed) must
 * be one code, optionally after a `Số:` label; returns null otherwise. Never throws.
 */
export function parseCode(raw: string): ParsedCode | null {
  if (typeof raw !== 'string' || raw.length > 200) return null;
  // A header's `Số:` label is not part of the code (`Số: 3953/UBND-KGVX`).
  const trimmed = raw.trim().replace(NUMBER_LABEL, '');
  const folded = foldText(trimmed);
  const matches = scanCodes(folded, trimmed);
  if (matches.length !== 1) return null;
  const only = matches[0];
  const span = originalSpan(folded, only.start, only.end);
  const before = trimmed.slice(0, span.start);
  const after = trimmed.slice(span.end);
  // Anything but markdown marks and spaces around the code means the input is not just a code.
  if (/[^\s*~^{}\\]/u.test(before) || /[^\s*~^{}\\]/u.test(after)) return null;
  return only.parsed;
}

/** The canonical spelling of a code (`16/CT/TTg` → `16/CT-TTg`), or null if `raw` is not a code. Idempotent. */
export function canonicalCode(raw: string): string | null {
  return parseCode(raw)?.code ?? null;
}

/**
 * True for issuer codes of central bodies, whose codes are unique
 * nationwide: `TTg`, `CP`, `VPCP`, `TW`, `BYT` and the other ministries,
 * `BCĐQG`, `QH14`. False for local ones (`TU`, `HU`, `UBND`, `HĐND`, `BCĐ`,
 * `BCSĐ`), whose codes belong to the citing document's province, and for
 * codes we do not know. Accepts OCR spellings (`BCD`, `hdnd`).
 */
export function isNationalIssuerCode(code: string): boolean {
  return issuerCodeInfo(code)?.scope === 'national';
}
