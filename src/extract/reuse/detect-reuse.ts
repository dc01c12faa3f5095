import type { RelationEdge, RelationLink } from '../../domain/graph';
import { lowerBound } from '../../shared/lower-bound';
import { RelationType } from '../../domain/relation-type';
import type { Evidence } from '../../domain/span';
import {
  alignPrepared,
  DEFAULT_ALIGN_OPTIONS,
  passageCoverage,
  prepareText,
  type AlignedPassage,
  type AlignOptions,
  type PreparedText,
} from './align-passages';
import { CitationIndex } from './citation-index';
import { comparableText, sourceMapperOf, type ReuseDocument, type ReuseNode } from './reuse-document';
import { issueOrder, type ReuseOrder } from './reuse-order';
import { reuseTokens, type ReuseTokens } from './reuse-tokens';
import { TEMPLATE_WORD_SHARE, TemplateWords } from './template-passages';

/** Passages one document shares with another, whether or not a REPEATS edge could be drawn. */
export interface SharedPassages {
  documentId: string;
  otherId: string;
  /** `documentId` relative to `otherId`; `unknown` means no REPEATS edge between them. */
  order: ReuseOrder;
  /** `a` is the document, `b` the other; ordered by position in the document. */
  passages: AlignedPassage[];
  /** Evidence of the strongest passages (at most `maxEvidence`), in the document and in the other, index-aligned. */
  documentEvidence: Evidence[];
  otherEvidence: Evidence[];
  /** Share of each text covered by the passages. */
  coverage: { document: number; other: number };
  /** 0..1, from the longest passage and the coverage. */
  confidence: number;
  /**
   * Earlier instruments both carry out while neither cites the other
   * (domain.md §4): the shared text most likely comes from there, so no
   * direct edge is drawn; `inferCommonSourceReuse` links each to it.
   */
  commonSources: string[];
}

export interface ReuseFindings {
  /** REPEATS edges, later → earlier, between the document and its candidates (either may be the source). */
  relations: RelationEdge[];
  /** Every candidate sharing at least one passage. */
  shared: SharedPassages[];
}

export interface DetectReuseOptions {
  align?: Partial<AlignOptions>;
  /** Citation edges of the documents involved: they break date ties and reveal common sources. */
  citations?: readonly RelationLink[];
  /** Passages quoted as evidence per pair, strongest first. */
  maxEvidence?: number;
  /**
   * Least confidence for a REPEATS edge; weaker pairs are only reported in
   * `shared`. The default keeps out one template sentence (an issuer's
   * standard closing, a list of addressees) shared by otherwise different
   * letters, which scores about 0.65, while a copied paragraph scores 0.75+.
   */
  minConfidence?: number;
  /**
   * The document's own bucket keys that are stop buckets (`stopBucketsOf`).
   * A passage at least half of whose words in the document lie in windows
   * with such keys is the office's template, shared by its letters without
   * copying: it is left out, as if it had not aligned.
   */
  stopBuckets?: ReadonlySet<string>;
  /**
   * Prepares a text for alignment; the default tokenises it again. A caller
   * aligning many documents against overlapping candidate sets passes a
   * memo (the text given is always `comparableText(node)`).
   */
  prepare?: (node: ReuseNode, text: string, align: AlignOptions) => PreparedText;
}

export const DEFAULT_MIN_REUSE_CONFIDENCE = 0.7;

/** Longest passage (in matched words) at which its length stops adding confidence: a full paragraph. */
const PARAGRAPH_WORDS = 60;
/** Coverage (of the more-covered text) at which it stops adding confidence. */
const FULL_COVERAGE = 0.25;

/**
 * Confidence that one text reproduces the other. A single template sentence
 * gives a little over one half; a copied paragraph or a quarter of either
 * text approaches the cap. Never 1: alignment cannot tell copying from a
 * shared third source.
 */
export function reuseConfidence(passages: readonly AlignedPassage[]): number {
  if (passages.length === 0) return 0;
  const longest = Math.max(...passages.map((p) => p.matchedWords));
  const cov = passageCoverage(passages);
  const c = 0.45 + 0.25 * Math.min(1, longest / PARAGRAPH_WORDS) + 0.25 * Math.min(1, Math.max(cov.a, cov.b) / FULL_COVERAGE);
  return Math.round(Math.min(0.95, c) * 1000) / 1000;
}

