import { InvalidArgumentError } from '../../domain/errors';
import { matchKey } from '../../shared/fold';
import type { DocumentQuery } from '../../store/port';
import type { DocumentFilterInput } from './document-filter.input';

/**
 * Turns the GraphQL filter into the store's query: the code is put in
 * canonical form here (by the same rule extraction uses) so that every
 * written variant meets the stored code.
 */
export function toDocumentQuery(
  filter: DocumentFilterInput | null | undefined,
  canonicalCode: (written: string) => string | null,
): DocumentQuery {
  if (!filter) return {};
  const query: DocumentQuery = {};
  if (filter.code != null && filter.code.trim() !== '') {
    const code = canonicalCode(filter.code);
    if (!code) {
      throw new InvalidArgumentError(
        `'${filter.code.slice(0, 60)}' is not a document code; write it as on the document, e.g. 16/CT-TTg, 470-CV/TU or 04/2021/NQ-HĐND.`,
      );
    }
    query.code = code;
  }
  if (filter.type != null) query.type = filter.type;
  if (filter.province != null && filter.province.trim() !== '') query.province = matchKey(filter.province);
  if (filter.issuer != null && filter.issuer.trim() !== '') query.issuer = matchKey(filter.issuer);
  if (filter.inCorpus != null) query.inCorpus = filter.inCorpus;
  if (filter.issuedFrom != null) query.issuedFrom = filter.issuedFrom;
  if (filter.issuedTo != null) query.issuedTo = filter.issuedTo;
  if (filter.text != null && filter.text.trim() !== '') query.text = filter.text.trim();
  if (query.issuedFrom && query.issuedTo && query.issuedFrom > query.issuedTo) {
    throw new InvalidArgumentError(`issuedFrom ${query.issuedFrom} is after issuedTo ${query.issuedTo}.`);
  }
  return query;
}
