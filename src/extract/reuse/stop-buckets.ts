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
 * Share of the in-corpus documents above which a bucket is a stop bucket in
 * a large corpus (500 at 100,000 documents): a central instruction copied by
 * every province's letters stays under it.
 */
export const STOP_BUCKET_SHARE = 0.005;

/** Largest document frequency of a bucket that still counts for reuse, in a corpus of this many in-corpus documents. */
export function stopBucketCap(inCorpusDocuments: number): number {
  return Math.max(STOP_BUCKET_FLOOR, Math.ceil(STOP_BUCKET_SHARE * Math.max(0, inCorpusDocuments)));
}

/** The buckets whose document frequency exceeds `cap`. */
export function stopBucketsOf(frequencies: ReadonlyMap<string, number>, cap: number): Set<string> {
  const stop = new Set<string>();
  for (const [bucket, n] of frequencies) if (n > cap) stop.add(bucket);
  return stop;
}
