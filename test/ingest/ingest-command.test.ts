import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatSummary, parseIngestArgs, runIngestCommand, type CommandIo } from '../../src/cli/ingest-command';
import { RelationType } from '../../src/domain/relation-type';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { synthesizeGraph } from './support/synthetic-extractor';

function captureIo(isTTY: boolean): CommandIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    isTTY,
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t), isTTY },
    out: () => out,
    err: () => err,
  };
}

describe('runIngestCommand', () => {
  let dir: string;
  let store: SqliteGraphStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-cmd-'));
    await writeFile(join(dir, 'a.txt'), 'DOC 1/UBND-A 2021-07-20 chống dịch\nCITES 1/UBND-A 16/CT-TTg\n');
    await writeFile(join(dir, 'b.txt'), 'BINARY');
    store = await openSqliteStore(join(dir, 'data'));
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  const opts = () => ({ extract: synthesizeGraph, reuse: null, cwd: dir });

  it('prints plain progress lines off a terminal and the summary; exit 0 with a clean rejection', async () => {
    const io = captureIo(false);
    expect(await runIngestCommand(['a.txt', 'b.txt'], store, io, opts())).toBe(0);
    expect(io.err()).toContain('[1/2] ingested a.txt');
    expect(io.err()).toContain('[2/2] rejected b.txt');
    expect(io.out()).toBe(
      [
        'Files: 2 seen, 1 ingested, 0 unchanged, 1 rejected',
        'Documents: 1 in the corpus, 2 known only from references',
        'Relations: CITES 2',
        'Store: 3 documents, 1 in the corpus',
        'Rejected:',
        '  b.txt: binary (b.txt is not text.)',
        '',
      ].join('\n'),
    );
  });

  it('draws a progress bar on a terminal', async () => {
    const io = captureIo(true);
    expect(await runIngestCommand(['a.txt'], store, io, opts())).toBe(0);
    expect(io.err()).toMatch(/files +\[[█░]+\] 1\/1/);
    expect(io.err()).toMatch(/postings \[[█░]+\] 1\/1/);
    expect(io.out()).toContain('Files: 1 seen, 1 ingested');
  });

  it('exits 1 when a path is missing or extraction crashes', async () => {
    await writeFile(join(dir, 'c.txt'), 'CRASH');
    expect(await runIngestCommand(['nope.txt'], store, captureIo(false), opts())).toBe(1);
    const io = captureIo(false);
    expect(await runIngestCommand(['c.txt'], store, io, opts())).toBe(1);
    expect(io.out()).toContain('c.txt: extraction-failed');
  });

  it('exits 1 with the error class and message when the store fails', async () => {
    await store.close();
    const io = captureIo(false);
    expect(await runIngestCommand(['a.txt'], store, io, opts())).toBe(1);
    expect(io.err()).toMatch(/ingest failed: StoreUnavailableError: .*closed/);
  });

  it('takes --workers N among the paths and exits 1 with usage when N is not a whole number', async () => {
    expect(parseIngestArgs(['a.txt', '--workers', '3', 'b'])).toEqual({ paths: ['a.txt', 'b'], workers: 3 });
    expect(parseIngestArgs(['--workers=0', 'a.txt'])).toEqual({ paths: ['a.txt'], workers: 0 });
    expect(parseIngestArgs(['a.txt'])).toEqual({ paths: ['a.txt'], workers: undefined });
    expect(parseIngestArgs(['a.txt', '--workers'])).toBeNull();
    expect(parseIngestArgs(['--workers', 'two', 'a.txt'])).toBeNull();
    const io = captureIo(false);
    expect(await runIngestCommand(['--workers', '-1', 'a.txt'], store, io, opts())).toBe(1);
    expect(io.err()).toContain('Usage: directive-graph ingest [--workers N]');
    const ok = captureIo(false);
    expect(await runIngestCommand(['--workers', '2', 'a.txt'], store, ok, opts())).toBe(0);
    expect(ok.out()).toContain('Files: 1 seen, 1 ingested');
  });

  it('exits 1 with usage when no path is given', async () => {
    const io = captureIo(false);
    expect(await runIngestCommand([], store, io, opts())).toBe(1);
    expect(io.err()).toContain('Usage: directive-graph ingest');
  });

  it('formats merged references and warnings when there are some', () => {
    const text = formatSummary({
      filesSeen: 1,
      filesIngested: 1,
      filesUnchanged: 0,
      filesRejected: 0,
      rejected: [],
      documents: 2,
      references: 3,
      relationsByType: [{ type: RelationType.IMPLEMENTS, count: 2 }, { type: RelationType.REPEATS, count: 1 }],
      mergedUndated: 1,
      store: { documents: 4, inCorpus: 2 },
      warnings: ['text reuse for doc:x: boom'],
      startedAt: '',
      finishedAt: '',
    });
    expect(text).toContain('Relations: IMPLEMENTS 2, REPEATS 1\nUndated references merged into dated documents: 1\nStore: 4 documents, 2 in the corpus\nWarnings:\n  text reuse for doc:x: boom\n');
  });
});
