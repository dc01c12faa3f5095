import { mergeDocuments, mergePersons } from '../../../src/store/sqlite/merge-nodes';
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
