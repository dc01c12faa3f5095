import { matchKey } from '../../shared/fold';

export interface StampCandidate {
  issuerName: string | null;
  issuedOn: string | null;
}

/**
 * Which neighbouring document a digital-signature stamp belongs to: the
 * signing body must be the issuer (folded names, one containing the other),
 * the stamp cannot predate the document, and the document it sits just
 * before is preferred (the stamp is printed on a first page) unless only
 * the one before matches.
 */
export function assignStamp(
  stamp: { body: string | null; signer: string | null; signedAt: string | null },
  before: StampCandidate | null,
  after: StampCandidate | null,
): 'before' | 'after' | null {
  const score = (candidate: StampCandidate | null, bonus: number): number => {
    if (candidate === null) return -1;
    const body = matchKey(stamp.body ?? stamp.signer ?? '');
    const issuer = matchKey(candidate.issuerName ?? '');
    if (body.length === 0 || issuer.length === 0 || !(issuer.includes(body) || body.includes(issuer))) return -1;
    const day = stamp.signedAt?.slice(0, 10) ?? null;
    if (day !== null && candidate.issuedOn !== null && day < candidate.issuedOn) return -1;
    return 1 + bonus + (day !== null && day === candidate.issuedOn ? 1 : 0);
  };
  const a = score(after, 0.5);
  const b = score(before, 0);
  if (a < 0 && b < 0) return null;
  return a >= b ? 'after' : 'before';
}
