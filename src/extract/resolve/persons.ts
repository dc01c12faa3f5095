import type { PersonNode } from '../../domain/graph';
import { personId } from '../../domain/identity';
import { matchKey } from '../../shared/fold';

/** Where a spelling was seen: a signature block outranks a mention in the body when choosing the canonical spelling. */
export type PersonSource = 'signature' | 'mention';

interface Cluster {
  spellings: Map<string, { count: number; signature: boolean }>;
  keys: string[];
  scope: string;
}

/** Levenshtein distance, small strings only (names). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * People across OCR variants of one name (`Điền Kré`/`Điều Kré`): the same
 * folded name within edit distance 1, with as many words, in the same
 * province (`scope`), is one person.
 */
export class PersonRegistry {
  private readonly clusters: Cluster[] = [];

  add(name: string, scope: string, source: PersonSource): Cluster {
    const key = matchKey(name);
    const words = key.split(' ').length;
    let cluster = this.clusters.find(
      (c) => c.scope === scope && c.keys.some((k) => k.split(' ').length === words && editDistance(k, key) <= 1),
    );
    if (!cluster) {
      cluster = { spellings: new Map(), keys: [], scope };
      this.clusters.push(cluster);
    }
    if (!cluster.keys.includes(key)) cluster.keys.push(key);
    const seen = cluster.spellings.get(name) ?? { count: 0, signature: false };
    seen.count++;
    seen.signature ||= source === 'signature';
    cluster.spellings.set(name, seen);
    return cluster;
  }

  /** Id of the person `name` was filed under (call after all names are added: the canonical spelling may change). */
  idOf(name: string, scope: string): string | null {
    const key = matchKey(name);
    const cluster = this.clusters.find((c) => c.scope === scope && c.keys.includes(key));
    return cluster ? personId(canonical(cluster)) : null;
  }

  all(): PersonNode[] {
    return this.clusters.map((cluster) => ({
      id: personId(canonical(cluster)),
      name: canonical(cluster),
      aliases: [...cluster.spellings.keys()].sort(),
    }));
  }
}

function canonical(cluster: Cluster): string {
  return [...cluster.spellings.entries()].sort(
    ([a, x], [b, y]) => Number(y.signature) - Number(x.signature) || y.count - x.count || a.localeCompare(b),
  )[0]![0];
}

/** `đồng chí Điều Kré - Ủy viên …`: a person named after `đồng chí`/`đ/c`, not a title (`đồng chí Bí thư`). */
const COMRADE = /(?:[đĐ]ồng chí|[đĐ]\/c)\s+((?:\p{Lu}[\p{Ll}'’]*\s+){1,4}\p{Lu}[\p{Ll}'’]*)/gu;
const TITLE_WORDS = /^(bi thu|chu tich|pho|uy vien|giam doc|truong|thu tuong|bo truong|tong|chanh|tinh|thanh|ban|so)\b/;

export function findPersonMentions(text: string): Array<{ name: string; start: number; end: number }> {
  const found: Array<{ name: string; start: number; end: number }> = [];
  for (const m of text.matchAll(COMRADE)) {
    const name = m[1]!.trim();
    if (TITLE_WORDS.test(matchKey(name))) continue;
    const start = m.index! + m[0].indexOf(name);
    found.push({ name, start, end: start + name.length });
  }
  return found;
}
