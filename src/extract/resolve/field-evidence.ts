import type { TextRange } from '../../domain/graph';
import type { ReadDocument } from '../read-document';

/** How the document type was decided, in the order `resolveFile` tries the sources. */
export type TypeSource = 'title' | 'type-code' | 'subject' | 'symbol' | null;
/** Where the issuer came from: a header line naming the body, or the issuer code of the symbol. */
export type IssuerSource = 'header' | 'symbol' | null;

/** A field read at a range of the document text, before it is mapped to the source. */
export interface FieldReading {
  field: string;
  at: TextRange;
  confidence: number;
}

/**
 * Confidence rule. A field read from its own place in the layout is 1: the
 * `Số:` line (code), the place-date line (place, issuedOn), a title word
 * (type), an issuer line, the `V/v` or title-following subject, an urgency
 * mark, the `Kính gửi:` and `Nơi nhận:` lists, the signature block's authority
 * mark and title. Lower when the value is found by shape or inferred from
 * another field:
 * - signer 0.9: the name is the first name-shaped line under the title, not labelled;
 * - type 0.8 from the symbol's type code (`CV` in `473-CV/TU`), 0.7 when a
 *   `V/v` subject without a title word makes it a công văn, 0.5 when the
 *   symbol's grammar implies it without a type code;
 * - issuer 0.7 when taken from the symbol's issuer code (`UBND` in `…/UBND-KGVX`);
 * - signature 0.8: a digital-signature stamp is attached to a neighbouring
 *   document by matching its signing body and date, not by where it stands.
 */
export const CONFIDENCE = {
  labelled: 1,
  signer: 0.9,
  typeFromTypeCode: 0.8,
  typeFromSubject: 0.7,
  typeFromSymbol: 0.5,
  issuerFromSymbol: 0.7,
  stampAttached: 0.8,
} as const;

/** Readings of the header and party fields of one document; a field that was not read has none. */
export function fieldReadings(read: ReadDocument, typeSource: TypeSource, issuerSource: IssuerSource): FieldReading[] {
  const { header, recipients, distribution, signature } = read;
  const out: FieldReading[] = [];
  const add = (field: string, at: TextRange | null | undefined, confidence: number) => {
    if (at && at.end > at.start) out.push({ field, at, confidence });
  };
  // A blank number leaves no code, but the symbol was still read from the `Số:` line.
  add(header.rawCode !== null ? 'code' : 'symbol', header.symbol !== null ? header.at.code : null, CONFIDENCE.labelled);
  if (typeSource === 'title') add('type', header.at.title, CONFIDENCE.labelled);
  else if (typeSource === 'type-code') add('type', header.at.code, CONFIDENCE.typeFromTypeCode);
  else if (typeSource === 'subject') add('type', header.subjectAt, CONFIDENCE.typeFromSubject);
  else if (typeSource === 'symbol') add('type', header.at.code, CONFIDENCE.typeFromSymbol);
  if (issuerSource === 'header') add('issuer', header.at.issuer, CONFIDENCE.labelled);
  else if (issuerSource === 'symbol') add('issuer', header.at.code, CONFIDENCE.issuerFromSymbol);
  if (header.place !== null) add('place', header.at.place, CONFIDENCE.labelled);
  if (header.issuedOn !== null) add('issuedOn', header.at.issuedOn, CONFIDENCE.labelled);
  if (header.subject !== null) add('subject', header.subjectAt, CONFIDENCE.labelled);
  if (header.urgency !== null) add('urgency', header.at.urgency, CONFIDENCE.labelled);
  if (recipients && recipients.items.length > 0) add('recipients', recipients, CONFIDENCE.labelled);
  if (distribution && distribution.items.length > 0) add('distribution', distribution, CONFIDENCE.labelled);
  if (signature) {
    if (signature.title !== null) add('signerTitle', signature.titleAt, CONFIDENCE.labelled);
    if (signature.authority !== null) add('authority', signature.authorityAt, CONFIDENCE.labelled);
    if (signature.name !== null && signature.nameStart !== null && signature.nameEnd !== null) {
      add('signer', { start: signature.nameStart, end: signature.nameEnd }, CONFIDENCE.signer);
    }
  }
  return out;
}
