import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { describeGraphStoreContract } from './contract/describe-graph-store-contract';

describeGraphStoreContract('sqlite (temp-dir file)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dg-sqlite-'));
  const store = await openSqliteStore(dir);
  return {
    store,
    async cleanup() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

// The same answers while an ingest into an empty store has the read-only indexes dropped (`beginBulkLoad`).
describeGraphStoreContract('sqlite during a bulk load (read indexes dropped)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dg-sqlite-bulk-'));
  const store = await openSqliteStore(dir);
  if (!(await store.beginBulkLoad())) throw new Error('a new store did not begin a bulk load');
  return {
    store,
    async cleanup() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
