import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreUnavailableError } from '../../src/domain/errors';
import { openStoreReader } from '../../src/store/open-store-reader';
import { openSqliteReader } from '../../src/store/sqlite/open-sqlite-reader';
import { DATABASE_FILE_NAME, openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { documentNode, fileGraph } from './contract/graph-fixtures';

const letter = (n: number) =>
  fileGraph(`letter-${n}.txt`, { documents: [documentNode({ id: `doc:dak-nong:${n}/UBND-VX:2021`, code: `${n}/UBND-VX`, year: 2021, inCorpus: true })] });

describe('openSqliteReader (a read-only view for another thread)', () => {
  let dir: string;
  let writer: SqliteGraphStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-reader-'));
    writer = await openSqliteStore(dir);
    await writer.writeFile(letter(1));
  });
  afterEach(async () => {
    await writer.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads what the writer committed, and each later read sees later commits', async () => {
    const reader = openStoreReader(writer.readerSpec());
    try {
      expect((await reader.stats()).inCorpus).toBe(1);
      await writer.writeFile(letter(2));
      expect((await reader.getDocuments(['doc:dak-nong:2/UBND-VX:2021']))[0]?.code).toBe('2/UBND-VX');
      expect((await reader.stats()).inCorpus).toBe(2);
    } finally {
      await reader.close();
    }
  });

  it('refuses to write, and the writer keeps working', async () => {
    const reader = openSqliteReader(writer.path);
    try {
      await expect(reader.writeFile(letter(3))).rejects.toThrow(/readonly/i);
      await writer.writeFile(letter(3));
      expect((await writer.stats()).inCorpus).toBe(2);
    } finally {
      await reader.close();
    }
  });

  it('refuses a missing file and a schema it does not read, with a store error', async () => {
    expect(() => openSqliteReader(join(dir, 'absent', DATABASE_FILE_NAME))).toThrow(StoreUnavailableError);
    // A store migrated by a newer program: the reader must not guess at its tables.
    const raw = new Database(writer.path);
    raw.prepare("INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', '2030-01-01')").run();
    raw.close();
    expect(() => openSqliteReader(writer.path)).toThrow(/schema version 999/);
  });
});
