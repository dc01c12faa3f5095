import { RelationType as R } from '../../../src/domain/relation-type';
import { classifyReferences } from '../../../src/extract/classify/classify-references';
import { SEED_DOCUMENTS, bodyOf } from '../references/seed-documents';

describe('relations in the seed documents', () => {
  it.each(SEED_DOCUMENTS.map((d) => [d.name, d] as const))('%s', (_name, doc) => {
    const classified = classifyReferences({ subject: doc.subject, body: bodyOf(doc) });
    const got = classified.map((c) => ({
      source: c.source,
      code: c.reference.code ?? c.reference.type,
      relations: c.relations.map((r) => r.type).sort(),
    }));
    const expected = [
      ...doc.subjectRefs.map((r) => ({ source: 'subject', code: r.code ?? r.type, relations: [...r.relations].sort() })),
      ...doc.bodyRefs.map((r) => ({ source: 'body', code: r.code ?? r.type, relations: [...r.relations].sort() })),
    ];
    expect(got).toEqual(expected);
  });

  it('every specific relation is also a CITES, and evidence is the sentence holding the reference', () => {
    for (const doc of SEED_DOCUMENTS) {
      const body = bodyOf(doc);
      for (const c of classifyReferences({ subject: doc.subject, body })) {
        expect(c.relations.map((r) => r.type)).toContain(R.CITES);
        const source = c.source === 'subject' ? doc.subject : body;
        expect(c.evidence.text).toBe(source.slice(c.evidence.start, c.evidence.end));
        expect(c.evidence.start).toBeLessThanOrEqual(c.reference.start);
        expect(c.evidence.end).toBeGreaterThanOrEqual(c.reference.start);
        for (const r of c.relations) {
          expect(r.confidence).toBeGreaterThan(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('a preamble trigger is surer than an order in the operative part', () => {
    const letter = SEED_DOCUMENTS.find((d) => d.name.startsWith('3953'))!;
    const notice = SEED_DOCUMENTS.find((d) => d.name.startsWith('285'))!;
    const conf = (doc: typeof letter, index: number) =>
      classifyReferences({ subject: doc.subject, body: bodyOf(doc) })[index].relations.find((r) => r.type === R.IMPLEMENTS)!
        .confidence;
    expect(conf(letter, 0)).toBeGreaterThan(conf(notice, 1));
  });

  it('evidence of the covering letter is its opening sentence, triggers are reported as written', () => {
    const letter = SEED_DOCUMENTS.find((d) => d.name.startsWith('3953'))!;
    const [first] = classifyReferences({ subject: letter.subject, body: bodyOf(letter) });
    expect(first.evidence.text.startsWith('Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại Công văn 470-CV/TU')).toBe(true);
    expect(first.evidence.text.endsWith('như sau:')).toBe(true);
    expect(first.relations.find((r) => r.type === R.IMPLEMENTS)?.trigger).toBe('Thực hiện');
    expect(first.relations.find((r) => r.type === R.ATTACHES)?.trigger).toBe('(*gửi kèm theo*)');
  });
});
