/** The business actions on goals: validate, then one write transaction. */
import type { Clock } from '../../core/clock';
import crypto from 'node:crypto';
import { UserErrorCode, userError, type UserError } from '../../core/user-error';
import type { Gateway, Tx } from '../../db/gateway';
import { missingReferences, type Reference } from '../../db/references';
import type { Row } from '../../db/values';
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

const failed = (userErrors: UserError[]): GoalResult => ({ goal: null, userErrors });
const clientKeyOf = (key: string | null | undefined) => key?.trim() || null;
const fromRow = (row: Row): GoalResult => ({
  goal: row.goal as GoalRecord,
  progress: (row.progress as GoalProgressRecord | undefined) ?? null,
  userErrors: [],
});

export class GoalService {
  constructor(
    private readonly db: Gateway,
    private readonly now: Clock,
  ) {}

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

    return this.db.write(async (tx) => {
      if (clientKey) {
        const [existing] = await tx.run(q.goalByClientKey(clientKey));
        if (existing) return fromRow(existing);
      }
      const missing = await missingReferences(tx, references);
      if (missing.length > 0) return failed(missing);
      const [row] = await tx.run(
        q.createGoal(id, clientKey, fields, { partnershipId: partnershipId ?? null, ownerId: ownerId ?? null }),
      );
      return fromRow(row as Row);
    });
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

    return this.db.write(async (tx) => {
      const [locked] = await tx.run(q.lockGoal(goalId));
      if (!locked) {
        return failed([userError(['input', 'goalId'], UserErrorCode.NOT_FOUND, `no goal has id "${input.goalId}"`)]);
      }
      if (clientKey) {
        const [existing] = await tx.run(q.progressByClientKey(clientKey));
        if (existing) return fromRow(existing);
      }
      const refusals = await this.progressRefusals(tx, goalId, locked.metric, input.value, at);
      if (refusals.length > 0) return failed(refusals);
      const [row] = await tx.run(q.appendProgress(goalId, id, clientKey, fields));
      return fromRow(row as Row);
    });
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

    return this.db.write(async (tx) => {
      const [locked] = await tx.run(q.lockGoal(goalId));
      if (!locked) {
        return failed([userError(['input', 'goalId'], UserErrorCode.NOT_FOUND, `no goal has id "${input.goalId}"`)]);
      }
      if (clientKey) {
        const [existing] = await tx.run(q.progressByClientKey(clientKey));
        if (existing) return fromRow(existing);
      }
      if (locked.metric === GoalMetric.SATISFACTION) {
        return failed([
          userError(
            ['input', 'goalId'],
            UserErrorCode.INVALID,
            'a satisfaction goal measures a mean score, which does not add up: use goalUpdateProgress',
          ),
        ]);
      }
      const [row] = await tx.run(q.addProgress(goalId, id, clientKey, fields));
      return fromRow(row as Row);
    });
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
