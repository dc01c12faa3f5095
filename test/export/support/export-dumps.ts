import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentType } from '../../../src/domain/document-type';
import type { RelationRecord } from '../../../src/domain/graph';
import { RelationType } from '../../../src/domain/relation-type';
import { System } from '../../../src/domain/system';
import { ingestPaths } from '../../../src/ingest/ingest-paths';
import type { GraphDump } from '../../../src/store/port';
import { openSqliteStore } from '../../../src/store/sqlite/open-sqlite-store';
import { documentNode } from '../../store/contract/graph-fixtures';

const ROOT = join(__dirname, '..', '..', '..');

/** The seeds ingested by the real pipeline into a real SQLite file, dumped through the port. */
export async function seedDump(): Promise<GraphDump> {
  const dir = await mkdtemp(join(tmpdir(), 'export-seeds-'));
  const store = await openSqliteStore(dir);
  try {
    const summary = await ingestPaths([join(ROOT, 'seeds')], store, { cwd: ROOT });
    if (summary.filesIngested !== 5) throw new Error(`expected 5 seed files, ingested ${summary.filesIngested}`);
    return await store.dump();
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Field values every writer must carry intact: Vietnamese, separators, quotes, line breaks, markup. */
export const HOSTILE_TEXTS = [
  'Ủy ban nhân dân tỉnh Đắk Nông, "Ban Chỉ đạo"; số 3953/UBND-KGVX',
  'line one\nline two\r\nline three\rend',
  '"quoted at start" and, a comma',
  '  leading and trailing spaces  ',
  '<tag attr="x">&amp; & < > \' "</tag>',
  'tab\there | pipe',
  'emoji 🦠 and combining: Đắk Nông (NFC) — “curly”',
  '',
];

export function hostileDump(): GraphDump {
  const [a, b, c, d, e, f, g] = HOSTILE_TEXTS as [string, string, string, string, string, string, string];
  const rel = (type: RelationType, sourceId: string, targetId: string, text: string, origin: 'extracted' | 'correction' = 'extracted'): RelationRecord => ({
    type,
    sourceId,
    targetId,
    evidence: [{ text, span: { file: 'dir, with "comma"/a.txt', start: 3, end: 3 + text.length } }],
    confidence: 0.75,
    origin,
    createdBy: origin === 'correction' ? 'analyst, "A"' : null,
    createdAt: origin === 'correction' ? '2026-01-02T03:04:05Z' : null,
  });
  const later = 'doc:dak-nong:3953/UBND-KGVX:2021';
  const earlier = 'doc:national:07-KL/TW:2021';
  const third = 'doc:dak-nong:cong-van:ubnd-tinh:undated-<&>"';
  return {
    provinces: [{ id: 'province:dak-nong', name: 'Đắk Nông' }],
    organizations: [
      { id: 'org:dak-nong:ubnd-tinh', name: a, system: System.STATE, provinceId: 'province:dak-nong', parentId: null },
      { id: 'org:national:bo-chinh-tri', name: 'Bộ Chính trị', system: System.PARTY, provinceId: null, parentId: null },
    ],
    persons: [{ id: 'person:ton-thi-ngoc-hanh', name: 'Tôn Thị Ngọc Hạnh', aliases: ['Tôn Thị Ngọc Hạnh', c] }],
    documents: [
      documentNode({
        id: later,
        code: '3953/UBND-KGVX',
        number: '3953',
        symbol: 'UBND-KGVX',
        year: 2021,
        subject: b,
        issuedOn: '2021-07-24',
        inCorpus: true,
        text: [a, b, c, d, e, f, g].join('\n'),
        issuerId: 'org:dak-nong:ubnd-tinh',
        provinceId: 'province:dak-nong',
        signerId: 'person:ton-thi-ngoc-hanh',
        signerTitle: d,
        recipientIds: ['org:national:bo-chinh-tri', 'org:dak-nong:ubnd-tinh'],
        system: System.STATE,
      }),
      documentNode({ id: earlier, code: '07-KL/TW', number: '07', symbol: 'KL/TW', year: 2021, type: DocumentType.KET_LUAN, issuedOn: '2021-06-11', issuerId: 'org:national:bo-chinh-tri' }),
      documentNode({ id: third, subject: e, issuedOnBounds: { earliest: '2021-07-22', latest: null, reason: 'cites 470-CV/TU' }, inCorpus: true, text: '' }),
    ],
    relations: [
      rel(RelationType.CITES, later, earlier, a),
      rel(RelationType.IMPLEMENTS, later, earlier, b),
      rel(RelationType.REPEATS, later, third, e),
      rel(RelationType.REPLACES, third, earlier, f, 'correction'),
      rel(RelationType.AMENDS, third, later, g),
      rel(RelationType.BASED_ON, third, earlier, c),
      rel(RelationType.ATTACHES, later, third, d),
    ],
    corrections: [],
  };
}
