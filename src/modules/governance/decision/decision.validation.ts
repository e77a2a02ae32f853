/** Input rules for decisions, collected as userErrors. */
import { Checks } from '../../../core/checks';
import type { UserError } from '../../../core/user-error';
import { GOVERNANCE_LIMITS } from '../shared/governance.limits';
import type { DecisionRecordInput } from './decision.inputs';

export function validateDecisionRecord(input: DecisionRecordInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.id('partnershipId', input.partnershipId, 'Partnership');
  checks.id('ownerId', input.ownerId, 'TeamMember');
  checks.text('title', input.title, { ...GOVERNANCE_LIMITS.title, required: true });
  checks.text('rationale', input.rationale, { ...GOVERNANCE_LIMITS.rationale, required: true });
  checks.text('clientKey', input.clientKey, GOVERNANCE_LIMITS.clientKey);
  checks.instant('decidedAt', input.decidedAt);
  return checks.errors;
}
