/** Input rules for conflicts, collected as userErrors. */
import { Checks } from '../../../core/checks';
import type { UserError } from '../../../core/user-error';
import { GOVERNANCE_LIMITS } from '../shared/governance.limits';
import type { ConflictEscalateInput, ConflictOpenInput, ConflictResolveInput } from './conflict.inputs';

export function validateConflictOpen(input: ConflictOpenInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.id('partnershipId', input.partnershipId, 'Partnership');
  checks.text('title', input.title, { ...GOVERNANCE_LIMITS.title, required: true });
  checks.text('clientKey', input.clientKey, GOVERNANCE_LIMITS.clientKey);
  checks.instant('openedAt', input.openedAt);
  return checks.errors;
}

export function validateConflictEscalate(input: ConflictEscalateInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.id('id', input.id, 'Conflict');
  checks.text('clientKey', input.clientKey, GOVERNANCE_LIMITS.clientKey);
  return checks.errors;
}

export function validateConflictResolve(input: ConflictResolveInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.id('id', input.id, 'Conflict');
  checks.instant('resolvedAt', input.resolvedAt);
  checks.text('clientKey', input.clientKey, GOVERNANCE_LIMITS.clientKey);
  return checks.errors;
}
