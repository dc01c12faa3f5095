import { RelationType } from '../../../src/domain/relation-type';
import { detectReuse, type ReuseDocument } from '../../../src/extract/reuse';
import { ALL_SEEDS, seed, SEED_CITATIONS, SEED_DOCS, seedText, type SeedName } from './seed-documents';

const id = (name: SeedName): string => SEED_DOCS[name].id;

/** REPEATS edges among all seed documents, each pair examined once. */
function allEdges(citations = SEED_CITATIONS) {
  const docs = ALL_SEEDS.map(seed);
  const relations = [];
  const shared = [];
  for (let i = 0; i < docs.length; i++) {
    const found = detectReuse(docs[i]!, docs.slice(i + 1), { citations });
    relations.push(...found.relations);
    shared.push(...found.shared);
  }
  return { relations, shared };
}

describe('detectReuse on the seed documents', () => {
  const { relations, shared } = allEdges();
  const pairs = relations.map((r) => `${r.sourceId} -> ${r.targetId}`).sort();

  it('draws exactly the REPEATS edges checked by reading, later → earlier', () => {
    expect(pairs).toEqual(
      [
        // 24/7 letter reproducing long passages of the 23/7 notice it forwards.
        `${id('ubnd3953')} -> ${id('tu446')}`,
        // Same day; 3953 cites 473, so it is the later; shares the `phân luồng giao thông` bullet.
        `${id('ubnd3953')} -> ${id('tu473')}`,
        // 3953 item 5 (`Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh …`) is 470 item 5, absent from 446.
        `${id('ubnd3953')} -> ${id('tu470')}`,
        // 23/7 notice repeating 470's `tuyệt đối không lơ là …` and `Căn cứ chức năng, nhiệm vụ được giao …`.
        `${id('tu446')} -> ${id('tu470')}`,
        // 29/10 letter copying bullets of the 27/10 notice.
        `${id('ubnd6325')} -> ${id('vpcp285')}`,
      ].sort(),
    );
    for (const r of relations) expect(r.type).toBe(RelationType.REPEATS);
  });

  it('reports 470-CV/TU and 342-CV/TU (same day, neither cites the other) as shared passages without an edge', () => {
    const pair = shared.find((s) => s.documentId === id('tu470') && s.otherId === id('tu342'));
    expect(pair).toBeDefined();
    expect(pair!.order).toBe('unknown');
    expect(pair!.passages.length).toBeGreaterThan(2);
    expect(pairs.some((p) => p.includes(id('tu342')) && p.includes(id('tu470')))).toBe(false);
  });

  it('gives the undated Lai Châu letter no direction against documents of 22/7 (its bounds start on 22/7)', () => {
    const pair = shared.find((s) => s.documentId === id('tu342') && s.otherId === id('laiChau004'));
    expect(pair!.order).toBe('unknown');
    expect(pair!.confidence).toBeGreaterThan(0.8);
    expect(relations.some((r) => r.sourceId === id('laiChau004') || r.targetId === id('laiChau004'))).toBe(false);
  });

  it('draws no edge for the Chỉ thị of seeds/001, which shares no sentence with the others', () => {
    expect(shared.some((s) => s.documentId === id('chiThi001') || s.otherId === id('chiThi001'))).toBe(false);
  });

  it('reports, without an edge, the standard closing sentence two UBND Đắk Nông letters share', () => {
    // 6325 (October) and 3953 (July) share only the issuer's template: the addressee
    // phrase and `Nhận được văn bản này, Ủy ban nhân dân tỉnh yêu cầu … nghiêm túc thực hiện`.
    const pair = shared.find((s) => s.documentId === id('ubnd3953') && s.otherId === id('ubnd6325'));
    expect(pair).toBeDefined();
    expect(pair!.documentEvidence.some((e) => e.text.startsWith('Nhận được văn bản này, Ủy ban nhân dân tỉnh yêu cầu'))).toBe(true);
    expect(pair!.confidence).toBeLessThan(0.7);
    expect(pairs.some((p) => p.includes(id('ubnd6325')) && p.includes(id('ubnd3953')))).toBe(false);
  });

  it('quotes each passage in both documents, with spans into the NFC source files', () => {
    const edge = relations.find((r) => r.sourceId === id('ubnd6325'))!;
    expect(edge.evidence.length).toBeGreaterThanOrEqual(2);
    expect(edge.evidence.length % 2).toBe(0);
    for (const e of edge.evidence) {
      expect(e.span).not.toBeNull();
      expect(seedText(e.span!.file).slice(e.span!.start, e.span!.end)).toBe(e.text);
    }
    // Source passage first, then the same passage in the target.
    expect(edge.evidence[0]!.span!.start).toBeLessThan(seedText(edge.evidence[0]!.span!.file).indexOf('Số: 285/TB-VPCP'));
    expect(edge.evidence[1]!.span!.start).toBeGreaterThan(seedText(edge.evidence[1]!.span!.file).indexOf('Số: 285/TB-VPCP'));
  });

  it('leaves a span null rather than wrong when a passage straddles two pages reassembled from different places', () => {
    const edge = relations.find((r) => r.sourceId === id('ubnd3953') && r.targetId === id('tu470'))!;
    const seventy = edge.evidence.filter((_, i) => i % 2 === 1);
    for (const e of seventy) {
      if (e.span) expect(seedText(e.span.file).slice(e.span.start, e.span.end)).toBe(e.text);
      else expect(e.text).toContain('cản\n\ntrở');
    }
    expect(seventy.some((e) => e.span === null)).toBe(true);
  });

  it('gives higher confidence to a copied paragraph than to a single shared template sentence', () => {
    const strong = relations.find((r) => r.sourceId === id('ubnd3953') && r.targetId === id('tu473'))!;
    expect(strong.confidence).toBeGreaterThanOrEqual(0.75);
    expect(strong.confidence).toBeLessThan(1);
  });
});

