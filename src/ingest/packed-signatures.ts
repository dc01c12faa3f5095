import type { ReuseSignature } from '../domain/graph';
import { bucketKeyString } from '../store/sqlite/reuse-keys';
import { exactKeys } from './keyed-signature';

/** A signature as the reuse pass reads it: with its keys as numbers (`keys`) where they are kept so. */
export type PassSignature = ReuseSignature;

/** What the reuse pass reads of the signatures collected during the files phase. */
export interface SignatureList {
  readonly length: number;
  slice(start: number, end: number): PassSignature[];
}

/** Keys per chunk of numeric storage (8 MB): no signature spans two, and growing never copies. */
const CHUNK_KEYS = 1 << 20;

/**
 * Reuse signatures of every ingested document, kept between the files phase
 * and the reuse pass. A document has ~140 bucket keys; held as separate
 * strings they cost ~60 bytes each (≈ 0.8 GB at 100,000 documents). Keys of
 * the form `reuseBuckets` gives (`b0:` or `b1:` and 13 hex digits) are kept
 * as their exact numbers (`bucketKey`), 8 bytes each in typed arrays the
 * garbage collector never walks, and spelled again a batch at a time; any
 * other key (fixtures, other producers) keeps the document's keys as one
 * space-joined string.
 */
export class PackedSignatures implements SignatureList {
  private readonly ids: string[] = [];
  /** Per document: index into `chunks` and offset there, or -1 and the index into `packed`. */
  private readonly chunkOf: number[] = [];
  private readonly offsetOf: number[] = [];
  private readonly countOf: number[] = [];
  private readonly chunks: Float64Array[] = [];
  private used = 0;
  private readonly packed: string[] = [];

  /** A packed copy of any list of signatures (a benchmark's parsed JSON). */
  static from(list: SignatureList): PackedSignatures {
    if (list instanceof PackedSignatures) return list;
    const packed = new PackedSignatures();
    for (let start = 0; start < list.length; start += 1024) packed.push(list.slice(start, start + 1024));
    return packed;
  }

  get length(): number {
    return this.ids.length;
  }

  push(signatures: Iterable<ReuseSignature>): void {
    for (const s of signatures) {
      // Keys that came as numbers are taken as they are: asking for `buckets` would spell them.
      const count = s.keys ? s.keys.length : s.buckets.length;
      const numbers = count > CHUNK_KEYS ? null : (s.keys ?? exactKeys(s.buckets));
      if (numbers) {
        if (this.chunks.length === 0 || this.used + numbers.length > CHUNK_KEYS) {
          this.chunks.push(new Float64Array(CHUNK_KEYS));
          this.used = 0;
        }
        const chunk = this.chunks[this.chunks.length - 1]!;
        chunk.set(numbers, this.used);
        this.chunkOf.push(this.chunks.length - 1);
        this.offsetOf.push(this.used);
        this.used += numbers.length;
      } else {
        if (s.buckets.some((b) => b.includes(SEPARATOR))) {
          throw new RangeError(`A reuse bucket key of ${s.documentId} contains a space; keys are packed space-separated.`);
        }
        this.chunkOf.push(-1);
        this.offsetOf.push(this.packed.length);
        this.packed.push(s.buckets.join(SEPARATOR));
      }
      this.countOf.push(count);
      this.ids.push(s.documentId);
    }
  }

  /** The document id of signature `i`. */
  documentId(i: number): string {
    return this.ids[i]!;
  }

  /** The keys of signature `i` as numbers (a view, not a copy), or null when they are kept as strings. */
  numericKeys(i: number): Float64Array | null {
    const chunk = this.chunkOf[i]!;
    if (chunk < 0) return null;
    return this.chunks[chunk]!.subarray(this.offsetOf[i]!, this.offsetOf[i]! + this.countOf[i]!);
  }

  slice(start: number, end: number): PassSignature[] {
    const out: PassSignature[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.ids.length); i++) {
      const numbers = this.numericKeys(i);
      if (numbers) {
        out.push({ documentId: this.ids[i]!, buckets: Array.from(numbers, bucketKeyString), keys: numbers });
        continue;
      }
      const packed = this.packed[this.offsetOf[i]!]!;
      out.push({ documentId: this.ids[i]!, buckets: packed === '' ? [] : packed.split(SEPARATOR) });
    }
    return out;
  }
}

const SEPARATOR = ' ';
