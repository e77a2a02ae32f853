/** Closed sets of the interaction domain (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../domain/enum';
import { INTERACTION_KINDS } from '../../domain/vocabulary';

export const InteractionKind = enumOf(INTERACTION_KINDS);
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export enum InteractionOrderField {
  AT = 'AT',
}

registerEnumType(InteractionKind, { name: 'InteractionKind', description: 'What kind of engagement took place.' });
registerEnumType(InteractionOrderField, { name: 'InteractionOrderField' });