describe('detectReuse direction and inputs', () => {
  const base = seed('tu470');
  const copy = (over: Partial<ReuseDocument['node']>): ReuseDocument => ({ node: { ...seed('tu342').node, ...over } });

  it('draws the edge from the later document whichever of the two is asked about', () => {
    const later = copy({ id: 'doc:x:later', issuedOn: '2021-07-30' });
    const fromEarlier = detectReuse(base, [later]);
    const fromLater = detectReuse(later, [base]);
    expect(fromEarlier.relations.map((r) => [r.sourceId, r.targetId])).toEqual([['doc:x:later', id('tu470')]]);
    expect(fromLater.relations.map((r) => [r.sourceId, r.targetId])).toEqual([['doc:x:later', id('tu470')]]);
    expect(fromEarlier.shared[0]!.order).toBe('earlier');
  });

  it('falls back to date bounds when the issue date is missing', () => {
    const bounded = copy({ id: 'doc:x:bounded', issuedOn: null, issuedOnBounds: { earliest: '2021-07-25', latest: null, reason: 'test' } });
    expect(detectReuse(bounded, [base]).relations.map((r) => r.sourceId)).toEqual(['doc:x:bounded']);
  });

  it('draws no edge when neither date nor citation orders the two', () => {
    const undated = copy({ id: 'doc:x:undated', issuedOn: null, issuedOnBounds: null });
    const found = detectReuse(undated, [base]);
    expect(found.relations).toEqual([]);
    expect(found.shared[0]!.order).toBe('unknown');
  });

  it('skips documents without text, itself, and repeated candidates', () => {
    const textless = copy({ id: 'doc:x:none', text: null, issuedOn: '2021-01-01' });
    const later = copy({ id: 'doc:x:later', issuedOn: '2021-07-30' });
    const found = detectReuse(base, [textless, base, later, later]);
    expect(found.shared.map((s) => s.otherId)).toEqual(['doc:x:later']);
  });

  it('uses the contiguous mapping when the text is one verbatim slice of its source span', () => {
    const file = seedText('003_86f9552143f492ea.txt');
    const start = file.indexOf('Trong thời gian qua');
    const end = file.indexOf('Nơi nhận:');
    const node = { id: 'doc:x:plain', text: file.slice(start, end), issuedOn: '2021-07-30', issuedOnBounds: null, sources: [{ file: '003_86f9552143f492ea.txt', start, end }] };
    const found = detectReuse({ node }, [base]);
    const e = found.relations[0]!.evidence[0]!;
    expect(file.slice(e.span!.start, e.span!.end)).toBe(e.text);
  });

  it('maps through a stored text map and reads no other field of the node', () => {
    const file = seedText('003_86f9552143f492ea.txt');
    const start = file.indexOf('Trong thời gian qua');
    const end = file.indexOf('Nơi nhận:');
    // The span is wider than the text, so only the map can place a passage.
    const node = { id: 'doc:x:mapped', text: file.slice(start, end), issuedOn: '2021-07-30', issuedOnBounds: null, sources: [{ file: '003_86f9552143f492ea.txt', start, end: end + 40 }], textMap: [0, start, end - start] };
    // A store's node reads such fields on first access; reuse has no use for them.
    Object.defineProperty(node, 'fieldEvidence', {
      enumerable: true,
      get() {
        throw new Error('fieldEvidence read');
      },
    });
    const found = detectReuse({ node }, [base]);
    const evidence = found.relations[0]!.evidence;
    expect(evidence.length).toBeGreaterThan(0);
    const own = evidence.filter((e) => e.span?.file === '003_86f9552143f492ea.txt');
    expect(own.length).toBeGreaterThan(0);
    for (const e of own) expect(file.slice(e.span!.start, e.span!.end)).toBe(e.text);
  });

  it('never gives an edge or a shared pair for a document without text', () => {
    expect(detectReuse(copy({ id: 'doc:x:none', text: null }), [base])).toEqual({ relations: [], shared: [] });
  });
});
