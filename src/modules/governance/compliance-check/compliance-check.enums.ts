/** Closed sets of compliance checks (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../../domain/enum';
import { COMPLIANCE_KINDS, COMPLIANCE_STATUSES } from '../../../domain/vocabulary';

export const ComplianceCheckKind = enumOf(COMPLIANCE_KINDS);
export type ComplianceCheckKind = (typeof COMPLIANCE_KINDS)[number];

export const ComplianceCheckStatus = enumOf(COMPLIANCE_STATUSES);
export type ComplianceCheckStatus = (typeof COMPLIANCE_STATUSES)[number];

export enum ComplianceCheckOrderField {
  CHECKED_AT = 'CHECKED_AT',
}

registerEnumType(ComplianceCheckKind, {
  name: 'ComplianceCheckKind',
  description: 'A PASSED DUE_DILIGENCE check is required before a partnership leaves EVALUATION.',
});
registerEnumType(ComplianceCheckStatus, { name: 'ComplianceCheckStatus' });
registerEnumType(ComplianceCheckOrderField, { name: 'ComplianceCheckOrderField' });
