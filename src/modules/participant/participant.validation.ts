/**
 * Input rules for participants, as pure functions returning userErrors (empty = valid).
 * GraphQL already enforces types and enums; these are the rules GraphQL cannot express.
 */
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import type { ParticipantCreateInput, ParticipantUpdateInput } from './participant.inputs';

const LIMITS = {
  name: { min: 2, max: 200 },
  sector: { min: 1, max: 100 },
  region: { min: 1, max: 100 },
  externalId: { min: 1, max: 100 },
  clientKey: { min: 8, max: 200 },
} as const;

/** Joined dates before this are surely typos. */
const EARLIEST_JOINED_AT = new Date('1900-01-01T00:00:00Z');
/** Tolerance for clocks slightly ahead of ours. */
const CLOCK_SKEW_MS = 5 * 60_000;

type TextField = keyof typeof LIMITS;

function checkText(errors: UserError[], field: TextField, value: string | null | undefined, required: boolean) {
  const path = ['input', field];
  if (value === null || value === undefined) {
    if (required) errors.push(userError(path, UserErrorCode.REQUIRED, `${field} is required`));
    return;
  }
  const { min, max } = LIMITS[field];
  const length = value.trim().length;
  if (length < min) {
    errors.push(
      userError(
        path,
        min === 1 && length === 0 ? UserErrorCode.REQUIRED : UserErrorCode.TOO_SHORT,
        `${field} must have at least ${min} non-blank character${min === 1 ? '' : 's'}`,
      ),
    );
  } else if (length > max) {
    errors.push(
      userError(path, UserErrorCode.TOO_LONG, `${field} must have at most ${max} characters (got ${length})`),
    );
  }
}

function checkJoinedAt(errors: UserError[], joinedAt: Date | null | undefined, now: Date) {
  if (!joinedAt) return;
  if (joinedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    errors.push(userError(['input', 'joinedAt'], UserErrorCode.OUT_OF_RANGE, 'joinedAt must not be in the future'));
  } else if (joinedAt < EARLIEST_JOINED_AT) {
    errors.push(userError(['input', 'joinedAt'], UserErrorCode.OUT_OF_RANGE, 'joinedAt must be after 1900-01-01'));
  }
}

export function validateCreate(input: ParticipantCreateInput, now: Date): UserError[] {
  const errors: UserError[] = [];
  checkText(errors, 'name', input.name, true);
  checkText(errors, 'sector', input.sector, true);
  checkText(errors, 'region', input.region, true);
  checkText(errors, 'externalId', input.externalId, false);
  checkText(errors, 'clientKey', input.clientKey, false);
  checkJoinedAt(errors, input.joinedAt, now);
  return errors;
}

export function validateUpdate(input: ParticipantUpdateInput, now: Date): UserError[] {
  const errors: UserError[] = [];
  // Explicit null on a required property would erase it: refuse.
  for (const field of ['name', 'sector', 'region'] as const) {
    if (input[field] === null) {
      errors.push(
        userError(['input', field], UserErrorCode.REQUIRED, `${field} cannot be removed; omit it to keep it`),
      );
    } else {
      checkText(errors, field, input[field], false);
    }
  }
  for (const field of ['kind', 'tier', 'status', 'joinedAt'] as const) {
    if (input[field] === null) {
      errors.push(
        userError(['input', field], UserErrorCode.REQUIRED, `${field} cannot be removed; omit it to keep it`),
      );
    }
  }
  checkText(errors, 'externalId', input.externalId, false);
  checkJoinedAt(errors, input.joinedAt, now);
  return errors;
}
