/** Text reuse (REPEATS): shingles → LSH buckets (candidates) → passage alignment → relations. */
export { shingles, SHINGLE_SIZE } from './shingles';
export { reuseBuckets, DEFAULT_REUSE_BUCKET_PARAMS, type ReuseBucketParams } from './reuse-buckets';
export {
  alignPassages,
  prepareText,
  passageCoverage,
  DEFAULT_ALIGN_OPTIONS,
  type AlignedPassage,
  type AlignOptions,
  type PreparedText,
  type TextRange,
} from './align-passages';
export {
  detectReuse,
  DEFAULT_MIN_REUSE_CONFIDENCE,
  reuseConfidence,
  type DetectReuseOptions,
  type ReuseFindings,
  type SharedPassages,
} from './detect-reuse';
export { inferCommonSourceReuse } from './common-source-reuse';
export { stopBucketCap, stopBucketsOf, STOP_BUCKET_CEILING, STOP_BUCKET_FLOOR, STOP_BUCKET_SHARE } from './stop-buckets';
export { templateWordMask, maskedShare, TEMPLATE_WORD_SHARE } from './template-passages';
export { issueOrder, type ReuseOrder } from './reuse-order';
export {
  comparableText,
  contiguousSourceMapper,
  textMapSourceMapper,
  type ReuseDocument, type ReuseNode, type SourceMapper } from './reuse-document';
