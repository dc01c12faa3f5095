import type { FileGraph } from '../domain/graph';

type Signature = FileGraph['signatures'][number];

/** What the reuse pass reads of the signatures collected during the files phase. */
export interface SignatureList {
  readonly length: number;
  slice(start: number, end: number): Signature[];
}

/**
 * Reuse signatures of every ingested document, kept between the files phase
 * and the reuse pass. A document has ~140 bucket keys; held as separate
 * strings they cost ~60 bytes each (≈ 0.8 GB at 100,000 documents), joined
 * into one one-byte string per document about a third of that. The keys are
 * split again a batch at a time.
 */
export class PackedSignatures implements SignatureList {
  private readonly ids: string[] = [];
  private readonly packed: string[] = [];

  get length(): number {
    return this.ids.length;
  }

  push(signatures: Iterable<Signature>): void {
    for (const s of signatures) {
      if (s.buckets.some((b) => b.includes(SEPARATOR))) {
        throw new RangeError(`A reuse bucket key of ${s.documentId} contains a space; keys are packed space-separated.`);
      }
      this.ids.push(s.documentId);
      this.packed.push(s.buckets.join(SEPARATOR));
    }
  }

  slice(start: number, end: number): Signature[] {
    const out: Signature[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.ids.length); i++) {
      const packed = this.packed[i]!;
      out.push({ documentId: this.ids[i]!, buckets: packed === '' ? [] : packed.split(SEPARATOR) });
    }
    return out;
  }
}

const SEPARATOR = ' ';
