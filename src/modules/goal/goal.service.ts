/** The business actions on goals: validate, then one unit of work (src/db/unit-of-work.ts). */
import crypto from 'node:crypto';
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import { toGlobalId } from '../../core/global-id';
import type { Tx } from '../../db/gateway';
import type { Reference } from '../../db/references';
import {
  changeLocked,
  createOnce,
  firstRow,
  type Outcome,
  refuse,
  refuseIf,
  Service,
  clientKeyPlan,
} from '../../db/unit-of-work';
import type { Row } from '../../db/values';
import type { EventIntent } from '../../events/events';
import type { GoalProgressRecord } from './goal-progress.type';
import { GoalMetric } from './goal.enums';
import type { GoalAddProgressInput, GoalCreateInput, GoalUpdateProgressInput } from './goal.inputs';
import * as q from './goal.queries';
import type { GoalRecord } from './goal.type';
import { GOAL_LIMITS, validateAddProgress, validateGoalCreate, validateProgress } from './goal.validation';

export interface GoalResult {
  goal: GoalRecord | null;
  progress?: GoalProgressRecord | null;
  userErrors: UserError[];
}

interface Written {
  goal: GoalRecord;
  progress: GoalProgressRecord | null;
}

const failed = (userErrors: UserError[]): GoalResult => ({ goal: null, userErrors });
const clientKeyOf = (key: string | null | undefined) => key?.trim() || null;
const written = (row: Row): Written => ({
  goal: row.goal as GoalRecord,
  progress: (row.progress as GoalProgressRecord | undefined) ?? null,
});
const notFound = (goalId: string) =>
  userError(['input', 'goalId'], UserErrorCode.NOT_FOUND, `no goal has id "${goalId}"`);

/**
 * A progress entry's plan: the goal locked first (NOT_FOUND), then the client key (a retry);
 * GOAL_PROGRESSED is written with the entry.
 */
function progressEntry(goalId: string, globalId: string, clientKey: string | null, input: unknown) {
  return {
    lock: (tx: Tx) => firstRow(tx, q.lockGoal(goalId), (row) => row),
    notFound: notFound(globalId),
    clientKey: clientKeyPlan(clientKey, { label: 'GoalProgress' }, q.progressByClientKey, input),
    read: written,
    events: ({ goal }: Written) => [goalProgressed(goal)],
  };
}

function result({ value, userErrors }: Outcome<Written>): GoalResult {
  return value ? { ...value, userErrors } : failed(userErrors);
}

/** The GOAL_PROGRESSED event of a progress entry. */
function goalProgressed(goal: GoalRecord): EventIntent {
  const actual = goal.actual ?? 0;
  return {
    kind: 'GOAL_PROGRESSED',
    goalId: toGlobalId('Goal', goal.id),
    partnershipId: null,
    metric: goal.metric,
    value: actual,
    progress: goal.target === 0 ? null : actual / goal.target,
  };
}

export class GoalService extends Service {
  async create(input: GoalCreateInput): Promise<GoalResult> {
    const { partnershipId, ownerId, errors } = validateGoalCreate(input, this.now());
    if (errors.length > 0) return failed(errors);

    // Generated once, outside the transaction function, so a driver retry reuses it.
    const id = crypto.randomUUID();
    const clientKey = clientKeyOf(input.clientKey);
    const fields: q.GoalWrite = {
      title: input.title.trim(),
      horizon: input.horizon,
      metric: input.metric,
      target: input.target,
      due: input.due.toISOString(),
    };
    const references: Reference[] = [];
    if (partnershipId) references.push({ field: 'input.partnershipId', label: 'Partnership', id: partnershipId });
    if (ownerId) references.push({ field: 'input.ownerId', label: 'TeamMember', id: ownerId });

    return result(
      await createOnce(this.db, {
        clientKey: clientKeyPlan(clientKey, { label: 'Goal' }, q.goalByClientKey, input),
        references,
        create: q.createGoal(id, clientKey, fields, { partnershipId: partnershipId ?? null, ownerId: ownerId ?? null }),
        read: written,
      }),
    );
  }

  /**
   * Appends a progress entry and sets `actual`, in one transaction that first locks the goal:
   * concurrent updates of the same goal serialise, so "not before the latest entry" holds
   * and `actual` always is the value of the latest entry.
   */
  async updateProgress(input: GoalUpdateProgressInput): Promise<GoalResult> {
    const now = this.now();
    const { goalId, errors } = validateProgress(input, now);
    if (!goalId || errors.length > 0) return failed(errors);

    const id = crypto.randomUUID();
    const clientKey = clientKeyOf(input.clientKey);
    const at = input.at ?? now;
    const fields: q.ProgressWrite = { value: input.value, at: at.toISOString(), note: input.note?.trim() || null };

    return result(
      await changeLocked(this.db, {
        ...progressEntry(goalId, input.goalId, clientKey, input),
        change: async (locked, tx) => {
          refuseIf(await this.progressRefusals(tx, goalId, locked.metric, input.value, at));
          return written((await tx.run(q.appendProgress(goalId, id, clientKey, fields)))[0] as Row);
        },
      }),
    );
  }

  /**
   * Adds an amount to a cumulative goal: read `actual`, add, write, all under the goal's write
   * lock (taken first), so N concurrent additions of 1 raise `actual` by exactly N (the
   * lost-update test of docs/resilience.md). A retry with the same client key adds nothing.
   */
  async addProgress(input: GoalAddProgressInput): Promise<GoalResult> {
    const { goalId, errors } = validateAddProgress(input, this.now());
    if (!goalId || errors.length > 0) return failed(errors);

    const id = crypto.randomUUID();
    const clientKey = clientKeyOf(input.clientKey);
    const fields = { amount: input.amount, note: input.note?.trim() || null };

    return result(
      await changeLocked(this.db, {
        ...progressEntry(goalId, input.goalId, clientKey, input),
        change: async (locked, tx) => {
          if (locked.metric === GoalMetric.SATISFACTION) {
            refuse(
              userError(
                ['input', 'goalId'],
                UserErrorCode.INVALID,
                'a satisfaction goal measures a mean score, which does not add up: use goalUpdateProgress',
              ),
            );
          }
          return written((await tx.run(q.addProgress(goalId, id, clientKey, fields)))[0] as Row);
        },
      }),
    );
  }

  /** Rules that need the stored goal: the metric's range and the order of entries. */
  private async progressRefusals(
    tx: Tx,
    goalId: string,
    metric: unknown,
    value: number,
    at: Date,
  ): Promise<UserError[]> {
    const errors: UserError[] = [];
    if (metric === GoalMetric.SATISFACTION && value > GOAL_LIMITS.satisfaction) {
      errors.push(
        userError(['input', 'value'], UserErrorCode.OUT_OF_RANGE, 'a satisfaction value is a score of at most 10'),
      );
    }
    const [row] = await tx.run(q.latestProgressAt(goalId));
    const latest = row?.latest;
    if (latest instanceof Date && at < latest) {
      errors.push(
        userError(
          ['input', 'at'],
          UserErrorCode.OUT_OF_RANGE,
          `at must not be before the latest progress entry (${latest.toISOString()})`,
        ),
      );
    }
    return errors;
  }
}
