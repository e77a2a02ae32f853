/** Closed sets of conflicts (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';

export enum ConflictStatus {
  OPEN = 'OPEN',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
}

export enum ConflictOrderField {
  OPENED_AT = 'OPENED_AT',
}

registerEnumType(ConflictStatus, {
  name: 'ConflictStatus',
  description: 'OPEN → ESCALATED → RESOLVED, or OPEN → RESOLVED; RESOLVED is final.',
});
registerEnumType(ConflictOrderField, { name: 'ConflictOrderField' });
