import { DocumentType } from '../../domain/document-type';
import { foldDiacritics } from '../../shared/fold';
import { System } from '../../domain/system';
import typeCodesJson from './data/type-codes.json';
import issuerCodesJson from './data/issuer-codes.json';

/**
 * The one typed loader of the reference data in `./data` (type codes and
 * issuer codes of the number/symbol grammar, domain.md §2). Validates the
 * JSON once at load so that a typo in the data fails every test, not one
 * document in a thousand.
 */

export interface TypeCodeInfo {
  /** Folded lower-case spelling used for lookup (`qd`). */
  key: string;
  /** Printed spelling (`QĐ`). */
  canonical: string;
  type: DocumentType;
  systems: System[];
}

export type IssuerScope = 'national' | 'local';

export interface IssuerCodeInfo {
  key: string;
  /** Printed spelling (`HĐND`, `TTg`). */
  canonical: string;
  /** `national` bodies are one for the country; `local` ones belong to the citing document's province. */
  scope: IssuerScope;
  system: System;
  /** Canonical name of the body, without a place name (`Ủy ban nhân dân`). */
  name: string;
}

function asDocumentType(value: string): DocumentType {
  if (!(Object.values(DocumentType) as string[]).includes(value)) {
    throw new TypeError(`type-codes.json: unknown DocumentType '${value}'`);
  }
  return value as DocumentType;
}

function asSystem(value: string): System {
  if (value !== System.STATE && value !== System.PARTY) {
    throw new TypeError(`reference data: unknown System '${value}'`);
  }
  return value;
}

function buildIndex<T extends { key: string }>(rows: T[], what: string): ReadonlyMap<string, T> {
  const index = new Map<string, T>();
  for (const row of rows) {
    if (index.has(row.key)) throw new TypeError(`${what}: duplicate key '${row.key}'`);
    index.set(row.key, row);
  }
  return index;
}

const TYPE_CODES = buildIndex<TypeCodeInfo>(
  typeCodesJson.codes.map((row) => ({
    key: row.key,
    canonical: row.canonical,
    type: asDocumentType(row.type),
    systems: row.systems.map(asSystem),
  })),
  'type-codes.json',
);

const ISSUER_CODES = buildIndex<IssuerCodeInfo>(
  issuerCodesJson.codes.map((row) => {
    if (row.scope !== 'national' && row.scope !== 'local') {
      throw new TypeError(`issuer-codes.json: bad scope '${row.scope}' for '${row.key}'`);
    }
    return {
      key: row.key,
      canonical: row.canonical,
      scope: row.scope,
      system: asSystem(row.system),
      name: row.name,
    };
  }),
  'issuer-codes.json',
);

/** Type code by its folded lower-case key (`qd`), or undefined. */
export function lookupTypeCode(foldedKey: string): TypeCodeInfo | undefined {
  return TYPE_CODES.get(foldedKey);
}

/** Issuer code by its folded lower-case key without trailing digits (`qh` for `QH14`), or undefined. */
export function lookupIssuerCode(foldedKey: string): IssuerCodeInfo | undefined {
  return ISSUER_CODES.get(foldedKey);
}

/**
 * What an issuer code stands for (`HĐND` → Hội đồng nhân dân, local), from
 * any spelling (`hdnd`, `HDND`, `QH14`); undefined for codes we do not know.
 */
export function issuerCodeInfo(code: string): IssuerCodeInfo | undefined {
  if (typeof code !== 'string') return undefined;
  const key = foldDiacritics(code).toLowerCase().replace(/\s+/g, '').replace(/\d+$/, '');
  return ISSUER_CODES.get(key);
}
