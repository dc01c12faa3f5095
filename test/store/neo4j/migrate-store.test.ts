import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Direction } from '../../../src/domain/direction';
import { RelationType } from '../../../src/domain/relation-type';
import { migrateStore } from '../../../src/store/migrate';
import type { GraphStore } from '../../../src/store/port';
import { openSqliteStore } from '../../../src/store/sqlite/open-sqlite-store';
import { ID, fileA, fileB, fileC } from '../contract/graph-fixtures';

/**
 * migrateStore goes through the port only, so two real embedded stores show
 * it copies everything (the CLI's `migrate --to neo4j` runs the same code
 * with Neo4j as the target).
 */
describe('migrateStore', () => {
  const dirs: string[] = [];
  const stores: GraphStore[] = [];
  const open = async (): Promise<GraphStore> => {
    const dir = await mkdtemp(join(tmpdir(), 'dg-migrate-'));
    dirs.push(dir);
    const store = await openSqliteStore(dir);
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  const at = '2026-01-02T03:04:05.000Z';

  async function source(): Promise<GraphStore> {
    const from = await open();
    await from.writeFile(fileA());
    await from.writeFile(fileB());
    await from.writeFile(fileC());
    await from.mergeUndatedInstruments();
    await from.replaceReuseRelations([ID.ub3953], [
      { type: RelationType.REPEATS, sourceId: ID.ub3953, targetId: ID.bd100, evidence: [{ text: 'yêu cầu', span: null }], confidence: 0.6 },
    ]);
    await from.applyCorrection({ action: 'remove', type: RelationType.CITES, sourceId: ID.ub3953, targetId: ID.kl07, note: 'not a citation', createdBy: 'ana', createdAt: at });
    await from.applyCorrection({ action: 'add', type: RelationType.IMPLEMENTS, sourceId: ID.ub3953, targetId: ID.kl07, note: 'implements it', createdBy: 'ana', createdAt: at });
    return from;
  }

  test('copies nodes, effective relations and corrections: the target dumps the same graph', async () => {
    const from = await source();
    const to = await open();
    const summary = await migrateStore(from, to);
    const expected = await from.dump();
    expect(await to.dump()).toEqual(expected);
    // Hand count: A(3 docs) + B(4: BD100, BD-undated, KL07 ref, CT16 ref) + C(UB500), KL07 shared, undated KL07 merged away.
    expect(summary).toMatchObject({ written: true, documents: 7, corrections: 2, skippedCorrections: [] });
    // The added relation arrives as a correction, not frozen into extraction.
    const added = (await to.relations([ID.ub3953], Direction.OUT, [RelationType.IMPLEMENTS])).find((r) => r.targetId === ID.kl07);
    expect(added).toMatchObject({ origin: 'correction', createdBy: 'ana', evidence: [{ text: 'implements it', span: null }] });
    // The removed one stays removed.
    expect((await to.relations([ID.ub3953], Direction.OUT, [RelationType.CITES])).map((r) => r.targetId)).toEqual([ID.tu470]);
  });

  test('is idempotent: a second run writes nothing and changes nothing', async () => {
    const from = await source();
    const to = await open();
    await migrateStore(from, to);
    const once = await to.dump();
    const again = await migrateStore(from, to);
    expect(again.written).toBe(false);
    expect(await to.dump()).toEqual(once);
  });

  test('after the source changes, migrating again replaces the earlier copy instead of adding to it', async () => {
    const from = await source();
    const to = await open();
    await migrateStore(from, to);
    const a = fileA();
    // A new version of file A without UB3953 (and its relations).
    await from.writeFile({
      ...a,
      file: { ...a.file, hash: 'ab'.repeat(32) },
      documents: a.documents.filter((d) => d.id !== ID.ub3953),
      relations: a.relations.filter((r) => r.sourceId !== ID.ub3953),
    });
    const second = await migrateStore(from, to);
    expect(second.written).toBe(true);
    expect(await to.getDocuments([ID.ub3953])).toEqual([null]);
    // Both corrections name UB3953, which the source no longer holds: reported, not silently lost.
    expect(second.corrections).toBe(0);
    expect(second.skippedCorrections.map((c) => c.action).sort()).toEqual(['add', 'remove']);
    expect((await to.dump()).documents.map((d) => d.id).sort()).toEqual((await from.dump()).documents.map((d) => d.id).sort());
  });
});
