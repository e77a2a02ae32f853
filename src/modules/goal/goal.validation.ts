/**
 * Input rules for goals (GraphQL already enforces types and enums), collected as userErrors
 * so the client learns every problem at once. Rules that need the stored goal (its metric,
 * its latest progress) are checked in the service, inside the transaction.
 */
import { Checks } from '../../core/checks';
import { UserErrorCode, type UserError } from '../../core/user-error';
import { GoalMetric } from './goal.enums';
import type { GoalAddProgressInput, GoalCreateInput, GoalUpdateProgressInput } from './goal.inputs';

export const GOAL_LIMITS = {
  title: { min: 2, max: 200 },
  note: { min: 0, max: 1000 },
  clientKey: { min: 8, max: 200 },
  /** Survey scores are 0..10, so is their mean. */
  satisfaction: 10,
} as const;

export interface DecodedGoalCreate {
  partnershipId: string | undefined;
  ownerId: string | undefined;
  errors: UserError[];
}

export function validateGoalCreate(input: GoalCreateInput, now: Date): DecodedGoalCreate {
  const checks = new Checks(now);
  checks.text('title', input.title, { ...GOAL_LIMITS.title, required: true });
  if (!Number.isFinite(input.target) || input.target <= 0) {
    checks.add('target', UserErrorCode.OUT_OF_RANGE, `target must be greater than 0 (got ${input.target})`);
  } else if (input.metric === GoalMetric.SATISFACTION && input.target > GOAL_LIMITS.satisfaction) {
    checks.add('target', UserErrorCode.OUT_OF_RANGE, `a satisfaction target is a score of at most 10`);
  }
  checks.instant('due', input.due, { future: true });
  const partnershipId = checks.id('partnershipId', input.partnershipId, 'Partnership');
  const ownerId = checks.id('ownerId', input.ownerId, 'TeamMember');
  if (input.metric === GoalMetric.ACTIVE_PARTNERSHIPS && input.partnershipId) {
    checks.add('metric', UserErrorCode.INVALID, 'ACTIVE_PARTNERSHIPS is an ecosystem metric; omit partnershipId');
  }
  checks.text('clientKey', input.clientKey, GOAL_LIMITS.clientKey);
  return { partnershipId, ownerId, errors: checks.errors };
}

export function validateProgress(input: GoalUpdateProgressInput, now: Date): { goalId?: string; errors: UserError[] } {
  const checks = new Checks(now);
  const goalId = checks.id('goalId', input.goalId, 'Goal');
  if (!Number.isFinite(input.value) || input.value < 0) {
    checks.add('value', UserErrorCode.OUT_OF_RANGE, `value must be 0 or more (got ${input.value})`);
  }
  checks.instant('at', input.at);
  checks.text('note', input.note, GOAL_LIMITS.note);
  checks.text('clientKey', input.clientKey, GOAL_LIMITS.clientKey);
  return { goalId, errors: checks.errors };
}

export function validateAddProgress(input: GoalAddProgressInput, now: Date): { goalId?: string; errors: UserError[] } {
  const checks = new Checks(now);
  const goalId = checks.id('goalId', input.goalId, 'Goal');
  if (!Number.isFinite(input.amount) || input.amount <= 0) {
    checks.add('amount', UserErrorCode.OUT_OF_RANGE, `amount must be greater than 0 (got ${input.amount})`);
  }
  checks.text('note', input.note, GOAL_LIMITS.note);
  checks.text('clientKey', input.clientKey, GOAL_LIMITS.clientKey);
  return { goalId, errors: checks.errors };
}
