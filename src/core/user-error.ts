/**
 * `userErrors` in mutation payloads: problems the user can fix, with a stable `code`, the
 * path of the input field at fault and a message saying what to do. Never thrown.
 */
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum UserErrorCode {
  REQUIRED = 'REQUIRED',
  INVALID = 'INVALID',
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  NOT_FOUND = 'NOT_FOUND',
  WRONG_TYPE = 'WRONG_TYPE',
  DUPLICATE = 'DUPLICATE',
  NOTHING_TO_UPDATE = 'NOTHING_TO_UPDATE',
  /** A lifecycle move the lifecycle does not allow (e.g. skipping a stage, leaving TERMINATED). */
  ILLEGAL_STAGE_MOVE = 'ILLEGAL_STAGE_MOVE',
  /** An allowed move whose guard is not met yet (e.g. no executed agreement before IMPLEMENTATION). */
  REQUIREMENT_MISSING = 'REQUIREMENT_MISSING',
  /** A client key already used by a create with different content (a retry must resend the same input). */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Stable machine-readable reason of a user error; messages may change, codes do not.',
});

@ObjectType({ description: 'A problem with the input that the user can fix.' })
export class UserError {
  @Field(() => [String], { description: 'Path of the input field at fault, e.g. ["input", "name"].' })
  field!: string[];

  @Field(() => UserErrorCode)
  code!: UserErrorCode;

  @Field(() => String)
  message!: string;
}

export function userError(field: string[], code: UserErrorCode, message: string): UserError {
  return Object.assign(new UserError(), { field, code, message });
}
