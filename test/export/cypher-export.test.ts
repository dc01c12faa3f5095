import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import type { GraphDump } from '../../src/store/port';
import { RelationType } from '../../src/domain/relation-type';
import { cypherExportStatements, cypherLiteral, cypherString, exportCypher } from '../../src/export/cypher-export';
import { splitCypherStatements } from '../../src/store/neo4j/cypher-script';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { ID, documentNode, fileA, fileB } from '../store/contract/graph-fixtures';
import { lintStatement } from '../store/neo4j/lint-cypher';

/** Reads a Cypher single-quoted string literal back (the escapes Cypher defines). */
function decodeCypherString(literal: string): string {
  expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "'") throw new Error(`unescaped quote at ${i}`);
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i];
    const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
    if (simple[next] !== undefined) out += simple[next];
    else if (next === 'u') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else throw new Error(`unknown escape \\${next}`);
  }
  return out;
}

const HOSTILE = [
  "O'Brien",
  "'}) DETACH DELETE n //",
  "\\'; MATCH (n) DETACH DELETE n; //",
  'back\\slash at the end\\',
  'line\nbreak\r\nand\ttab',
  '"double" and `backtick` and $param and {map: 1}',
  '/* not a comment */ // nor this ;',
  'Đắk Nông — “quotes” 🦠 emoji',
  'nul \u0000 bell \u0007 del \u007f sep \u2028 \u2029',
  'lone \ud800 surrogate and \udc00 low',
];

describe('cypherString', () => {
  test.each(HOSTILE)('round-trips %j and lints as one string', (text) => {
    const literal = cypherString(text);
    expect(decodeCypherString(literal)).toBe(text);
    expect(literal).not.toMatch(/[\n\r\u2028\u2029\u0000]/);
    // A broken escape would end the string early and leave a syntax error behind it.
    expect(lintStatement(`RETURN ${literal} AS x`)).toEqual([]);
  });

  test('any UTF-16 string round-trips and never contains an unescaped quote', () => {
    const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });
    fc.assert(
      fc.property(utf16, (text) => {
        const literal = cypherString(text);
        return decodeCypherString(literal) === text && !/(^|[^\\])(\\\\)*'(?!$)/.test(literal.slice(1));
      }),
      { numRuns: 500 },
    );
  });

  test('literals of other types', () => {
    expect(cypherLiteral({ a: 1, b: null, c: [true, 'x'], d: 0.5 })).toBe("{a: 1, c: [true, 'x'], d: 0.5}");
    expect(() => cypherLiteral(Number.NaN)).toThrow(RangeError);
    expect(() => cypherLiteral({ 'bad key': 1 })).toThrow(TypeError);
  });
});

describe('exportCypher', () => {
  let dir: string;
  let dump: GraphDump;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-export-'));
    const store = await openSqliteStore(dir);
    await store.writeFile(fileA());
    await store.writeFile(fileB());
    await store.applyCorrection({
      action: 'add',
      type: RelationType.REPEATS,
      sourceId: ID.ub3953,
      targetId: ID.bd100,
      note: "analyst's note: it's the same \\ paragraph;\nsee p. 2",
      createdBy: 'ana',
      createdAt: '2026-01-02T03:04:05.000Z',
    });
    dump = await store.dump();
    await store.close();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('every exported statement lints clean against the graph schema', () => {
    const statements = cypherExportStatements(dump);
    expect(statements.length).toBeGreaterThan(8);
    for (const s of statements) expect({ s: s.slice(0, 80), problems: lintStatement(s) }).toEqual({ s: s.slice(0, 80), problems: [] });
  });

  test('the written script splits back into exactly the statements (no value ends a statement)', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    await exportCypher(dump, out);
    out.end();
    expect(splitCypherStatements(text)).toEqual(cypherExportStatements(dump));
  });

  test('hostile text in every string field stays inside its literal', () => {
    const hostileDump: GraphDump = {
      ...dump,
      documents: [
        documentNode({
          id: 'doc:national:1/X:2021',
          subject: HOSTILE.join(' | '),
          text: HOSTILE.join('\n'),
          distribution: HOSTILE,
          issuedOn: '2021-07-24',
          year: 2021,
          inCorpus: true,
        }),
      ],
      relations: [],
      corrections: [],
    };
    const statements = cypherExportStatements(hostileDump);
    const documentStatement = statements.find((s) => s.includes('MERGE (n:Document'));
    expect(documentStatement).toBeDefined();
    const out = statements.map((s) => `${s};\n`).join('');
    expect(splitCypherStatements(out)).toEqual(statements);
    expect(lintStatement(documentStatement as string)).toEqual([]);
    // The subject literal decodes back to the hostile text.
    const literal = cypherString(HOSTILE.join(' | '));
    expect(documentStatement).toContain(literal);
    expect(decodeCypherString(literal)).toBe(HOSTILE.join(' | '));
  });

  test('dates become date() values, confidences stay floats, corrections keep their note', () => {
    const script = cypherExportStatements(dump).join('\n');
    expect(script).toContain("issuedOn: date('2021-07-24')");
    expect(script).toMatch(/confidence: 0\.9/);
    expect(script).toMatch(/MERGE \(s\)-\[r:REPEATS \{kind: row\.kind\}\]->\(t\)/);
    expect(script).toContain("kind: 'correction'");
    expect(script).toContain(cypherString("analyst's note: it's the same \\ paragraph;\nsee p. 2"));
  });
});
