/** Closed sets of conflicts (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../../domain/enum';
import { CONFLICT_STATUSES } from '../../../domain/vocabulary';

export const ConflictStatus = enumOf(CONFLICT_STATUSES);
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

export enum ConflictOrderField {
  OPENED_AT = 'OPENED_AT',
}

registerEnumType(ConflictStatus, {
  name: 'ConflictStatus',
  description: 'OPEN → ESCALATED → RESOLVED, or OPEN → RESOLVED; RESOLVED is final.',
});
registerEnumType(ConflictOrderField, { name: 'ConflictOrderField' });
