/** Closed sets of policies (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';

export enum PolicyArea {
  DATA_SHARING = 'DATA_SHARING',
  IP = 'IP',
  SECURITY = 'SECURITY',
  ETHICS = 'ETHICS',
  COMPLIANCE = 'COMPLIANCE',
  ENGAGEMENT = 'ENGAGEMENT',
}

export enum PolicyStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
}

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
