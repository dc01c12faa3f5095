import type { Diagnostic } from '../../domain/diagnostic';
import { toSeverity } from '../enums/severity';
import type { DiagnosticObject } from './diagnostic.type';

export function toDiagnosticObject(diagnostic: Diagnostic): DiagnosticObject {
  return {
    severity: toSeverity(diagnostic.severity),
    code: diagnostic.code,
    message: diagnostic.message,
    span: diagnostic.span ?? null,
  };
}
