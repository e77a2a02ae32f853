/** Authentication and authorisation failures, in the one error hierarchy (core/errors.ts). */
import { AppError } from '../core/errors';

/** No credentials, or credentials that are malformed, expired, or not ours. */
export class AuthenticationError extends AppError {
  readonly code = 'UNAUTHENTICATED';
}

/** Authenticated, but the role may not do this. */
export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN';
}
