/** Closed sets of the value-flow domain (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';

export enum ValueFlowKind {
  REVENUE = 'REVENUE',
  REFERRAL = 'REFERRAL',
  FUNDING = 'FUNDING',
  COST = 'COST',
  DATA = 'DATA',
  IP = 'IP',
  COMPUTE = 'COMPUTE',
  IN_KIND = 'IN_KIND',
}

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
