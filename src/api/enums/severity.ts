import type { Severity as DomainSeverity } from '../../domain/diagnostic';
import { assertNever } from '../../shared/assert-never';

/** GraphQL face of the domain's diagnostic severity. */
export enum Severity {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
  INFO = 'INFO',
}

export function toSeverity(severity: DomainSeverity): Severity {
  switch (severity) {
    case 'error':
      return Severity.ERROR;
    case 'warning':
      return Severity.WARNING;
    case 'info':
      return Severity.INFO;
    default:
      return assertNever(severity);
  }
}
