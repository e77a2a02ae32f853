/** Closed sets of policies (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../../domain/enum';
import { POLICY_AREAS, POLICY_STATUSES } from '../../../domain/vocabulary';

export const PolicyArea = enumOf(POLICY_AREAS);
export type PolicyArea = (typeof POLICY_AREAS)[number];

export const PolicyStatus = enumOf(POLICY_STATUSES);
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export enum PolicyOrderField {
  TITLE = 'TITLE',
  EFFECTIVE_AT = 'EFFECTIVE_AT',
  CREATED_AT = 'CREATED_AT',
}

registerEnumType(PolicyArea, { name: 'PolicyArea' });
registerEnumType(PolicyStatus, {
  name: 'PolicyStatus',
  description: "A DRAFT's effectiveAt may lie in the future; ACTIVE and RETIRED policies are in effect since then.",
});
registerEnumType(PolicyOrderField, { name: 'PolicyOrderField' });
