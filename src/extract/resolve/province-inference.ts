import type { Evidence, SourceSpan } from '../../domain/span';
import { foldDiacritics } from '../../shared/fold';
import { GAZETTEER, type GazetteerEntry } from './gazetteer-data';

export interface ProvinceClue {
  province: string;
  kind: 'industrial-zone' | 'district' | 'leader' | 'place';
  text: string;
  start: number;
  end: number;
}

export interface InferredProvince {
  province: string;
  confidence: number;
  clues: ProvinceClue[];
}

const FOLDED_CHARS = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = FOLDED_CHARS.get(ch);
  if (folded === undefined) {
    const candidate = foldDiacritics(ch).toLowerCase();
    folded = candidate.length === ch.length ? candidate : ch;
    // Letters are few; caching every code point seen would let hostile input grow the map without bound.
    if (FOLDED_CHARS.size < 4096) FOLDED_CHARS.set(ch, folded);
  }
  return folded;
}

/** Lower-cased, diacritics folded, same length as the input (so indexes carry over). */
function foldSameLength(text: string): string {
  return text.replace(/[A-Z]/g, (ch) => ch.toLowerCase()).replace(/[^\x00-\x7F]/gu, foldChar);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function findAll(folded: string, pattern: RegExp, province: string, kind: ProvinceClue['kind'], source: string): ProvinceClue[] {
  return [...folded.matchAll(pattern)].map((m) => ({
    province,
    kind,
    text: source.slice(m.index!, m.index! + m[0].length),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}

function cluesFor(entry: GazetteerEntry, text: string, folded: string, place: PlaceAt | null): ProvinceClue[] {
  const clues: ProvinceClue[] = [];
  // A district printed as the place of issue (`Lục Ngạn, ngày …`): the document is that district's.
  if (place && entry.districts.some((d) => foldSameLength(d) === foldSameLength(place.text))) {
    clues.push({ province: entry.province, kind: 'place', text: place.text, start: place.start, end: place.end });
  }
  for (const zone of entry.industrialZones) {
    const z = escape(foldSameLength(zone));
    clues.push(...findAll(folded, new RegExp(`(?:khu cong nghiep|kcn)\\s+${z}(?![a-z])`, 'g'), entry.province, 'industrial-zone', text));
  }
  for (const district of entry.districts) {
    const d = escape(foldSameLength(district));
    clues.push(
      ...findAll(folded, new RegExp(`(?:huyen(?: uy)?|thi xa|thi uy|thanh pho|thanh uy)\\s+${d}(?![a-z])`, 'g'), entry.province, 'district', text),
    );
  }
  for (const leader of entry.leaders) {
    const l = escape(foldSameLength(leader));
    clues.push(...findAll(folded, new RegExp(`(?<![a-z])${l}(?![a-z])`, 'g'), entry.province, 'leader', text));
  }
  return clues;
}

/**
 * Province of a document whose header does not name it, from strong clues
 * only: a district as the place of issue, a named industrial zone, a
 * provincial leader, or two districts.
 * Confidence grows with the number of distinct kinds of clue.
 */
export interface PlaceAt {
  text: string;
  start: number;
  end: number;
}

export function inferProvince(text: string, place: PlaceAt | null = null): InferredProvince | null {
  const folded = foldSameLength(text);
  const scored = GAZETTEER.map((entry) => {
    const clues = cluesFor(entry, text, folded, place);
    const kinds = new Set(clues.map((c) => c.kind));
    const districts = new Set(clues.filter((c) => c.kind === 'district').map((c) => c.text.toLowerCase()));
    const strong = kinds.has('industrial-zone') || kinds.has('leader') || kinds.has('place') || districts.size >= 2;
    const confidence = Math.min(0.95, 0.45 + 0.2 * kinds.size + 0.05 * Math.min(clues.length - kinds.size, 2));
    return { province: entry.province, clues, strong, confidence };
  }).filter((s) => s.strong);
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.confidence - a.confidence);
  const [best, second] = scored;
  // Two provinces with equal support: ambiguous, so no inference.
  if (second && second.confidence === best!.confidence) return null;
  return { province: best!.province, confidence: best!.confidence, clues: best!.clues };
}

export function clueEvidence(clue: ProvinceClue, span: SourceSpan | null): Evidence {
  return { text: clue.text, span };
}
