/** Small helpers for services, used after validation has passed. */
import { InternalError } from '../../../core/errors';
import { decodeGlobalId } from '../../../core/global-id';

/** The database id inside a global id that validation has already checked (`Checks.id`). */
export function validatedKey(globalId: string): string {
  const decoded = decodeGlobalId(globalId);
  if (!decoded) throw new InternalError(`"${globalId}" reached a service without being validated`);
  return decoded.id;
}

/** Same for an optional id. */
export function validatedKeyOrNull(globalId: string | null | undefined): string | null {
  return globalId === null || globalId === undefined ? null : validatedKey(globalId);
}

/** A trimmed optional text; null when absent. */
export function trimmedOrNull(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : value.trim();
}
