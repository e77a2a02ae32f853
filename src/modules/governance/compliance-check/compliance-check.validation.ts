/** Input rules for compliance checks, collected as userErrors. */
import { Checks } from '../../../core/checks';
import type { UserError } from '../../../core/user-error';
import { GOVERNANCE_LIMITS } from '../shared/governance.limits';
import type { ComplianceCheckRecordInput } from './compliance-check.inputs';

export function validateComplianceCheckRecord(input: ComplianceCheckRecordInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.id('partnershipId', input.partnershipId, 'Partnership');
  checks.id('ownerId', input.ownerId, 'TeamMember');
  checks.text('clientKey', input.clientKey, GOVERNANCE_LIMITS.clientKey);
  checks.instant('checkedAt', input.checkedAt);
  return checks.errors;
}
