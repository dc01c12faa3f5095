import Database from 'better-sqlite3';
import fc from 'fast-check';
import { DocumentType } from '../../src/domain/document-type';
import { ftsMatchExpression, queryTerms } from '../../src/store/shared/full-text';
import { search } from '../../src/store/sqlite/document-queries';
import { migrate } from '../../src/store/sqlite/migrate';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import { writeFileGraphs } from '../../src/store/sqlite/write-file';
import { documentNode, fileGraph } from './contract/graph-fixtures';

/**
 * `search` ranks inside the full-text index and reads only the rows it
 * returns. Its answer must be the one the plain statement below gives: every
 * match joined to its document, ordered by bm25 and then by document id.
 */
const SPECIFICATION = `SELECT d.id, bm25(documents_fts) AS rank
  FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
 WHERE documents_fts MATCH ? ORDER BY rank, d.id LIMIT ?`;

const NOW = new Date('2026-01-01T00:00:00Z');

function storeOf(texts: ReadonlyArray<{ number: number; text: string }>): Database.Database {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS);
  const graphs = texts.map(({ number, text }) =>
    fileGraph(`f${number}.txt`, {
      documents: [
        documentNode({
          id: `doc:dak-nong:${number}/UBND-VX:2021`,
          code: `${number}/UBND-VX`,
          type: DocumentType.CONG_VAN,
          inCorpus: true,
          subject: null,
          text,
        }),
      ],
    }),
  );
  db.transaction(() => writeFileGraphs(db, graphs, NOW))();
  return db;
}

function specified(db: Database.Database, query: string, limit: number): Array<{ id: string; rank: number }> {
  return db.prepare(SPECIFICATION).all(ftsMatchExpression(queryTerms(query)), limit) as Array<{ id: string; rank: number }>;
}

function searched(db: Database.Database, query: string, limit: number): Array<{ id: string; rank: number }> {
  return search(db, query, limit).map((hit) => ({ id: hit.documentId, rank: -hit.score }));
}

describe('full-text search ranking', () => {
  it('breaks ties at the cut by document id, whatever order the documents were written in', () => {
    // Thirty equal texts rank equal. Written from the highest number down, the index meets
    // the largest ids first; the answer still starts at the smallest.
    const numbers = Array.from({ length: 30 }, (_, i) => 130 - i);
    const db = storeOf(numbers.map((number) => ({ number, text: 'Về việc tiêm chủng vắc xin phòng Covid-19.' })));
    try {
      const idsInOrder = numbers.map((n) => `doc:dak-nong:${n}/UBND-VX:2021`).sort();
      for (const limit of [1, 5, 20, 29, 30, 31]) {
        const hits = searched(db, 'tiêm chủng', limit);
        expect(hits.map((h) => h.id)).toEqual(idsInOrder.slice(0, limit));
        expect(new Set(hits.map((h) => h.rank)).size).toBe(1);
      }
    } finally {
      db.close();
    }
  });

  it('puts a better-ranked document first even when it was written last', () => {
    const filler = Array.from({ length: 25 }, (_, i) => ({ number: 200 + i, text: `Công văn số ${i} về tiêm chủng và các nội dung khác của tỉnh.` }));
    const db = storeOf([...filler, { number: 999, text: 'Tiêm chủng, tiêm chủng, tiêm chủng.' }]);
    try {
      const hits = searched(db, 'tiêm chủng', 3);
      expect(hits[0]!.id).toBe('doc:dak-nong:999/UBND-VX:2021');
      expect(hits).toEqual(specified(db, 'tiêm chủng', 3));
    } finally {
      db.close();
    }
  });

  it('answers as the join ordered by rank and id does, for any store and limit', () => {
    const WORDS = ['tiêm', 'chủng', 'cách', 'ly', 'dịch', 'xét', 'nghiệm'];
    const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 1, max: 45 }),
        (texts, queryWords, limit) => {
          // Numbers run against the write order, so the index's order is not the ids'.
          const db = storeOf(texts.map((t, i) => ({ number: 1000 - i, text: t })));
          try {
            const query = queryWords.join(' ');
            expect(searched(db, query, limit)).toEqual(specified(db, query, limit));
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
