/** Closed sets of the value-flow domain (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../domain/enum';
import { VALUE_FLOW_KINDS } from '../../domain/vocabulary';

export const ValueFlowKind = enumOf(VALUE_FLOW_KINDS);
export type ValueFlowKind = (typeof VALUE_FLOW_KINDS)[number];

export enum ValueFlowDirection {
  IN = 'IN',
  OUT = 'OUT',
  BOTH = 'BOTH',
}

export enum ValueFlowOrderField {
  AT = 'AT',
}

registerEnumType(ValueFlowKind, { name: 'ValueFlowKind', description: 'What kind of value moved.' });
registerEnumType(ValueFlowDirection, {
  name: 'ValueFlowDirection',
  description: 'Flows seen from one participant: IN = received, OUT = given, BOTH = either.',
});
registerEnumType(ValueFlowOrderField, { name: 'ValueFlowOrderField' });
