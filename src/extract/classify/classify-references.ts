import { RelationType } from '../../domain/relation-type';
import { findReferencesInFold } from '../references/find-references';
import { foldedRange, foldSlices, foldText, originalSpan, type FoldedText } from '../references/folded-text';
import type { FoundReference } from '../references/reference';
import { clauseRanges, preambleEnd, sentenceRanges, type TextRange } from './clauses';
import {
  ACTOR_GAP,
  AMEND_REPLACE_GAP,
  AMENDS_TRIGGER,
  AT_DOCUMENT_GAP,
  ATTACH_PAREN_END,
  ATTACH_PAREN_START,
  BASED_ON_AT_CLAUSE_START,
  BASED_ON_GAP,
  CLAUSE_PREFIX,
  IMPLEMENTS_AT_CLAUSE_START,
  IMPLEMENTS_FOLLOWING_DIRECTION,
  IMPLEMENTS_GAP,
  IMPLEMENTS_IN_SUBJECT,
  LIST_ITEM_LEAD,
  REPLACES_TRIGGER,
  SUBJECT_PREFIX,
} from './patterns';

/** The citing document's text, subject line (trích yếu) and body apart: `V/v triển khai ...` only counts in the subject. */
export interface ClassifyInput {
  subject: string | null;
  body: string;
}

export type ReferenceSource = 'subject' | 'body';

/** One relation the citing document has to the referenced one. */
export interface RelationCandidate {
  type: RelationType;
  /** 0..1: 1 for the plain mention (CITES); lower where wording can mislead. */
  confidence: number;
  /** The trigger as written (`Thực hiện`, `Căn cứ`, `(*gửi kèm theo*)`), null for CITES. */
  trigger: string | null;
}

export interface ClassifiedReference {
  reference: FoundReference;
  source: ReferenceSource;
  /** Always holds CITES; the more specific relations come first. */
  relations: RelationCandidate[];
  /** The sentence the reference sits in; offsets into the subject or the body, as `source` says. */
  evidence: { text: string; start: number; end: number };
}

/** Confidence by where a trigger was read (why: a preamble says why the document exists; operative items give orders). */
const CONFIDENCE = {
  cites: 1,
  implementsPreamble: 0.9,
  implementsSubject: 0.9,
  implementsOperative: 0.6,
  implementsFollowingDirection: 0.8,
  implementsInSubject: 0.8,
  basedOn: 0.9,
  attachesInside: 0.85,
  attachesClause: 0.8,
  amendsReplaces: 0.8,
} as const;

type Found = Map<RelationType, RelationCandidate>;

function add(found: Found, type: RelationType, confidence: number, trigger: string | null): void {
  const old = found.get(type);
  if (!old || old.confidence < confidence) found.set(type, { type, confidence, trigger });
}

/**
 * A text being classified with its fold, which reference finding made:
 * clauses, sentences and gaps are folded as slices of it (`foldedRange`).
 */
interface Folding {
  text: string;
  folded: FoldedText;
  canSlice: boolean;
}

function foldingOf(text: string): Folding {
  return { text, folded: foldText(text), canSlice: foldSlices(text) };
}

/** The fold of `text[start, end)`. */
function foldOf(f: Folding, start: number, end: number): FoldedText {
  return foldedRange(f.folded, f.text, start, end, f.canSlice);
}

function fold(f: Folding, start: number, end: number): string {
  return foldOf(f, start, end).text;
}

/** Trigger at a clause start: returns the original offsets of the trigger, or null. */
function triggerAtStart(
  folded: FoldedText,
  prefix: RegExp,
  trigger: RegExp,
): { start: number; end: number } | null {
  const p = prefix.exec(folded.text);
  const skip = p ? p[0].length : 0;
  const m = trigger.exec(folded.text.slice(skip));
  if (!m) return null;
  return originalSpan(folded, skip, skip + m[0].length);
}

function refsIn(refs: readonly Indexed[], start: number, end: number): Indexed[] {
  return refs.filter((r) => r.ref.start >= start && r.ref.start < end);
}

interface Indexed {
  ref: FoundReference;
  index: number;
}

/**
 * How far a trigger reaches: to the end of its clause; past a `;` only when
 * a reference starts right after it (the list of references goes on:
 * `Thực hiện Điện ...; Nghị quyết số 78/NQ-CP ...; Nghị quyết số 79/NQ-CP ...`,
 * seed 004), and never past `:` or the sentence end.
 */
