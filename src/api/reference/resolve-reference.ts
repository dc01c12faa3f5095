import { InvalidArgumentError } from '../../domain/errors';
import type { DocumentNode } from '../../domain/graph';
import { NATIONAL_SCOPE } from '../../domain/identity';
import type { FoundReference, ParsedReference } from '../../extract/references/reference';
import { matchKey, slugify } from '../../shared/fold';
import type { DocumentQuery, GraphStore } from '../../store/port';

/** The parts of the reference grammar this service needs, injected so it can be tested on its own. */
export interface ReferenceGrammar {
  findReferences(text: string): FoundReference[];
  parseCode(written: string): ParsedReference | null;
}

const MAX_UNNUMBERED_MATCHES = 20;
/** Each reference costs a store lookup: a pasted page of references is asked in parts. */
export const MAX_REFERENCES_PER_CALL = 50;

/**
 * Finds the documents a reference as written can denote. Numbered
 * references go by canonical code (and year when the reference gives one);
 * a local code such as 470-CV/TU exists in every province, so `province`
 * keeps national documents and those of that province only. Unnumbered
 * references (`Điện ngày 21/7/2021 của Thường trực Ban Bí thư`) go by type,
 * issuer and date. Ambiguity is returned, not guessed away: several
 * provinces' 470-CV/TU all come back when no province is given.
 */
export async function resolveReference(
  text: string,
  province: string | null,
  store: GraphStore,
  grammar: ReferenceGrammar,
): Promise<DocumentNode[]> {
  let references: ParsedReference[] = grammar.findReferences(text);
  if (references.length === 0) {
    const parsed = grammar.parseCode(text.trim());
    if (parsed) references = [parsed];
  }
  if (references.length > MAX_REFERENCES_PER_CALL) {
    throw new InvalidArgumentError(
      `The text holds ${references.length} references; resolve at most ${MAX_REFERENCES_PER_CALL} at a time.`,
    );
  }
  const provinceScope = province && province.trim() !== '' ? slugify(province) : null;
  const inScope = (d: DocumentNode) => provinceScope === null || d.scope === NATIONAL_SCOPE || d.scope === provinceScope;

  const found = new Map<string, DocumentNode>();
  for (const reference of references) {
    const candidates = reference.code
      ? await byCode(store, reference.code, reference.year)
      : await byTypeIssuerDate(store, reference);
    for (const document of candidates.filter(inScope)) found.set(document.id, document);
  }
  return [...found.values()];
}

async function byCode(store: GraphStore, code: string, year: number | null): Promise<DocumentNode[]> {
  if (year !== null) {
    const sameYear = await store.findByCode(code, { year });
    if (sameYear.length > 0) return sameYear;
  }
  return store.findByCode(code);
}

async function byTypeIssuerDate(store: GraphStore, reference: ParsedReference): Promise<DocumentNode[]> {
  // Type alone ("Điện") would match half the corpus: ask for an issuer or a date as well.
  if (!reference.type || (!reference.issuer && !reference.date)) return [];
  const query: DocumentQuery = { type: reference.type };
  if (reference.issuer) query.issuer = matchKey(reference.issuer);
  if (reference.date) {
    query.issuedFrom = reference.date;
    query.issuedTo = reference.date;
  }
  const page = await store.listDocuments(query, { first: MAX_UNNUMBERED_MATCHES });
  return page.items.map((item) => item.node);
}
