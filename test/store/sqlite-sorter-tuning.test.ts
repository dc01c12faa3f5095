import Database from 'better-sqlite3';
import { availableParallelism } from 'node:os';
import { SORTER_MEMORY_KIB, withSorterTuning } from '../../src/store/sqlite/sorter-tuning';

describe('withSorterTuning', () => {
  const pragmas = (db: Database.Database) => ({
    threads: db.pragma('threads', { simple: true }) as number,
    cacheSize: db.pragma('cache_size', { simple: true }) as number,
  });

  it("sorts with helper threads and runs of at most SORTER_MEMORY_KIB, then gives the connection its settings back", () => {
    const db = new Database(':memory:');
    db.pragma('cache_size = -65536');
    const during = withSorterTuning(db, () => pragmas(db));
    expect(during).toEqual({ threads: Math.min(8, availableParallelism()), cacheSize: -SORTER_MEMORY_KIB });
    expect(pragmas(db)).toEqual({ threads: 0, cacheSize: -65536 });
    db.close();
  });

  it('keeps a cache already smaller, counted in pages or in KiB', () => {
    const db = new Database(':memory:');
    db.pragma('cache_size = -2048');
    expect(withSorterTuning(db, () => pragmas(db)).cacheSize).toBe(-2048);
    // 1,000 pages of 4 KiB: under 16 MiB, kept; 100,000 pages: over, replaced.
    db.pragma('page_size = 4096');
    db.pragma('cache_size = 1000');
    expect(withSorterTuning(db, () => pragmas(db)).cacheSize).toBe(1000);
    db.pragma('cache_size = 100000');
    expect(withSorterTuning(db, () => pragmas(db)).cacheSize).toBe(-SORTER_MEMORY_KIB);
    expect(pragmas(db).cacheSize).toBe(100000);
    db.close();
  });

  it('gives the settings back when the work throws, and the sort still sorts', () => {
    const db = new Database(':memory:');
    db.pragma('cache_size = -65536');
    expect(() =>
      withSorterTuning(db, () => {
        throw new RangeError('stop');
      }),
    ).toThrow(RangeError);
    expect(pragmas(db)).toEqual({ threads: 0, cacheSize: -65536 });
    const sorted = withSorterTuning(db, () =>
      db.prepare('SELECT value FROM json_each(?) ORDER BY value').pluck().all(JSON.stringify([5, 3, 9, 1])),
    );
    expect(sorted).toEqual([1, 3, 5, 9]);
    db.close();
  });
});
