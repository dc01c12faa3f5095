import fc from 'fast-check';
import type { Diagnostic } from '../../../src/domain/diagnostic';
import type { DocumentNode } from '../../../src/domain/graph';
import { mergeAddedDocument, mergeDocuments, mergePersons } from '../../../src/store/shared/merge-nodes';
import { documentNode } from '../contract/graph-fixtures';

describe('mergeDocuments', () => {
  const ref = documentNode({ id: 'doc:national:07-KL/TW:2021', code: '07-KL/TW', issuedOn: '2021-06-11', subject: 'from a reference', sources: [{ file: 'a.txt', start: 5, end: 9 }] });
  const full = documentNode({ id: 'doc:national:07-KL/TW:2021', code: '07-KL/TW', inCorpus: true, subject: 'in the corpus', text: 'body', sources: [{ file: 'z.txt', start: 0, end: 4 }] });

  it('prefers the in-corpus description whatever the file order, filling gaps from references', () => {
    for (const order of [
      [{ fileName: 'a.txt', node: ref }, { fileName: 'z.txt', node: full }],
      [{ fileName: 'z.txt', node: full }, { fileName: 'a.txt', node: ref }],
    ]) {
      const merged = mergeDocuments(order);
      expect(merged).toMatchObject({ inCorpus: true, subject: 'in the corpus', text: 'body', issuedOn: '2021-06-11' });
      expect(merged.sources).toEqual([{ file: 'a.txt', start: 5, end: 9 }, { file: 'z.txt', start: 0, end: 4 }]);
    }
  });

  it('unions spans and diagnostics without duplicates', () => {
    const d = { severity: 'info' as const, code: 'x', message: 'm' };
    const merged = mergeDocuments([
      { fileName: 'a', node: { ...ref, diagnostics: [d] } },
      { fileName: 'b', node: { ...ref, diagnostics: [d] } },
    ]);
    expect(merged.diagnostics).toEqual([d]);
    expect(merged.sources).toHaveLength(1);
  });

  it('takes the field evidence of the description that gives the text, whatever the file order', () => {
    const evidence = [{ field: 'code', text: 'Số 07-KL/TW', span: { file: 'z.txt', start: 0, end: 11 }, confidence: 1 }];
    const withEvidence = { ...full, fieldEvidence: evidence };
    // A reference-only description read first still has no say: its spans would point into a file without the text.
    const refFirst = { ...ref, inCorpus: true };
    for (const order of [
      [{ fileName: 'a.txt', node: refFirst }, { fileName: 'z.txt', node: withEvidence }],
      [{ fileName: 'z.txt', node: withEvidence }, { fileName: 'a.txt', node: refFirst }],
    ]) {
      expect(mergeDocuments(order).fieldEvidence).toEqual(evidence);
    }
    expect(mergeDocuments([{ fileName: 'a.txt', node: ref }]).fieldEvidence).toEqual([]);
  });
});

describe('mergePersons', () => {
  it('keeps the name of the first file and every alias seen', () => {
    expect(
      mergePersons([
        { fileName: 'b', node: { id: 'person:dien-kre', name: 'Điều Kré', aliases: ['Điền Kré'] } },
        { fileName: 'a', node: { id: 'person:dien-kre', name: 'Điền Kré', aliases: ['Điều Kré', 'Dien Kre'] } },
      ]),
    ).toEqual({ id: 'person:dien-kre', name: 'Điền Kré', aliases: ['Dien Kre', 'Điền Kré', 'Điều Kré'] });
  });
});

describe('mergeAddedDocument', () => {
  const id = 'doc:national:07-KL/TW:2021';
  const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
  interface Raw {
    fileName: string;
    inCorpus: boolean;
    subject: string | null;
    issuedOn: string | null;
    place: string | null;
    recipientIds: string[];
    start: number;
    withText: boolean;
    /** A text read without its map and body (possible for other writers and for rows older than migration 2). */
    withMap: boolean;
    /** Evidence spans into its own file, or the same evidence as every other copy (identical copies of one text). */
    ownEvidence: boolean;
    diag: Diagnostic[];
  }
  const contribution: fc.Arbitrary<Raw> = fc.record({
    fileName: fc.constantFrom('a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'),
    inCorpus: fc.boolean(),
    subject: maybe(fc.constantFrom('về phòng dịch', 'về cách ly')),
    issuedOn: maybe(fc.constantFrom('2021-06-11', '2021-06-12')),
    place: maybe(fc.constant('Hà Nội')),
    recipientIds: fc.constantFrom<string[]>([], ['org:national:a'], ['org:national:b']),
    start: fc.integer({ min: 0, max: 5 }),
    withText: fc.boolean(),
    withMap: fc.boolean(),
    ownEvidence: fc.boolean(),
    diag: fc.constantFrom<Diagnostic[]>([], [{ severity: 'info', code: 'x', message: 'm' }], [{ severity: 'warning', code: 'y', message: 'n' }]),
  });
  const toContribution = (c: Raw) => ({
    fileName: c.fileName,
    node: documentNode({ id, inCorpus: c.inCorpus, subject: c.subject, issuedOn: c.issuedOn, place: c.place, recipientIds: c.recipientIds, sources: [{ file: c.fileName, start: c.start, end: c.start + 3 }], diagnostics: c.diag,
      text: c.withText ? 'body' : null,
      textMap: c.withText && c.withMap ? { runs: [[0, 0, 4]] } as unknown as DocumentNode['textMap'] : null,
      body: c.withText && c.withMap ? { start: 0, end: 4 } : null,
      fieldEvidence: c.withText ? [{ field: 'code', text: 'Số 07-KL/TW', span: c.ownEvidence ? { file: c.fileName, start: c.start, end: c.start + 11 } : { file: 'x.txt', start: 0, end: 11 }, confidence: 1 }] : [] }),
  });

  it('agrees with the full merge whenever it answers', () => {
    fc.assert(
      fc.property(fc.uniqueArray(contribution, { minLength: 1, maxLength: 4, selector: (c) => c.fileName }), contribution, (existing, addedRaw) => {
        fc.pre(!existing.some((e) => e.fileName === addedRaw.fileName));
        const s = existing.map(toContribution);
        const added = toContribution(addedRaw);
        const quick = mergeAddedDocument(mergeDocuments(s), added.node);
        if (quick !== null) expect(quick).toEqual(mergeDocuments([...s, added]));
      }),
      { numRuns: 500 },
    );
  });

  it('declines when the added description disagrees with the current one', () => {
    const current = documentNode({ id, subject: 'a' });
    expect(mergeAddedDocument(current, documentNode({ id, subject: 'b' }))).toBeNull();
    expect(mergeAddedDocument(current, documentNode({ id, subject: null, place: 'Huế' }))).toMatchObject({ subject: 'a', place: 'Huế' });
  });
});
