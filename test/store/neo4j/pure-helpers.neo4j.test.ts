import { RelationType } from '../../../src/domain/relation-type';
import { splitCypherStatements } from '../../../src/store/neo4j/cypher-script';
import { allTermsQuery, anyTermQuery } from '../../../src/store/neo4j/lucene-query';
import {
  combineContributions,
  fileRelationRow,
  parseContributions,
  withoutFile,
} from '../../../src/store/neo4j/relation-contributions';

describe('relation contributions', () => {
  const a = { file: 'a.txt', evidence: [{ text: 'Thực hiện Kết luận 07', span: null }], confidence: 0.9 };
  const b = { file: 'b.txt', evidence: [{ text: 'theo Kết luận 07', span: null }], confidence: 0.6 };
  const key = { type: RelationType.CITES, sourceId: 'doc:x', targetId: 'doc:y' };

  test('the visible relation has every file’s evidence in file order and the highest confidence', () => {
    const row = fileRelationRow(key, [b, a]);
    expect(JSON.parse(row.evidence)).toEqual([...a.evidence, ...b.evidence]);
    expect(row.confidence).toBe(0.9);
    expect(row.files).toEqual(['a.txt', 'b.txt']);
    expect(parseContributions(row.contributions)).toEqual([a, b]);
  });

  test('replacing one file removes exactly its share', () => {
    expect(withoutFile([a, b], 'a.txt')).toEqual([b]);
    expect(fileRelationRow(key, withoutFile([a, b], 'a.txt')).confidence).toBe(0.6);
  });

  test('two shares of one file (after re-pointing a node) merge into one', () => {
    const a2 = { file: 'a.txt', evidence: [{ text: 'Kết luận số 07-KL/TW', span: null }], confidence: 0.5 };
    expect(combineContributions([a], [a2, b])).toEqual([
      { file: 'a.txt', evidence: [...a.evidence, ...a2.evidence], confidence: 0.9 },
      b,
    ]);
  });
});

describe('Lucene queries', () => {
  test('terms are quoted so user text cannot use Lucene operators', () => {
    expect(allTermsQuery(['cach', 'ly'])).toBe('+"cach" +"ly"');
    expect(anyTermQuery(['b1', 'b2'])).toBe('"b1" "b2"');
    expect(allTermsQuery(['a"b', 'c\\d', 'OR', '*'])).toBe('+"a\\"b" +"c\\\\d" +"OR" +"*"');
  });
});

describe('splitCypherStatements', () => {
  test('splits at top-level semicolons, skipping comments', () => {
    const script = `// header; not a statement
CREATE INDEX a IF NOT EXISTS FOR (n:Document) ON (n.code); /* block; comment */
CREATE (:Document {id: 'x;y', note: "say \\"hi\\"; ok"});
MATCH (n:\`odd;name\`) RETURN n
`;
    expect(splitCypherStatements(script)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:Document) ON (n.code)',
      `CREATE (:Document {id: 'x;y', note: "say \\"hi\\"; ok"})`,
      'MATCH (n:`odd;name`) RETURN n',
    ]);
  });

  test('an escaped quote inside a string does not end it', () => {
    expect(splitCypherStatements("RETURN 'it\\'s; fine'; RETURN 2")).toEqual(["RETURN 'it\\'s; fine'", 'RETURN 2']);
  });

  test('empty and comment-only scripts have no statements', () => {
    expect(splitCypherStatements('')).toEqual([]);
    expect(splitCypherStatements('// only a comment\n;;\n')).toEqual([]);
  });
});