function scopeEnd(text: string, clauses: TextRange[], from: number, refs: readonly Indexed[]): number {
  for (let k = from; k < clauses.length; k++) {
    const c = clauses[k];
    if (text[c.end - 1] !== ';' || k === clauses.length - 1) return c.end;
    const next = clauses[k + 1];
    const lead = LIST_ITEM_LEAD.exec(text.slice(next.start, next.end)) as RegExpExecArray;
    const at = next.start + lead[0].length;
    if (!refs.some((r) => r.ref.start === at)) return c.end;
  }
  return clauses.length ? clauses[clauses.length - 1].end : from;
}

function classifySentence(
  f: Folding,
  sentence: TextRange,
  refs: readonly Indexed[],
  found: Found[],
  where: 'preamble' | 'operative' | 'subject',
): void {
  const text = f.text;
  const inSentence = refsIn(refs, sentence.start, sentence.end);
  if (inSentence.length === 0) return;
  const clauses = clauseRanges(text, sentence);
  const prefix = where === 'subject' ? SUBJECT_PREFIX : CLAUSE_PREFIX;

  clauses.forEach((clause, k) => {
    const clausePrefix = k === 0 ? prefix : CLAUSE_PREFIX;
    const foldedClause = foldOf(f, clause.start, clause.end);
    const impl = triggerAtStart(foldedClause, clausePrefix, IMPLEMENTS_AT_CLAUSE_START);
    if (impl) {
      const scoped = refsIn(inSentence, impl.end, scopeEnd(text, clauses, k, inSentence));
      if (scoped.length && IMPLEMENTS_GAP.test(fold(f, impl.end, scoped[0].ref.start))) {
        const confidence =
          where === 'subject'
            ? CONFIDENCE.implementsSubject
            : where === 'preamble'
              ? CONFIDENCE.implementsPreamble
              : CONFIDENCE.implementsOperative;
        const trigger = text.slice(impl.start, impl.end);
        for (const r of scoped) add(found[r.index], RelationType.IMPLEMENTS, confidence, trigger);
      }
    }
    const basis = triggerAtStart(foldedClause, clausePrefix, BASED_ON_AT_CLAUSE_START);
    if (basis) {
      const scoped = refsIn(inSentence, basis.end, clause.end);
      if (scoped.length && BASED_ON_GAP.test(fold(f, basis.end, scoped[0].ref.start))) {
        const trigger = text.slice(basis.start, basis.end);
        for (const r of scoped) add(found[r.index], RelationType.BASED_ON, CONFIDENCE.basedOn, trigger);
      }
    }
  });

  const folded = foldOf(f, sentence.start, sentence.end);
  const toOriginal = (s: number, e: number): TextRange => originalSpan(folded, s, e);
  const clauseIndexAt = (offset: number): number => Math.max(0, clauses.findIndex((c) => offset < c.end));

  if (where === 'subject') {
    for (const m of folded.text.matchAll(new RegExp(IMPLEMENTS_IN_SUBJECT.source, 'gu'))) {
      const trig = toOriginal(m.index, m.index + m[0].length);
      const k = clauseIndexAt(trig.end);
      const scoped = refsIn(inSentence, trig.end, scopeEnd(text, clauses, k, inSentence));
      if (scoped.length && IMPLEMENTS_GAP.test(fold(f, trig.end, scoped[0].ref.start))) {
        const trigger = text.slice(trig.start, trig.end);
        for (const r of scoped) add(found[r.index], RelationType.IMPLEMENTS, CONFIDENCE.implementsInSubject, trigger);
      }
    }
  }

  if (where !== 'operative') {
    for (const m of folded.text.matchAll(new RegExp(IMPLEMENTS_FOLLOWING_DIRECTION.source, 'gu'))) {
      const trig = toOriginal(m.index, m.index + m[0].length);
      const k = clauseIndexAt(trig.end);
      const scoped = refsIn(inSentence, trig.end, scopeEnd(text, clauses, k, inSentence));
      if (scoped.length && AT_DOCUMENT_GAP.test(fold(f, trig.end, scoped[0].ref.start))) {
        const trigger = text.slice(trig.start, trig.end);
        for (const r of scoped) add(found[r.index], RelationType.IMPLEMENTS, CONFIDENCE.implementsFollowingDirection, trigger);
      }
    }
  }

  classifyAttachments(f, sentence, clauses, inSentence, found);

  for (const [re, type] of [
    [AMENDS_TRIGGER, RelationType.AMENDS],
    [REPLACES_TRIGGER, RelationType.REPLACES],
  ] as const) {
    for (const m of folded.text.matchAll(new RegExp(re.source, 'gu'))) {
      const trig = toOriginal(m.index, m.index + m[0].length);
      // Why: `Nghị định A sửa đổi Nghị định B` states A's relation, not the citing document's.
      const actorBefore = inSentence.some(
        (r) => r.ref.end <= trig.start && ACTOR_GAP.test(text.slice(r.ref.end, trig.start)),
      );
      if (actorBefore) continue;
      const clause = clauses[clauseIndexAt(trig.end)];
      const scoped = refsIn(inSentence, trig.end, clause.end);
      if (scoped.length && AMEND_REPLACE_GAP.test(fold(f, trig.end, scoped[0].ref.start))) {
        const trigger = text.slice(trig.start, trig.end);
        for (const r of scoped) add(found[r.index], type, CONFIDENCE.amendsReplaces, trigger);
      }
    }
  }
}

