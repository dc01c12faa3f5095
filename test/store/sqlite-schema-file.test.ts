import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { schemaSql } from '../../src/store/sqlite/migrations';

const SCHEMA_FILE = join(__dirname, '../../schema/sqlite.sql');

describe('schema/sqlite.sql', () => {
  it('is the concatenation of the migration steps', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, schemaSql());
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaSql());
  });

  it('runs on an empty database', () => {
    const db = new Database(':memory:');
    db.exec(schemaSql());
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['files', 'documents', 'relations', 'corrections', 'reuse_postings', 'documents_fts']));
    db.close();
  });
});
