import type { RelationEdge } from '../../../src/domain/graph';
import { RelationType } from '../../../src/domain/relation-type';
import { detectReuse, inferCommonSourceReuse, type SharedPassages } from '../../../src/extract/reuse';
import { ALL_SEEDS, DIEN_21_7, seed, SEED_CITATIONS, SEED_DOCS, seedText, type SeedName } from './seed-documents';

const id = (name: SeedName): string => SEED_DOCS[name].id;

function sharedAmongSeeds(citations: RelationEdge[]): { shared: SharedPassages[]; relations: RelationEdge[] } {
  const docs = ALL_SEEDS.map(seed);
  const shared: SharedPassages[] = [];
  const relations: RelationEdge[] = [];
  for (let i = 0; i < docs.length; i++) {
    const found = detectReuse(docs[i]!, docs.slice(i + 1), { citations });
    shared.push(...found.shared);
    relations.push(...found.relations);
  }
  return { shared, relations };
}

describe('inferCommonSourceReuse on the seed documents', () => {
  const { shared } = sharedAmongSeeds(SEED_CITATIONS);
  const edges = inferCommonSourceReuse(shared, SEED_CITATIONS);

  it('links the letters that share passages and carry out the Điện of 21/7/2021 to the Điện', () => {
    // 470 (Đắk Nông) and 342 (Ninh Bình), 22/7, both `Triển khai`/`theo chỉ đạo … tại Điện ngày 21/7/2021`;
    // Lai Châu `Thực hiện Điện của Thường trực Ban Bí thư`; 3953 through 470; 446 cites 470.
    expect(edges.map((e) => e.sourceId).sort()).toEqual(
      [id('laiChau004'), id('tu342'), id('tu446'), id('tu470'), id('ubnd3953')].sort(),
    );
    for (const e of edges) {
      expect(e.type).toBe(RelationType.REPEATS);
      expect(e.targetId).toBe(DIEN_21_7);
      expect(e.confidence).toBeGreaterThan(0.5);
      expect(e.confidence).toBeLessThan(0.9);
    }
  });

  it('gives each document its own copy of the shared passage as evidence, pointing into its own file', () => {
    const ninhBinh = edges.find((e) => e.sourceId === id('tu342'))!;
    expect(ninhBinh.evidence.length).toBeGreaterThan(0);
    for (const e of ninhBinh.evidence) {
      expect(e.span!.file).toBe(SEED_DOCS.tu342.file);
      expect(seedText(e.span!.file).slice(e.span!.start, e.span!.end)).toBe(e.text);
    }
    // Item 6, which 470 has on the page filed inside 473: `… tránh khai thác đưa tin một chiều, thiếu kiểm chứng …`.
    const texts = ninhBinh.evidence.map((e) => e.text.replace(/\s+/g, ' '));
    expect(texts.some((t) => t.includes('tránh khai thác đưa tin một chiều, thiếu kiểm chứng gây tâm lý hoang mang trong nhân dân'))).toBe(true);
    // Merged over pairs: no passage quoted twice.
    expect(new Set(ninhBinh.evidence.map((e) => `${e.span!.start}:${e.span!.end}`)).size).toBe(ninhBinh.evidence.length);
  });

  it('draws no common-source edge for a pair where one cites the other', () => {
    // 6325 implements 285 and both cite 128/NQ-CP: the direct edge explains their shared text.
    expect(edges.some((e) => e.sourceId === id('ubnd6325') || e.sourceId === id('vpcp285'))).toBe(false);
  });

  it('prefers the instrument both implement over one they merely cite (07-KL/TW)', () => {
    expect(edges.some((e) => e.targetId === 'doc:national:07-KL/TW:2021')).toBe(false);
  });
});

describe('common sources and direct edges', () => {
  it('without citations, dates alone turn 446-TB/TU (Đắk Nông, 23/7) copying the Điện into an edge to 342-CV/TU (Ninh Bình, 22/7)', () => {
    const { relations } = sharedAmongSeeds([]);
    expect(relations.some((r) => r.sourceId === id('tu446') && r.targetId === id('tu342'))).toBe(true);
  });

  it('with citations, that pair is explained by the common source and gets no direct edge', () => {
    const { relations, shared } = sharedAmongSeeds(SEED_CITATIONS);
    expect(relations.some((r) => r.sourceId === id('tu446') && r.targetId === id('tu342'))).toBe(false);
    const pair = shared.find((s) => s.documentId === id('tu446') && s.otherId === id('tu342'))!;
    expect(pair.commonSources).toEqual([DIEN_21_7]);
  });

  it('without the citation that breaks their tie, same-day 3953 and 473 get no direction', () => {
    const { relations } = sharedAmongSeeds([]);
    expect(relations.some((r) => r.targetId === id('tu473'))).toBe(false);
  });
});

