/** Input rules for risks, collected as userErrors. */
import { Checks } from '../../../core/checks';
import { UserErrorCode, userError, type UserError } from '../../../core/user-error';
import { GOVERNANCE_LIMITS } from '../shared/governance.limits';
import type { RiskRaiseInput, RiskUpdateInput } from './risk.inputs';

export function validateRiskRaise(input: RiskRaiseInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.id('partnershipId', input.partnershipId, 'Partnership');
  checks.id('ownerId', input.ownerId, 'TeamMember');
  checks.text('title', input.title, { ...GOVERNANCE_LIMITS.title, required: true });
  checks.text('clientKey', input.clientKey, GOVERNANCE_LIMITS.clientKey);
  checks.number('likelihood', input.likelihood, GOVERNANCE_LIMITS.likelihood);
  checks.instant('raisedAt', input.raisedAt);
  checks.instant('dueAt', input.dueAt, { future: true });
  checks.order('dueAt', input.raisedAt ?? now, input.dueAt, 'raisedAt');
  return checks.errors;
}

const UPDATABLE = ['severity', 'likelihood', 'status', 'dueAt'] as const;

export function validateRiskUpdate(input: RiskUpdateInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.id('id', input.id, 'Risk');
  for (const field of UPDATABLE) checks.notNull(field, input[field]);
  checks.number('likelihood', input.likelihood, GOVERNANCE_LIMITS.likelihood);
  checks.instant('dueAt', input.dueAt, { future: true });
  if (checks.ok && UPDATABLE.every((field) => input[field] === undefined)) {
    return [userError(['input'], UserErrorCode.NOTHING_TO_UPDATE, `give at least one of ${UPDATABLE.join(', ')}`)];
  }
  checks.text('clientKey', input.clientKey, GOVERNANCE_LIMITS.clientKey);
  return checks.errors;
}
