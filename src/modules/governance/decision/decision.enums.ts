/** Closed sets of decisions (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../../domain/enum';
import { DECISION_OUTCOMES } from '../../../domain/vocabulary';

export const DecisionOutcome = enumOf(DECISION_OUTCOMES);
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export enum DecisionOrderField {
  DECIDED_AT = 'DECIDED_AT',
}

registerEnumType(DecisionOutcome, { name: 'DecisionOutcome' });
registerEnumType(DecisionOrderField, { name: 'DecisionOrderField' });
