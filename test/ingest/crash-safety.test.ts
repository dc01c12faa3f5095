import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Direction } from '../../src/domain/direction';
import { ingestPaths } from '../../src/ingest/ingest-paths';
import { contentHash } from '../../src/shared/content-hash';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { READ_INDEXES } from '../../src/store/sqlite/read-indexes';
import { bundleForNode } from './support/bundle-for-node';
import { SHARED_REFERENCE_ID, docId, synthesizeGraph } from './support/synthetic-extractor';

const FILES = 300;
const DOCS_PER_FILE = 8;
/** Files per store transaction in the child: a crash loses at most the batch in hand. */
const BATCH = 16;
const REPO = resolve(__dirname, '../..');

/** File i holds letters i-0 … i-7, each citing the shared conclusion and the previous letter of the file. */
function syntheticFile(i: number): string {
  const lines: string[] = [];
  for (let d = 0; d < DOCS_PER_FILE; d++) {
    lines.push(`DOC ${i}-${d}/UBND-S 2021-07-${String(1 + (d % 28)).padStart(2, '0')} Văn bản số ${i}-${d} về phòng, chống dịch Covid-19 tại địa phương`);
    if (d > 0) lines.push(`CITES ${i}-${d}/UBND-S ${i}-${d - 1}/UBND-S local`);
  }
  return lines.join('\n') + '\n';
}

describe('crash safety: SIGKILL in the middle of an ingest', () => {
  let dir: string;
  let childScript: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-crash-'));
    childScript = join(dir, 'crash-ingest-child.js');
    bundleForNode(join(__dirname, 'support/crash-ingest-child.ts'), childScript);
    await mkdir(join(dir, 'corpus'));
    for (let i = 0; i < FILES; i++) {
      await writeFile(join(dir, 'corpus', `f${String(i).padStart(3, '0')}.txt`), syntheticFile(i));
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps every committed batch whole, no file or batch partial, and a re-run completes the rest', async () => {
    const dataDir = join(dir, 'data');
    const child = spawn(process.execPath, [childScript, dataDir, join(dir, 'corpus'), '4', String(BATCH)], {
      env: { ...process.env, NODE_PATH: join(REPO, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const notIngested: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const killedAfter = await new Promise<number>((resolvePromise, reject) => {
      let lines = 0;
      child.stdout.on('data', (chunk: Buffer) => {
        const progress = chunk.toString().split('\n').filter((l) => /^\d+ /.test(l));
        notIngested.push(...progress.filter((l) => !/^\d+ ingested /.test(l)));
        lines += progress.length;
        if (lines >= 60 && child.exitCode === null && !child.killed) {
          child.kill('SIGKILL');
          resolvePromise(lines);
        }
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`child ended before the kill (code ${code}): ${stderr}`));
      });
    });
    await new Promise((r) => child.once('close', r));
    expect(killedAfter).toBeGreaterThanOrEqual(60);
    expect(notIngested).toEqual([]);

    const raw = new Database(join(dataDir, 'graph.db'), { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const indexNames = (db: Database.Database): string[] =>
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").pluck().all() as string[];
    // The child loaded an empty store: the read indexes were dropped when it was killed.
    expect(indexNames(raw)).not.toEqual(expect.arrayContaining(READ_INDEXES.map((i) => i.name)));
    raw.close();

    const store = await openSqliteStore(dataDir);
    try {
      const reopened = new Database(join(dataDir, 'graph.db'), { readonly: true });
      expect(indexNames(reopened)).toEqual(expect.arrayContaining(READ_INDEXES.map((i) => i.name)));
      reopened.close();
      let whole = 0;
      for (let i = 0; i < FILES; i++) {
        const recorded = await store.hasFile(contentHash(syntheticFile(i)));
        const ids = Array.from({ length: DOCS_PER_FILE }, (_, d) => docId(`${i}-${d}/UBND-S`));
        const docs = await store.getDocuments(ids);
        if (recorded) {
          whole += 1;
          expect(docs.every((d) => d !== null && d.inCorpus)).toBe(true);
          const cites = await store.relations([ids[DOCS_PER_FILE - 1]], Direction.OUT);
          expect(cites.map((r) => r.targetId)).toEqual([ids[DOCS_PER_FILE - 2], SHARED_REFERENCE_ID]);
        } else {
          // No partial file: nothing of an unrecorded file is in the store.
          expect(docs.every((d) => d === null)).toBe(true);
        }
      }
      // Every file reported was committed before the report; batches are all or nothing.
      expect(whole).toBeGreaterThanOrEqual(killedAfter);
      expect(whole).toBeLessThan(FILES);
      expect(whole % BATCH).toBe(0);

      const rerun = await ingestPaths([join(dir, 'corpus')], store, { extract: synthesizeGraph, reuse: null });
      expect(rerun.filesUnchanged).toBe(whole);
      expect(rerun.filesIngested).toBe(FILES - whole);
      expect(rerun.rejected).toEqual([]);
      const stats = await store.stats();
      expect(stats.documents).toBe(FILES * DOCS_PER_FILE + 1);
      expect(stats.inCorpus).toBe(FILES * DOCS_PER_FILE);
    } finally {
      await store.close();
    }
  });
});
