import { DocumentType } from '../../domain/document-type';
import { NATIONAL_SCOPE, numberedDocumentId, unnumberedDocumentId } from '../../domain/identity';
import type { FoundReference } from '../references/reference';
import { lookupIssuerCode } from '../references/reference-data';
import { foldDiacritics } from '../../shared/fold';
import type { ProvinceInfo } from './gazetteer-data';
import { resolveBody, type ResolvedBody } from './organizations';

/** A reference with the identity of the instrument it denotes. */
export interface ResolvedReference {
  reference: FoundReference;
  scope: string;
  year: number | null;
  issuedOn: string | null;
  type: DocumentType;
  issuer: ResolvedBody | null;
  id: string;
}

export interface CitingContext {
  scope: string;
  province: ProvinceInfo | null;
  /** Scope for local codes whose province is unknown (per file: such codes must not meet across files). */
  unknownScope: string;
}

/**
 * `theo chỉ đạo của Thường trực Ban Bí thư (tại Điện ngày 21/7/2021)`: a
 * reference in parentheses right after `của X` is X's document.
 */
const GOVERNING_ISSUER = /của\s+([^,;:()]{3,80}?)\s*\(\s*(?:tại\s+)?$/u;

export function governingIssuer(textBefore: string): string | null {
  return GOVERNING_ISSUER.exec(textBefore.slice(-120))?.[1]?.trim() ?? null;
}

function issuerOf(reference: FoundReference, province: ProvinceInfo | null): ResolvedBody | null {
  if (reference.issuer) return resolveBody(reference.issuer, province);
  const code = reference.issuerCode ?? null;
  if (!code) return null;
  const info = lookupIssuerCode(foldDiacritics(code).toLowerCase().replace(/\d+$/, ''));
  if (!info) return null;
  // A local issuer code names a kind of body (`Hội đồng nhân dân`); in a province it is that province's one.
  const name = info.scope === 'national' || /tỉnh/iu.test(info.name) ? info.name : `${info.name} tỉnh`;
  return resolveBody(name, province);
}

/**
 * Identity of every referenced instrument (domain.md §2): central codes and
 * bodies are national, local ones belong to the citing document's province;
 * numbered = scope + code + year (the year of the code, else of the date,
 * else of a dated mention of the same code elsewhere in the file);
 * unnumbered = scope + type + issuer + date.
 */
export function resolveReferences(
  perDocument: Array<{ context: CitingContext; references: FoundReference[] }>,
): ResolvedReference[][] {
  const draft = perDocument.map(({ context, references }) =>
    references.map((reference) => {
      const issuer = issuerOf(reference, context.province);
      const national =
        reference.scope === 'national' || (reference.scope !== 'local' && issuer?.scope === NATIONAL_SCOPE);
      const scope = national ? NATIONAL_SCOPE : context.scope === NATIONAL_SCOPE ? context.unknownScope : context.scope;
      const year = reference.year ?? (reference.date ? Number(reference.date.slice(0, 4)) : null);
      return { reference, scope, year, issuedOn: reference.date, type: reference.type ?? DocumentType.OTHER, issuer };
    }),
  );
  const datedYears = new Map<string, number>();
  const datedUnnumbered = new Map<string, string>();
  for (const refs of draft) {
    for (const r of refs) {
      if (r.reference.code && r.year !== null) datedYears.set(`${r.scope}|${r.reference.code}`, r.year);
      if (!r.reference.code && r.issuedOn) datedUnnumbered.set(`${r.scope}|${r.type}|${r.issuer?.name ?? ''}`, r.issuedOn);
    }
  }
  return draft.map((refs) =>
    refs.map((r) => {
      if (r.reference.code) {
        const year = r.year ?? datedYears.get(`${r.scope}|${r.reference.code}`) ?? null;
        return { ...r, year, id: numberedDocumentId(r.scope, r.reference.code, year) };
      }
      const issuedOn = r.issuedOn ?? datedUnnumbered.get(`${r.scope}|${r.type}|${r.issuer?.name ?? ''}`) ?? null;
      return {
        ...r,
        issuedOn,
        year: r.year ?? (issuedOn ? Number(issuedOn.slice(0, 4)) : null),
        id: unnumberedDocumentId(r.scope, r.type, r.issuer?.name ?? 'unknown-issuer', issuedOn),
      };
    }),
  );
}
