/**
 * Input rules for value flows (GraphQL already enforces types, enums and currency codes),
 * collected as userErrors so the client learns every problem at once. Ids are decoded here.
 */
import { Checks } from '../../core/checks';
import { UserErrorCode, type UserError } from '../../core/user-error';
import type { MoneyInput } from './money';
import type { ValueFlowCorrectInput, ValueFlowRecordInput } from './value-flow.inputs';

export const VALUE_FLOW_LIMITS = {
  amount: { above: 0, max: 1e12 },
  reason: { min: 3, max: 500 },
  clientKey: { min: 8, max: 200 },
} as const;

function checkAmount(checks: Checks, money: MoneyInput | null | undefined): void {
  if (!money) return;
  const { above, max } = VALUE_FLOW_LIMITS.amount;
  if (!Number.isFinite(money.amount) || money.amount <= above || money.amount > max) {
    checks.add(
      'amount.amount',
      UserErrorCode.OUT_OF_RANGE,
      `amount must be greater than ${above} and at most ${max} (got ${money.amount})`,
    );
  }
}

export interface RecordRefs {
  errors: UserError[];
  partnershipId?: string;
  fromId?: string;
  toId?: string;
}

export function validateRecord(input: ValueFlowRecordInput, now: Date): RecordRefs {
  const checks = new Checks(now);
  const partnershipId = checks.id('partnershipId', input.partnershipId, 'Partnership');
  const fromId = checks.id('fromId', input.fromId, 'Participant');
  const toId = checks.id('toId', input.toId, 'Participant');
  if (fromId && fromId === toId) {
    checks.add('toId', UserErrorCode.INVALID, 'toId must be another party than fromId');
  }
  checkAmount(checks, input.amount);
  checks.instant('at', input.at);
  checks.text('clientKey', input.clientKey, VALUE_FLOW_LIMITS.clientKey);
  return { errors: checks.errors, partnershipId, fromId, toId };
}

export function validateCorrect(input: ValueFlowCorrectInput, now: Date): { errors: UserError[]; id?: string } {
  const checks = new Checks(now);
  const id = checks.id('id', input.id, 'ValueFlow');
  for (const field of ['amount', 'kind', 'at'] as const) checks.notNull(field, input[field]);
  checkAmount(checks, input.amount);
  checks.instant('at', input.at);
  checks.text('reason', input.reason, { ...VALUE_FLOW_LIMITS.reason, required: true });
  checks.text('clientKey', input.clientKey, VALUE_FLOW_LIMITS.clientKey);
  return { errors: checks.errors, id };
}
