import type { FileGraph, ReuseSignature } from '../domain/graph';
import { bucketKeyString, exactBucketKey } from '../store/sqlite/reuse-keys';
import type { PreparedFile } from './prepared-file';

/**
 * A signature whose keys arrived as numbers: the strings are spelt only if
 * something asks for `buckets` (a store that keeps strings, a test). An
 * extraction worker's graph used to bring ≈ 140 key strings a document to
 * the writing thread, which cloned them, kept them alive until their batch
 * was written and parsed each into the number it stores: for the 10k
 * corpus's 1.43 million keys, 0.6–0.8 s of that thread's time, timed piece
 * by piece, besides the collector's (docs/benchmarks.md, session 19).
 */
export class KeyedSignature implements ReuseSignature {
  private spelt: string[] | undefined;

  constructor(
    readonly documentId: string,
    readonly keys: Float64Array,
  ) {}

  get buckets(): string[] {
    return (this.spelt ??= Array.from(this.keys, bucketKeyString));
  }

  toJSON(): { documentId: string; buckets: string[] } {
    return { documentId: this.documentId, buckets: this.buckets };
  }
}

/** The keys as numbers when each has the exact form a number spells back; null otherwise. */
export function exactKeys(buckets: readonly string[]): Float64Array | null {
  const out = new Float64Array(buckets.length);
  for (let k = 0; k < buckets.length; k++) {
    const key = exactBucketKey(buckets[k]!);
    if (key === null) return null;
    out[k] = key;
  }
  return out;
}

/** A signature as an extraction worker posts it: numbers where every key has one, else the strings. */
export type SignatureTransfer = { documentId: string; keys: Float64Array } | { documentId: string; buckets: string[] };

/** A graph as an extraction worker posts it. */
export type GraphTransfer = Omit<FileGraph, 'signatures'> & { signatures: SignatureTransfer[] };

export type PreparedFileTransfer = Omit<PreparedFile, 'graph'> & { graph?: GraphTransfer };

export function graphForTransfer(graph: FileGraph): GraphTransfer {
  return {
    ...graph,
    signatures: graph.signatures.map((s) => {
      const keys = s.keys ?? exactKeys(s.buckets);
      return keys ? { documentId: s.documentId, keys } : { documentId: s.documentId, buckets: s.buckets };
    }),
  };
}

export function graphFromTransfer(graph: GraphTransfer): FileGraph {
  return {
    ...graph,
    signatures: graph.signatures.map((s) => ('keys' in s ? new KeyedSignature(s.documentId, s.keys) : s)),
  };
}

export function preparedForTransfer({ graph, ...rest }: PreparedFile): PreparedFileTransfer {
  return graph ? { ...rest, graph: graphForTransfer(graph) } : rest;
}

export function preparedFromTransfer({ graph, ...rest }: PreparedFileTransfer): PreparedFile {
  return graph ? { ...rest, graph: graphFromTransfer(graph) } : rest;
}
