import type { AuthChecker } from 'type-graphql';
import { UnauthenticatedError } from '../../domain/errors';
import type { ApiContext } from '../context';

/** type-graphql's `@Authorized()` hook: throws our own error so the message tells the caller what to send. */
export const authChecker: AuthChecker<ApiContext> = ({ context }) => {
  if (!context.caller.authenticated) {
    throw new UnauthenticatedError(context.caller.refusal ?? 'Not authenticated.');
  }
  return true;
};
