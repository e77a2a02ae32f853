/**
 * The two shapes every governance mutation takes, each one write transaction:
 * - create: client key first (a retry returns the first record), references next (NOT_FOUND),
 *   then the single write statement;
 * - change: lock and read the record (NOT_FOUND), check references, let the caller decide
 *   from the current state (userErrors, or the statement to run), then write.
 * Refusals are returned before any statement that changes data.
 */
import { InternalError } from '../../../core/errors';
import { UserErrorCode, userError, type UserError } from '../../../core/user-error';
import type { Gateway, Statement } from '../../../db/gateway';
import type { NodeSpec } from '../../../db/node-spec';
import { missingReferences, type Reference } from '../../../db/references';
import { lockRecord, recordByClientKey } from './record.queries';

export interface RecordResult<R> {
  record: R | null;
  userErrors: UserError[];
}

export const refused = <R>(userErrors: UserError[]): RecordResult<R> => ({ record: null, userErrors });
const done = <R>(record: R): RecordResult<R> => ({ record, userErrors: [] });

export interface CreatePlan {
  clientKey: string | null;
  references: Reference[];
  statement: Statement;
}

export function createRecord<R>(db: Gateway, spec: NodeSpec, plan: CreatePlan): Promise<RecordResult<R>> {
  return db.write(async (tx) => {
    if (plan.clientKey) {
      const [existing] = await tx.run(recordByClientKey(spec, plan.clientKey));
      if (existing) return done(existing.node as R);
    }
    const missing = await missingReferences(tx, plan.references);
    if (missing.length > 0) return refused<R>(missing);
    const [row] = await tx.run(plan.statement);
    // The references were found in this transaction, so the statement always returns its row.
    if (!row) throw new InternalError(`creating a ${spec.label} returned no row`);
    return done(row.node as R);
  });
}

export interface ChangeTarget {
  /** Database id of the record. */
  key: string;
  /** The global id the client sent, for the NOT_FOUND message. */
  globalId: string;
}

/** What to do given the current record: refuse with userErrors or run a statement. */
export type ChangePlan<R> = (current: R) => UserError[] | Statement;

export function changeRecord<R>(
  db: Gateway,
  spec: NodeSpec,
  target: ChangeTarget,
  plan: ChangePlan<R>,
  references: Reference[] = [],
): Promise<RecordResult<R>> {
  return db.write(async (tx) => {
    const [current] = await tx.run(lockRecord(spec, target.key));
    if (!current) {
      return refused<R>([
        userError(['input', 'id'], UserErrorCode.NOT_FOUND, `no ${spec.label} has id "${target.globalId}"`),
      ]);
    }
    const missing = await missingReferences(tx, references);
    if (missing.length > 0) return refused<R>(missing);
    const next = plan(current.node as R);
    if (Array.isArray(next)) return refused<R>(next);
    const [row] = await tx.run(next);
    if (!row) throw new InternalError(`updating ${spec.label} ${target.key} returned no row`);
    return done(row.node as R);
  });
}
