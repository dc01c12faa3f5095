/**
 * How many files ingest keeps in flight (read, extracting, or extracted and
 * waiting for their batch). The workers read the files themselves, so their
 * sizes are known only as they come back: until then `initial` files; then as
 * many as `budget` bytes hold at the mean size seen, never more than `max`
 * and never fewer than one. Thousands of small letters keep the workers busy
 * through a whole batch write; a folder of 20 MB files keeps a few in memory.
 */
export class ReadAheadWindow {
  private files = 0;
  private bytes = 0;

  constructor(
    private readonly initial: number,
    private readonly max: number,
    private readonly budget: number,
  ) {}

  /** A file came back with this many bytes read (0 for one that could not be read). */
  record(bytes: number): void {
    if (bytes <= 0) return;
    this.files += 1;
    this.bytes += bytes;
  }

  get size(): number {
    if (this.files === 0) return Math.max(1, Math.min(this.initial, this.max));
    return Math.max(1, Math.min(this.max, Math.floor(this.budget / (this.bytes / this.files))));
  }
}
