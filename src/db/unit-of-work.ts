/**
 * The one shape of a mutation's write: a single write transaction with a single refusal path.
 * Anything refused inside it — a missing reference, a duplicate, a rule the stored state breaks
 * — throws a Refusal: the transaction rolls back (nothing it did, not even a lock, is kept; the
 * graph version does not move; no audit entry is written) and the caller gets the userErrors
 * as a normal outcome. Refusals found before the transaction (input validation) take the same
 * path through `refused`.
 *
 * Two plans cover every mutation:
 * - createOnce: client key first (a retry answers with what the first call made), references
 *   next (NOT_FOUND), further checks, then the single create statement;
 * - changeLocked: lock and read the record (NOT_FOUND), client key (a retry), references,
 *   then the change, which may refuse from the current state.
 */
import type { Clock } from '../core/clock';
import { InternalError } from '../core/errors';
import type { UserError } from '../core/user-error';
import type { Gateway, Statement, Tx } from './gateway';
import { missingReferences, type Reference } from './references';
import type { Row } from './values';

export class Refusal extends Error {
  override name = 'Refusal';
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join('; '));
  }
}

/** Refuses (throws) when there is anything to refuse; otherwise returns. */
export function refuseIf(userErrors: readonly UserError[]): void {
  if (userErrors.length > 0) throw new Refusal([...userErrors]);
}

/** Refuses with `userErrors` (throws). */
export function refuse(...userErrors: UserError[]): never {
  throw new Refusal(userErrors);
}

export type Outcome<T> = { value: T; userErrors: [] } | { value: null; userErrors: UserError[] };

/** The outcome of a mutation refused before its transaction. */
export const refused = (userErrors: UserError[]): Outcome<never> => ({ value: null, userErrors });

/** One write transaction; a Refusal thrown by `work` rolls it back and becomes the outcome. */
export async function unitOfWork<T>(db: Gateway, work: (tx: Tx) => Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await db.write(work), userErrors: [] };
  } catch (error) {
    if (error instanceof Refusal) return refused(error.userErrors);
    throw error;
  }
}

/** The first row of `statement` read as T, or undefined. */
export async function firstRow<T>(tx: Tx, statement: Statement, read: (row: Row) => T): Promise<T | undefined> {
  const [row] = await tx.run(statement);
  return row ? read(row) : undefined;
}

export interface CreatePlan<T> {
  /** The client-key lookup (null without a key): its row, when there is one, is the answer. */
  existing?: Statement | null;
  /** Nodes the create connects to: each missing one is a NOT_FOUND userError. */
  references?: readonly Reference[];
  /** Further refusals that need the graph (a duplicate, a non-party). */
  check?: (tx: Tx) => Promise<readonly UserError[]>;
  create: Statement;
  /** A row of `existing` or `create` → the result. */
  read: (row: Row) => T;
}

/** Creates once: a retry with the same client key answers with the first result. */
export function createOnce<T>(db: Gateway, plan: CreatePlan<T>): Promise<Outcome<T>> {
  return unitOfWork(db, async (tx) => {
    if (plan.existing) {
      const existing = await firstRow(tx, plan.existing, plan.read);
      if (existing !== undefined) return existing;
    }
    refuseIf(await missingReferences(tx, [...(plan.references ?? [])]));
    if (plan.check) refuseIf(await plan.check(tx));
    const created = await firstRow(tx, plan.create, plan.read);
    // The references were found in this transaction, so the statement always returns its row.
    if (created === undefined) throw new InternalError(`the create statement returned no row: ${plan.create.cypher}`);
    return created;
  });
}

export interface ChangePlan<C, T> {
  /** Locks and reads the record (undefined when there is none). */
  lock: (tx: Tx) => Promise<C | undefined>;
  /** The refusal when there is no record. */
  notFound: UserError;
  /** The client-key lookup (null without a key), under the lock: a retry answers with it. */
  existing?: Statement | null;
  /** Reads a row of `existing`. */
  read?: (row: Row) => T;
  /** Nodes the change connects to: each missing one is a NOT_FOUND userError. */
  references?: readonly Reference[];
  /** The change, given the locked record; refuses (refuseIf / refuse) from its state. */
  change: (current: C, tx: Tx) => Promise<T>;
}

/** Changes a record under its write lock, so a check and the write that follows cannot interleave. */
export function changeLocked<C, T>(db: Gateway, plan: ChangePlan<C, T>): Promise<Outcome<T>> {
  return unitOfWork(db, async (tx) => {
    const current = await plan.lock(tx);
    if (current === undefined) refuse(plan.notFound);
    if (plan.existing && plan.read) {
      const existing = await firstRow(tx, plan.existing, plan.read);
      if (existing !== undefined) return existing;
    }
    refuseIf(await missingReferences(tx, [...(plan.references ?? [])]));
    return plan.change(current, tx);
  });
}

/** What every domain service is built with: the request's gateway and the clock ("now"). */
export abstract class Service {
  constructor(
    protected readonly db: Gateway,
    protected readonly now: Clock,
  ) {}
}
