/**
 * Public API of reference extraction (domain.md §2–3). Everything else in
 * this folder is an implementation detail.
 */
export { findReferences } from './find-references';
export type { FindReferencesOptions } from './find-references';
export { refsForLine } from './refs-for-line';
export { runRefs } from './refs-command';
export { parseCode, canonicalCode, isNationalIssuerCode } from './code-grammar';
export type { ParsedCode, CodeFamily } from './code-grammar';
export { issuerCodeInfo } from './reference-data';
export type { IssuerCodeInfo, IssuerScope } from './reference-data';
export type { ParsedReference, FoundReference, ReferenceForm } from './reference';
