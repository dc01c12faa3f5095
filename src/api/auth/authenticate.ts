import { timingSafeEqual, createHash } from 'node:crypto';
import type { Caller } from '../context';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function sameSecret(a: string, b: string): boolean {
  // Hash first so that timingSafeEqual sees equal lengths and the length of the token does not leak.
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/**
 * Decides from the `Authorization` header whether the caller may mutate.
 * With no token configured, nobody may: an open write endpoint by accident
 * is worse than a refused one.
 */
export function authenticate(authorization: string | undefined, apiToken: string | null | undefined): Caller {
  if (!apiToken) {
    return { authenticated: false, refusal: 'Mutations are disabled: the server was started without API_TOKEN.', name: 'anonymous' };
  }
  if (!authorization) {
    return { authenticated: false, refusal: 'Mutations need the header Authorization: Bearer <API_TOKEN>.', name: 'anonymous' };
  }
  const match = BEARER.exec(authorization);
  if (!match || !sameSecret(match[1] as string, apiToken)) {
    return { authenticated: false, refusal: 'The bearer token is not the one this server expects.', name: 'anonymous' };
  }
  return { authenticated: true, refusal: null, name: 'api-token' };
}
