/** Closed sets of the interaction domain (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';

export enum InteractionKind {
  MEETING = 'MEETING',
  JOINT_WORK = 'JOINT_WORK',
  CO_MARKETING = 'CO_MARKETING',
  REFERRAL = 'REFERRAL',
  EVENT = 'EVENT',
  SUPPORT = 'SUPPORT',
  CONTRIBUTION = 'CONTRIBUTION',
  REVIEW = 'REVIEW',
}

export enum InteractionOrderField {
  AT = 'AT',
}

registerEnumType(InteractionKind, { name: 'InteractionKind', description: 'What kind of engagement took place.' });
registerEnumType(InteractionOrderField, { name: 'InteractionOrderField' });
