/** Closed sets of decisions (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';

export enum DecisionOutcome {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DEFERRED = 'DEFERRED',
}

export enum DecisionOrderField {
  DECIDED_AT = 'DECIDED_AT',
}

registerEnumType(DecisionOutcome, { name: 'DecisionOutcome' });
registerEnumType(DecisionOrderField, { name: 'DecisionOrderField' });
