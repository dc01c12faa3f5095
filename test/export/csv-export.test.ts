import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField, csvRecord } from '../../src/export/csv-record';
import { EDGES_FILE, exportCsv, NODES_FILE } from '../../src/export/csv-export';
import { HOSTILE_TEXTS, hostileDump, seedDump } from './support/export-dumps';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csv-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Row = Record<string, string>;

async function readBack(name: string): Promise<{ raw: Buffer; rows: Row[] }> {
  const raw = await readFile(join(dir, name));
  // Strict reader: no relaxed quotes, no trimming, every record the header's width.
  const rows = parse(raw, { columns: true, encoding: 'utf8', relax_quotes: false, relax_column_count: false, trim: false }) as Row[];
  return { raw, rows };
}

describe('CSV export read back by csv-parse', () => {
  test('every field of the hostile dump is intact: Vietnamese, commas, quotes, CR/LF, spaces, markup', async () => {
    const dump = hostileDump();
    await exportCsv(dump, dir);
    const nodes = await readBack(NODES_FILE);
    const edges = await readBack(EDGES_FILE);
    expect(nodes.raw.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(nodes.raw.toString('utf8').split('\r\n')[0]?.split(',').slice(0, 3)).toEqual(['id', 'kind', 'label']);

    expect(nodes.rows).toHaveLength(7);
    const byId = new Map(nodes.rows.map((r) => [r.id, r]));
    const doc = byId.get('doc:dak-nong:3953/UBND-KGVX:2021');
    expect(doc).toMatchObject({ kind: 'document', code: '3953/UBND-KGVX', year: '2021', inCorpus: 'true', subject: HOSTILE_TEXTS[1], signerTitle: HOSTILE_TEXTS[3] });
    expect(doc?.text).toBe(dump.documents[0]?.text);
    expect(doc?.issuedOnEarliest).toBe('');
    expect(byId.get('doc:dak-nong:cong-van:ubnd-tinh:undated-<&>"')).toMatchObject({ subject: HOSTILE_TEXTS[4], issuedOnEarliest: '2021-07-22', text: '', inCorpus: 'true' });
    expect(byId.get('org:dak-nong:ubnd-tinh')?.name).toBe(HOSTILE_TEXTS[0]);
    expect(byId.get('person:ton-thi-ngoc-hanh')?.aliases).toBe(`Tôn Thị Ngọc Hạnh | ${HOSTILE_TEXTS[2]}`);

    expect(edges.rows).toHaveLength(13);
    expect(Object.keys(edges.rows[0] ?? {}).slice(0, 5)).toEqual(['id', 'source', 'target', 'label', 'relation']);
    // Gephi's spreadsheet import takes a `Type` column as Directed/Undirected: none here.
    expect(Object.keys(edges.rows[0] ?? {}).map((k) => k.toLowerCase())).not.toContain('type');
    const replaces = edges.rows.find((r) => r.relation === 'REPLACES');
    expect(replaces).toMatchObject({
      source: 'doc:dak-nong:cong-van:ubnd-tinh:undated-<&>"',
      target: 'doc:national:07-KL/TW:2021',
      origin: 'correction',
      confidence: '0.75',
      evidence: HOSTILE_TEXTS[5],
      createdBy: 'analyst, "A"',
      evidenceSpans: `dir, with "comma"/a.txt:3-${3 + (HOSTILE_TEXTS[5] as string).length}`,
    });
    expect(edges.rows.find((r) => r.relation === 'AMENDS')?.evidence).toBe(HOSTILE_TEXTS[6]);
    expect(edges.rows.filter((r) => r.relation === 'ADDRESSED_TO').map((r) => [r.target, r.position])).toEqual([
      ['org:national:bo-chinh-tri', '0'],
      ['org:dak-nong:ubnd-tinh', '1'],
    ]);
    const nodeIds = new Set(nodes.rows.map((r) => r.id));
    for (const e of edges.rows) expect(nodeIds.has(e.source as string) && nodeIds.has(e.target as string)).toBe(true);
  });

  test('csvField quotes only when needed, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Đắk Nông')).toBe('Đắk Nông');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField(' pad')).toBe('" pad"');
    expect(csvRecord(['x', 'y,z'])).toBe('x,"y,z"\r\n');
  });

  test('any record of arbitrary strings parses back to the same fields', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { minLength: 1, maxLength: 6 }), (fields) => {
        // A lone empty field is an empty line, which readers skip; not a record our writer produces (ids are never empty).
        fc.pre(!(fields.length === 1 && fields[0] === ''));
        const parsed = parse(csvRecord(fields), { relax_column_count: false }) as string[][];
        expect(parsed).toEqual([fields]);
      }),
      { numRuns: 500 },
    );
  });

  test('the seeds: one row per node and per edge, documents with their Vietnamese text', async () => {
    const dump = await seedDump();
    await exportCsv(dump, dir);
    const nodes = (await readBack(NODES_FILE)).rows;
    const edges = (await readBack(EDGES_FILE)).rows;
    expect(nodes).toHaveLength(dump.documents.length + dump.organizations.length + dump.persons.length + dump.provinces.length);
    const relationEdges = edges.filter((e) => !['ISSUED_BY', 'ADDRESSED_TO', 'SIGNED_BY', 'IN_PROVINCE'].includes(e.relation as string));
    expect(relationEdges).toHaveLength(dump.relations.length);
    for (const d of dump.documents) {
      const row = nodes.find((n) => n.id === d.id);
      expect(row?.text).toBe(d.text ?? '');
      expect(row?.subject).toBe(d.subject ?? '');
    }
    // seeds/000: 3953/UBND-KGVX is issued by Ủy ban nhân dân tỉnh Đắk Nông.
    const issuedBy = edges.find((e) => e.relation === 'ISSUED_BY' && e.source === 'doc:dak-nong:3953/UBND-KGVX:2021');
    expect(nodes.find((n) => n.id === issuedBy?.target)?.name).toBe('Ủy ban nhân dân tỉnh Đắk Nông');
  }, 60_000);
});
