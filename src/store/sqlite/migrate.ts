import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../domain/errors';
import { MIGRATIONS, type Migration } from './migrations';

/**
 * Brings the schema up to the newest step, all pending steps in one
 * transaction: a store is either at its old version or the new one, never
 * between. Returns the version reached.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const run = db.transaction((): number => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
      version     INTEGER PRIMARY KEY,
      description TEXT NOT NULL,
      applied_at  TEXT NOT NULL
    )`);
    const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
    const current = row.v ?? 0;
    const newest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
    if (current > newest) {
      throw new StoreUnavailableError(
        `The store's schema is version ${current}, newer than this program knows (${newest}); upgrade directive-graph or use another DATA_DIR.`,
      );
    }
    const insert = db.prepare('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)');
    for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
      if (step.version <= current) continue;
      db.exec(step.sql);
      insert.run(step.version, step.description, new Date().toISOString());
    }
    return Math.max(current, newest);
  });
  return run.immediate();
}
