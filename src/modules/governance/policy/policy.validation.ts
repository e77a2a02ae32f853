/** Input rules for policies, collected as userErrors. */
import { Checks } from '../../../core/checks';
import { UserErrorCode, type UserError } from '../../../core/user-error';
import { GOVERNANCE_LIMITS } from '../shared/governance.limits';
import { PolicyStatus } from './policy.enums';
import type { PolicyApplyInput, PolicyCreateInput } from './policy.inputs';

export const MAX_POLICY_PARTNERSHIPS = 100;

export function validatePolicyCreate(input: PolicyCreateInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.text('title', input.title, { ...GOVERNANCE_LIMITS.title, required: true });
  checks.text('clientKey', input.clientKey, GOVERNANCE_LIMITS.clientKey);
  checks.instant('effectiveAt', input.effectiveAt, { future: input.status === PolicyStatus.DRAFT });
  const partnershipIds = input.partnershipIds ?? [];
  if (partnershipIds.length > MAX_POLICY_PARTNERSHIPS) {
    checks.add(
      'partnershipIds',
      UserErrorCode.OUT_OF_RANGE,
      `partnershipIds may hold at most ${MAX_POLICY_PARTNERSHIPS} ids (got ${partnershipIds.length})`,
    );
  }
  partnershipIds.forEach((id, index) => checks.id(`partnershipIds.${index}`, id, 'Partnership'));
  return checks.errors;
}

export function validatePolicyApply(input: PolicyApplyInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.id('id', input.id, 'Policy');
  checks.id('partnershipId', input.partnershipId, 'Partnership');
  checks.text('clientKey', input.clientKey, GOVERNANCE_LIMITS.clientKey);
  return checks.errors;
}