/**
 * `(gửi kèm theo)` closes a clause: it attaches the references of that
 * clause, back to the sentence start or the previous `;` (seed 000: all
 * three letters; seed 004: only the Nghị quyết after the last `;`). A
 * parenthesis holding references and `kèm theo` attaches those (seed 002).
 */
function classifyAttachments(
  f: Folding,
  sentence: TextRange,
  clauses: TextRange[],
  inSentence: readonly Indexed[],
  found: Found[],
): void {
  const text = f.text;
  for (let open = text.indexOf('(', sentence.start); open >= 0 && open < sentence.end; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0 || close > sentence.end) break;
    const inner = fold(f, open + 1, close);
    if (!ATTACH_PAREN_END.test(inner) && !ATTACH_PAREN_START.test(inner)) continue;
    const trigger = text.slice(open, close + 1);
    const inside = refsIn(inSentence, open, close);
    if (inside.length) {
      for (const r of inside) add(found[r.index], RelationType.ATTACHES, CONFIDENCE.attachesInside, trigger);
      continue;
    }
    if (!ATTACH_PAREN_END.test(inner)) continue;
    const clause = clauses.find((c) => open >= c.start && open < c.end) ?? sentence;
    for (const r of refsIn(inSentence, clause.start, open)) {
      add(found[r.index], RelationType.ATTACHES, CONFIDENCE.attachesClause, trigger);
    }
  }
}

function classifyText(
  f: Folding,
  refs: readonly FoundReference[],
  source: ReferenceSource,
): ClassifiedReference[] {
  const text = f.text;
  const indexed = refs.map((ref, index) => ({ ref, index }));
  const found: Found[] = refs.map(() => new Map());
  const sentences = source === 'subject' ? [{ start: 0, end: text.length }] : sentenceRanges(text);
  const preamble = source === 'subject' ? text.length : preambleEnd(text);
  for (const sentence of sentences) {
    const where = source === 'subject' ? 'subject' : sentence.start < preamble ? 'preamble' : 'operative';
    classifySentence(f, sentence, indexed, found, where);
  }
  return refs.map((ref, index) => {
    const relations = [...found[index].values()];
    relations.push({ type: RelationType.CITES, confidence: CONFIDENCE.cites, trigger: null });
    const sentence = sentences.find((s) => ref.start >= s.start && ref.start < s.end) ?? {
      start: ref.start,
      end: ref.end,
    };
    return {
      reference: ref,
      source,
      relations,
      evidence: { text: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end },
    };
  });
}

/**
 * Decides, for each reference, how the citing document relates to the
 * referenced one (domain.md §4): IMPLEMENTS (`Thực hiện ...`, `Triển khai
 * ...`, `Thực hiện ý kiến chỉ đạo ... tại ...`, `V/v triển khai ...` in the
 * subject, `theo chỉ đạo của ... (tại ...)` in the preamble), BASED_ON
 * (`Căn cứ` + reference), ATTACHES (`(gửi kèm theo)`, `(... kèm theo)`),
 * AMENDS (`sửa đổi, bổ sung`), REPLACES (`thay thế`), and CITES for every
 * reference. A trigger covers the references it introduces up to the end of
 * its clause.
 *
 * @param refsInBody references found in `input.body` (offsets into it); found here when omitted.
 * @param refsInSubject references found in `input.subject`; found here when omitted.
 * @returns subject references first, then body references, each in the order given. Pure; never throws on strings.
 */
export function classifyReferences(
  input: ClassifyInput,
  refsInBody?: readonly FoundReference[],
  refsInSubject?: readonly FoundReference[],
): ClassifiedReference[] {
  const subject = foldingOf(input.subject ?? '');
  const body = foldingOf(input.body);
  const bodyRefs = refsInBody ?? findReferencesInFold(body.text, body.folded);
  const subjectRefs = refsInSubject ?? findReferencesInFold(subject.text, subject.folded);
  return [...classifyText(subject, subjectRefs, 'subject'), ...classifyText(body, bodyRefs, 'body')];
}
