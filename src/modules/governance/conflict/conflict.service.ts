/** The business actions on conflicts: validate, then one write transaction. */
import { UserErrorCode, userError } from '../../../core/user-error';
import { CONFLICT } from '../../../model/nodes';
import { changeRecord, createAboutPartnership, refused, type RecordResult } from '../shared/record.service';
import { checkTransition, type Transitions } from '../shared/transitions';
import { validatedKey } from '../shared/validated';
import { ConflictStatus } from './conflict.enums';
import type { ConflictEscalateInput, ConflictOpenInput, ConflictResolveInput } from './conflict.inputs';
import { escalateConflict, openConflict, resolveConflict } from './conflict.queries';
import type { ConflictRecord } from './conflict.type';
import { validateConflictEscalate, validateConflictOpen, validateConflictResolve } from './conflict.validation';
import { Service } from '../../../db/unit-of-work';

/** Target status → the statuses it may be reached from (docs/governance.md). RESOLVED is final. */
export const CONFLICT_TRANSITIONS: Transitions<ConflictStatus> = {
  OPEN: [],
  ESCALATED: [ConflictStatus.OPEN],
  RESOLVED: [ConflictStatus.OPEN, ConflictStatus.ESCALATED],
};

export type ConflictResult = RecordResult<ConflictRecord>;

export class ConflictService extends Service {
  async open(input: ConflictOpenInput): Promise<ConflictResult> {
    const now = this.now();
    const errors = validateConflictOpen(input, now);
    if (errors.length > 0) return refused(errors);
    return createAboutPartnership(this.db, CONFLICT, input, ({ id, clientKey, partnershipId }) =>
      openConflict(id, clientKey, partnershipId, {
        title: input.title.trim(),
        status: ConflictStatus.OPEN,
        openedAt: (input.openedAt ?? now).toISOString(),
      }),
    );
  }

  async escalate(input: ConflictEscalateInput): Promise<ConflictResult> {
    const errors = validateConflictEscalate(input, this.now());
    if (errors.length > 0) return refused(errors);
    const target = {
      key: validatedKey(input.id),
      globalId: input.id,
      retry: { clientKey: input.clientKey, mutation: 'conflictEscalate', input },
    };
    return changeRecord<ConflictRecord>(this.db, CONFLICT, target, (current) => {
      const invalid = checkTransition(CONFLICT_TRANSITIONS, 'the conflict', current.status, ConflictStatus.ESCALATED);
      return invalid.length > 0 ? invalid : escalateConflict(target.key);
    });
  }

  async resolve(input: ConflictResolveInput): Promise<ConflictResult> {
    const now = this.now();
    const errors = validateConflictResolve(input, now);
    if (errors.length > 0) return refused(errors);
    const resolvedAt = input.resolvedAt ?? now;
    const target = {
      key: validatedKey(input.id),
      globalId: input.id,
      retry: { clientKey: input.clientKey, mutation: 'conflictResolve', input },
    };
    return changeRecord<ConflictRecord>(this.db, CONFLICT, target, (current) => {
      const invalid = checkTransition(CONFLICT_TRANSITIONS, 'the conflict', current.status, ConflictStatus.RESOLVED);
      if (invalid.length > 0) return invalid;
      if (resolvedAt < current.openedAt) {
        return [
          userError(
            ['input', 'resolvedAt'],
            UserErrorCode.OUT_OF_RANGE,
            `resolvedAt must not be before the conflict's openedAt (${current.openedAt.toISOString()})`,
          ),
        ];
      }
      return resolveConflict(target.key, resolvedAt.toISOString());
    });
  }
}
