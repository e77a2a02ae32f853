/** Closed sets of compliance checks (see docs/data-model.md). */
import { registerEnumType } from 'type-graphql';

export enum ComplianceCheckKind {
  DUE_DILIGENCE = 'DUE_DILIGENCE',
  SECURITY_REVIEW = 'SECURITY_REVIEW',
  DATA_PROTECTION = 'DATA_PROTECTION',
  ETHICS_REVIEW = 'ETHICS_REVIEW',
  REGULATORY = 'REGULATORY',
}

export enum ComplianceCheckStatus {
  PENDING = 'PENDING',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}

export enum ComplianceCheckOrderField {
  CHECKED_AT = 'CHECKED_AT',
}

registerEnumType(ComplianceCheckKind, {
  name: 'ComplianceCheckKind',
  description: 'A PASSED DUE_DILIGENCE check is required before a partnership leaves EVALUATION.',
});
registerEnumType(ComplianceCheckStatus, { name: 'ComplianceCheckStatus' });
registerEnumType(ComplianceCheckOrderField, { name: 'ComplianceCheckOrderField' });
