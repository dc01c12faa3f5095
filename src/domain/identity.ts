import { slugify } from '../shared/fold';
import { InvalidArgumentError } from './errors';

/**
 * Identity rules (domain.md §2). A code is unique only within its issuer and
 * year: every province has a `470-CV/TU`. So a numbered document is
 * identified by scope (the province for local issuers, `national` for central
 * ones) + canonical code + year; an unnumbered one by scope + type + issuer +
 * date. Ids are readable so analysts can paste them into queries.
 */

export const NATIONAL_SCOPE = 'national';

export function provinceId(provinceName: string): string {
  return `province:${slugify(provinceName)}`;
}

export function organizationId(scope: string, canonicalName: string): string {
  return `org:${scope}:${slugify(canonicalName)}`;
}

export function personId(canonicalName: string): string {
  return `person:${slugify(canonicalName)}`;
}

export function numberedDocumentId(scope: string, code: string, year: number | null): string {
  return `doc:${scope}:${code}:${year ?? 'undated'}`;
}

/**
 * @param disambiguator for an in-corpus document with neither number nor date,
 *   a short content hash so that two such letters of one body stay apart.
 */
export function unnumberedDocumentId(
  scope: string,
  type: string,
  issuerName: string,
  issuedOn: string | null,
  disambiguator?: string,
): string {
  const when = issuedOn ?? (disambiguator ? `undated-${disambiguator}` : 'undated');
  return `doc:${scope}:${slugify(type)}:${slugify(issuerName)}:${when}`;
}

/** Scope of a province id (`province:dak-nong` → `dak-nong`). */
export function scopeOfProvince(provinceIdValue: string | null): string {
  return provinceIdValue ? provinceIdValue.replace(/^province:/, '') : NATIONAL_SCOPE;
}

const ID_SHAPE = /^(doc|org|person|province):[^\s]{1,300}$/;

/** Rejects ids that cannot name any node, so that a malformed id is an error and not an empty answer. */
export function assertWellFormedId(id: string, kind?: 'doc' | 'org' | 'person' | 'province'): void {
  if (!ID_SHAPE.test(id) || (kind !== undefined && !id.startsWith(`${kind}:`))) {
    throw new InvalidArgumentError(
      `Malformed id '${id.slice(0, 80)}': expected ${kind ?? 'doc|org|person|province'}:…, as returned by the API.`,
    );
  }
}
