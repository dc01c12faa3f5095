/**
 * Stop buckets: reuse buckets held by so many documents that they come from
 * templates (an office's opening and closing formulas, its addressee list),
 * not from copying. On the generated 10,000-document corpus 294 of 1.24 M
 * buckets were held by more than 50 documents (the most by 2,306), while the
 * OCR damage of each copy keeps a copied paragraph's buckets far below that.
 * Counting them made candidate search quadratic (their posting lists grow
 * with the corpus) and pushed real sources out of the top candidates.
 */

/**
 * Least cap: a small store (the nine seed documents, a test fixture) has no
 * stop buckets at all, since a handful of documents sharing a bucket says
 * nothing about templates.
 */
export const STOP_BUCKET_FLOOR = 50;

/**
 * Share of the in-corpus documents above which a bucket is a stop bucket
 * between the floor and the ceiling.
 */
export const STOP_BUCKET_SHARE = 0.005;

/**
 * Greatest cap, reached at 20,000 documents. A bucket's postings are read
 * whole when it is not a stop bucket, so a cap that grew with the corpus made
 * candidate search cost grow with it (quadratic in all): at 100,000 documents
 * (cap 500 then) letters sharing mid-frequency template windows crowded the
 * candidates. Measured on the first 2,000 documents of the generated
 * 100,000-document store (`bench-reuse --corpus … --limit 2000`): caps of 50,
 * 100 and 200 found 971 planted pairs, 500 found 969, and stored 1,261,
 * 1,341, 1,381 and 1,564 REPEATS edges, the pass 25–35% faster below 500.
 * 100 lies above the 63 provinces, so a paragraph that one letter of every
 * province copies from a central instruction still counts; a passage copied
 * near-verbatim by more letters than that counts as template.
 */
export const STOP_BUCKET_CEILING = 100;

/** Largest document frequency of a bucket that still counts for reuse, in a corpus of this many in-corpus documents. */
export function stopBucketCap(inCorpusDocuments: number): number {
  const share = Math.ceil(STOP_BUCKET_SHARE * Math.max(0, inCorpusDocuments));
  return Math.max(STOP_BUCKET_FLOOR, Math.min(STOP_BUCKET_CEILING, share));
}

/** The buckets whose document frequency exceeds `cap`. */
export function stopBucketsOf(frequencies: ReadonlyMap<string, number>, cap: number): Set<string> {
  const stop = new Set<string>();
  for (const [bucket, n] of frequencies) if (n > cap) stop.add(bucket);
  return stop;
}
