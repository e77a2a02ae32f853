/** Input rules for agreements, collected as userErrors (GraphQL already enforces types and enums). */
import { Checks } from '../../../core/checks';
import { UserErrorCode, type UserError } from '../../../core/user-error';
import { GOVERNANCE_LIMITS } from '../shared/governance.limits';
import { AgreementStatus, AgreementStatusChange } from './agreement.enums';
import type { AgreementCreateInput, AgreementExecuteInput, AgreementUpdateStatusInput } from './agreement.inputs';

const CREATABLE: readonly AgreementStatus[] = [AgreementStatus.DRAFT, AgreementStatus.NEGOTIATING];

export function validateAgreementCreate(input: AgreementCreateInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.id('partnershipId', input.partnershipId, 'Partnership');
  checks.text('title', input.title, { ...GOVERNANCE_LIMITS.title, required: true });
  checks.text('clientKey', input.clientKey, GOVERNANCE_LIMITS.clientKey);
  if (!CREATABLE.includes(input.status)) {
    checks.add(
      'status',
      UserErrorCode.INVALID,
      `a new agreement is DRAFT or NEGOTIATING (got ${input.status}); execute it with agreementExecute`,
    );
  }
  checks.instant('expiresAt', input.expiresAt, { future: true });
  return checks.errors;
}

export function validateAgreementExecute(input: AgreementExecuteInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.id('id', input.id, 'Agreement');
  checks.instant('signedAt', input.signedAt);
  checks.instant('expiresAt', input.expiresAt, { future: true });
  checks.order('expiresAt', input.signedAt ?? now, input.expiresAt, 'signedAt');
  checks.text('clientKey', input.clientKey, GOVERNANCE_LIMITS.clientKey);
  return checks.errors;
}

export function validateAgreementUpdateStatus(input: AgreementUpdateStatusInput, now: Date): UserError[] {
  const checks = new Checks(now);
  checks.id('id', input.id, 'Agreement');
  if (input.expiresAt && input.status !== AgreementStatusChange.EXPIRED) {
    checks.add('expiresAt', UserErrorCode.INVALID, `expiresAt is only given when the status becomes EXPIRED`);
  }
  checks.instant('expiresAt', input.expiresAt);
  checks.text('clientKey', input.clientKey, GOVERNANCE_LIMITS.clientKey);
  return checks.errors;
}