describe('inferCommonSourceReuse rules', () => {
  const edge = (type: RelationType, s: string, t: string): RelationEdge => ({ type, sourceId: s, targetId: t, evidence: [], confidence: 1 });
  const pair = (a: string, b: string, confidence = 0.9): SharedPassages => ({
    documentId: a,
    otherId: b,
    order: 'unknown',
    passages: [{ a: { start: 0, end: 10 }, b: { start: 5, end: 15 }, aWords: 30, bWords: 30, matchedWords: 30, aShare: 0.5, bShare: 0.5 }],
    documentEvidence: [{ text: `in ${a}`, span: { file: `${a}.txt`, start: 0, end: 10 } }],
    otherEvidence: [{ text: `in ${b}`, span: { file: `${b}.txt`, start: 5, end: 15 } }],
    coverage: { document: 0.5, other: 0.5 },
    confidence,
    commonSources: [],
  });
  const { IMPLEMENTS, CITES } = RelationType;

  it('links to the nearest common instrument along IMPLEMENTS chains, not to what that one implements', () => {
    const citations = [edge(IMPLEMENTS, 'doc:a', 'doc:relay'), edge(IMPLEMENTS, 'doc:b', 'doc:relay'), edge(IMPLEMENTS, 'doc:relay', 'doc:top')];
    const out = inferCommonSourceReuse([pair('doc:a', 'doc:b')], citations);
    expect(out.map((e) => [e.sourceId, e.targetId])).toEqual([
      ['doc:a', 'doc:relay'],
      ['doc:b', 'doc:relay'],
    ]);
    expect(out[0]!.evidence).toEqual([{ text: 'in doc:a', span: { file: 'doc:a.txt', start: 0, end: 10 } }]);
    expect(out[0]!.confidence).toBeCloseTo(0.9 * 0.85, 3);
  });

  it('falls back to an instrument both only cite when none is implemented by both', () => {
    const citations = [edge(CITES, 'doc:a', 'doc:kl'), edge(CITES, 'doc:b', 'doc:kl')];
    expect(inferCommonSourceReuse([pair('doc:a', 'doc:b')], citations).map((e) => e.targetId)).toEqual(['doc:kl', 'doc:kl']);
  });

  it('does nothing when one document cites the other, even through a chain', () => {
    const citations = [
      edge(IMPLEMENTS, 'doc:a', 'doc:top'),
      edge(IMPLEMENTS, 'doc:b', 'doc:top'),
      edge(CITES, 'doc:a', 'doc:mid'),
      edge(CITES, 'doc:mid', 'doc:b'),
    ];
    expect(inferCommonSourceReuse([pair('doc:a', 'doc:b')], citations)).toEqual([]);
  });

  it('does nothing without a common instrument, or for pairs under the confidence floor', () => {
    expect(inferCommonSourceReuse([pair('doc:a', 'doc:b')], [edge(IMPLEMENTS, 'doc:a', 'doc:x'), edge(IMPLEMENTS, 'doc:b', 'doc:y')])).toEqual([]);
    const citations = [edge(IMPLEMENTS, 'doc:a', 'doc:top'), edge(IMPLEMENTS, 'doc:b', 'doc:top')];
    expect(inferCommonSourceReuse([pair('doc:a', 'doc:b', 0.6)], citations)).toEqual([]);
  });

  it('merges the pairs pointing one document at one source into one edge', () => {
    const citations = ['doc:a', 'doc:b', 'doc:c'].map((d) => edge(IMPLEMENTS, d, 'doc:top'));
    const out = inferCommonSourceReuse([pair('doc:a', 'doc:b', 0.8), pair('doc:a', 'doc:c', 0.9)], citations);
    const fromA = out.filter((e) => e.sourceId === 'doc:a');
    expect(fromA).toHaveLength(1);
    expect(fromA[0]!.confidence).toBeCloseTo(0.9 * 0.85, 3);
    expect(fromA[0]!.evidence).toHaveLength(1);
    expect(out.map((e) => e.sourceId)).toEqual(['doc:a', 'doc:b', 'doc:c']);
  });
});
