// Full text over diacritics-folded, lower-cased copies (src/shared/fold.ts
// folds đ → d, which Lucene's ASCII folding would not do for every analyzer).
// No stop words: folded Vietnamese syllables such as "to", "no", "in" are
// English stop words.
CREATE FULLTEXT INDEX document_search IF NOT EXISTS
FOR (n:Document) ON EACH [n.searchCode, n.searchSubject, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };

// The text-reuse bucket index: bucket keys joined by spaces, one token each.
CREATE FULLTEXT INDEX document_reuse_buckets IF NOT EXISTS
FOR (n:Document) ON EACH [n.bucketText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