function evidenceOf(text: string, start: number, end: number, toSource: ReturnType<typeof sourceMapperOf>): Evidence {
  return { text: text.slice(start, end), span: toSource(start, end) };
}

/**
 * Decides REPEATS relations between `doc` and each candidate (typically the
 * documents `GraphStore.reuseCandidates` returned for `doc`'s buckets).
 * Direction is from the later document to the earlier one (`issueOrder`);
 * when the order is unknown, the pair shares a common source, or the
 * confidence is under `minConfidence`, no edge is drawn but the passages are
 * still reported in `shared`. Evidence quotes
 * each passage in both documents; spans go through each document's
 * `toSource`. Pure.
 */
export function detectReuse(doc: ReuseDocument, candidates: readonly ReuseDocument[], options: DetectReuseOptions = {}): ReuseFindings {
  const relations: RelationEdge[] = [];
  const shared: SharedPassages[] = [];
  const text = comparableText(doc.node);
  if (!text) return { relations, shared };
  const align: AlignOptions = { ...DEFAULT_ALIGN_OPTIONS, ...options.align };
  const maxEvidence = options.maxEvidence ?? 3;
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_REUSE_CONFIDENCE;
  const citations = new CitationIndex(options.citations ?? []);
  const prepare = options.prepare ?? ((_node: ReuseNode, t: string, o: AlignOptions) => prepareText(reuseTokens(t), o));
  const prepared = prepare(doc.node, text, align);
  const stopBuckets = options.stopBuckets ?? new Set<string>();
  let template: TemplateWords | null = null;
  const isTemplate = (p: AlignedPassage): boolean => {
    template ??= new TemplateWords(prepared.tokens.hashes, stopBuckets);
    const [from, to] = wordRange(prepared.tokens, p.a.start, p.a.end);
    return template.share(from, to) >= TEMPLATE_WORD_SHARE;
  };
  const toSource = sourceMapperOf(doc);
  const seen = new Set<string>([doc.node.id]);
  for (const candidate of candidates) {
    const other = candidate.node;
    const otherText = comparableText(other);
    if (seen.has(other.id) || !otherText) continue;
    seen.add(other.id);
    const aligned = alignPrepared(prepared, prepare(other, otherText, align), align);
    const passages = stopBuckets.size === 0 ? aligned : aligned.filter((p) => !isTemplate(p));
    if (passages.length === 0) continue;
    const strongest = [...passages].sort((x, y) => y.matchedWords - x.matchedWords).slice(0, maxEvidence);
    const otherToSource = sourceMapperOf(candidate);
    const cov = passageCoverage(passages);
    const finding: SharedPassages = {
      documentId: doc.node.id,
      otherId: other.id,
      order: issueOrder(doc.node, other, (s, t) => citations.cites(s, t)),
      passages,
      documentEvidence: strongest.map((p) => evidenceOf(text, p.a.start, p.a.end, toSource)),
      otherEvidence: strongest.map((p) => evidenceOf(otherText, p.b.start, p.b.end, otherToSource)),
      coverage: { document: cov.a, other: cov.b },
      confidence: reuseConfidence(passages),
      commonSources: citations.commonSources(doc.node.id, other.id),
    };
    shared.push(finding);
    if (finding.order === 'unknown' || finding.commonSources.length > 0 || finding.confidence < minConfidence) continue;
    const later = finding.order === 'later';
    relations.push({
      type: RelationType.REPEATS,
      sourceId: later ? doc.node.id : other.id,
      targetId: later ? other.id : doc.node.id,
      evidence: interleave(later ? finding.documentEvidence : finding.otherEvidence, later ? finding.otherEvidence : finding.documentEvidence),
      confidence: finding.confidence,
    });
  }
  return { relations, shared };
}

/** Indices `[from, to)` of the words lying in `[start, end)` of the text (passages start and end on words). */
function wordRange(tokens: ReuseTokens, start: number, end: number): [number, number] {
  return [lowerBound(tokens.starts, start), lowerBound(tokens.ends, end + 1)];
}

/** `[source passage 1, target passage 1, source passage 2, …]`: each passage quoted in both documents. */
function interleave(first: Evidence[], second: Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (let i = 0; i < first.length; i++) out.push(first[i]!, second[i]!);
  return out;
}
