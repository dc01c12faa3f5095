/**
 * A map of at most `capacity` entries that evicts the least recently used
 * one, approximately: an entry read within `capacity / 4` insertions of its
 * last move keeps its place, one read later moves to the front. Exact LRU
 * moved an entry (a `Map` delete and insert) on every read: 3% of the reuse
 * pass, which reads each candidate's document and citations many times. An
 * entry read at least once every `capacity / 2` insertions is never evicted
 * (it moves before `capacity` more come after it).
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, { value: V; serial: number }>();
  private serial = 0;

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (entry === undefined) return undefined;
    if (this.serial - entry.serial > this.capacity >> 2) {
      this.map.delete(key);
      entry.serial = ++this.serial;
      this.map.set(key, entry);
    }
    return entry.value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, { value, serial: ++this.serial });
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
}
