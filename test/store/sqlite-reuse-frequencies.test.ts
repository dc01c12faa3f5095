import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError } from '../../src/domain/errors';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { documentNode, fileGraph } from './contract/graph-fixtures';

/**
 * Six in-corpus letters in one file: every one holds `template`, letters 0–2
 * hold `shared`, letter 0 alone holds `own`. Frequencies are therefore 6, 3
 * and 1, and a count bounded at `atMost` stops at `atMost + 1`.
 */
const LETTERS = 6;
const idOf = (i: number): string => `doc:dak-nong:${100 + i}/UBND-VX:2021`;

function corpusFile(name = 'letters.txt') {
  const documents = Array.from({ length: LETTERS }, (_, i) =>
    documentNode({ id: idOf(i), code: `${100 + i}/UBND-VX`, year: 2021, inCorpus: true, text: `Thư số ${i}.`, sources: [{ file: name, start: i * 10, end: i * 10 + 9 }] }),
  );
  const signatures = documents.map((d, i) => ({
    documentId: d.id,
    buckets: ['template', ...(i < 3 ? ['shared'] : []), ...(i === 0 ? ['own'] : [])],
  }));
  return fileGraph(name, { documents, signatures });
}

describe('SqliteGraphStore.reuseBucketFrequencies', () => {
  let dir: string;
  let store: SqliteGraphStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-reuse-df-'));
    store = await openSqliteStore(dir);
    await store.writeFile(corpusFile());
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('counts the documents holding each bucket when under the bound', async () => {
    const df = await store.reuseBucketFrequencies(['template', 'shared', 'own', 'absent'], 10);
    expect([...df]).toEqual([
      ['template', 6],
      ['shared', 3],
      ['own', 1],
      ['absent', 0],
    ]);
  });

  it('stops counting one past the bound, which is all a stop-bucket test needs', async () => {
    const df = await store.reuseBucketFrequencies(['template', 'shared', 'own'], 2);
    // 6 and 3 both exceed 2: each probe reads 3 entries and stops.
    expect(df.get('template')).toBe(3);
    expect(df.get('shared')).toBe(3);
    expect(df.get('own')).toBe(1);
  });

  it('answers each distinct bucket once and rejects a negative bound', async () => {
    expect((await store.reuseBucketFrequencies(['own', 'own'], 5)).size).toBe(1);
    expect((await store.reuseBucketFrequencies([], 5)).size).toBe(0);
    await expect(store.reuseBucketFrequencies(['own'], -1)).rejects.toThrow(InvalidArgumentError);
  });
});
