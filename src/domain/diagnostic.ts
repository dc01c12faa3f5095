import type { SourceSpan } from './span';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in the content that travels with the document instead of
 * stopping the run: a missing page, a blank number, an ambiguous reference.
 */
export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `missing-number`, `page-missing`, `ambiguous-reference`. */
  code: string;
  message: string;
  span?: SourceSpan;
}
