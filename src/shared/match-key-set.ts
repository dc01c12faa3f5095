import { matchKey, matchKeyHash } from './fold';

/**
 * Texts compared by `matchKey`, held by the hash of their key: a key is
 * built only for texts whose hashes meet. Segmentation asks of every
 * paragraph of a document whether an earlier one had its key, and building
 * every paragraph's key string for a `Set` was a third of its time.
 */
export class MatchKeySet {
  private readonly byHash = new Map<number, Array<{ text: string; key?: string }>>();

  add(text: string, hash: number = matchKeyHash(text)): void {
    const entries = this.byHash.get(hash);
    if (entries) entries.push({ text });
    else this.byHash.set(hash, [{ text }]);
  }

  has(text: string, hash: number = matchKeyHash(text)): boolean {
    const entries = this.byHash.get(hash);
    if (entries === undefined) return false;
    const key = matchKey(text);
    return entries.some((entry) => (entry.key ??= matchKey(entry.text)) === key);
  }
}
