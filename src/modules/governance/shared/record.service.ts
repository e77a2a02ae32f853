/**
 * The governance records' plans for the unit of work (src/db/unit-of-work.ts), by node spec:
 * - create: createOnce with the record's client-key lookup and the single write statement;
 * - change: changeLocked on the record's lock; the caller decides from the current state
 *   (userErrors, which refuse, or the statement to run).
 */
import crypto from 'node:crypto';
import type { EventIntent } from '../../../events/events';
import { InternalError } from '../../../core/errors';
import { UserErrorCode, userError, type UserError } from '../../../core/user-error';
import type { Gateway, Statement } from '../../../db/gateway';
import type { NodeSpec } from '../../../db/node-spec';
import type { Reference } from '../../../db/references';
import {
  changeLocked,
  changeKeyPlan,
  clientKeyPlan,
  createOnce,
  firstRow,
  refuse,
  type Outcome,
} from '../../../db/unit-of-work';
import { lockRecord, recordByClientKey } from './record.queries';
import { trimmedOrNull, validatedKey, validatedKeyOrNull } from './validated';

export interface RecordResult<R> {
  record: R | null;
  userErrors: UserError[];
}

export const refused = <R>(userErrors: UserError[]): RecordResult<R> => ({ record: null, userErrors });
const asResult = async <R>(outcome: Promise<Outcome<R>>): Promise<RecordResult<R>> => {
  const { value, userErrors } = await outcome;
  return { record: value, userErrors };
};

export interface CreatePlan {
  clientKey: string | null;
  /** The mutation input: a retry with the client key must send the same (IDEMPOTENCY_KEY_REUSED). */
  input: unknown;
  references: Reference[];
  statement: Statement;
  /** The domain events the create causes (written in its transaction). */
  events?: (created: unknown) => EventIntent[];
}

export function createRecord<R>(db: Gateway, spec: NodeSpec, plan: CreatePlan): Promise<RecordResult<R>> {
  return asResult(
    createOnce(db, {
      clientKey: clientKeyPlan(
        plan.clientKey,
        { label: spec.label },
        (key) => recordByClientKey(spec, key),
        plan.input,
      ),
      references: plan.references,
      create: plan.statement,
      read: (row) => row.node as R,
      events: plan.events,
    }),
  );
}

/** What a record about one partnership (optionally with an owner) is created from. */
export interface ConcerningInput {
  partnershipId: string;
  ownerId?: string | null;
  clientKey?: string | null;
}

/** The ids a create statement of a record about a partnership needs. */
export interface ConcerningIds {
  /** Generated here, outside the transaction function, so a driver retry reuses it. */
  id: string;
  clientKey: string | null;
  partnershipId: string;
  ownerId: string | null;
}

/**
 * Creates a record about a partnership once: the ids decoded (validation has checked them),
 * the partnership and owner as references (NOT_FOUND), the client key for retries.
 */
export function createAboutPartnership<R>(
  db: Gateway,
  spec: NodeSpec,
  input: ConcerningInput,
  statement: (ids: ConcerningIds) => Statement,
  events?: (created: R) => EventIntent[],
): Promise<RecordResult<R>> {
  const ids: ConcerningIds = {
    id: crypto.randomUUID(),
    clientKey: trimmedOrNull(input.clientKey),
    partnershipId: validatedKey(input.partnershipId),
    ownerId: validatedKeyOrNull(input.ownerId),
  };
  const references: Reference[] = [{ field: 'input.partnershipId', label: 'Partnership', id: ids.partnershipId }];
  if (ids.ownerId) references.push({ field: 'input.ownerId', label: 'TeamMember', id: ids.ownerId });
  return createRecord<R>(db, spec, {
    clientKey: ids.clientKey,
    input,
    references,
    statement: statement(ids),
    events: events && ((created) => events(created as R)),
  });
}

export interface ChangeTarget {
  /** Database id of the record. */
  key: string;
  /** The global id the client sent, for the NOT_FOUND message. */
  globalId: string;
  /**
   * The change's client key, when the client sent one: `mutation` names the change (its field
   * name); a retry with the same key and input answers with the record as it is, changing nothing.
   */
  retry?: { clientKey?: string | null; mutation: string; input: unknown };
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
  return asResult(
    changeLocked(db, {
      lock: (tx) => firstRow(tx, lockRecord(spec, target.key), (row) => row.node as R),
      notFound: userError(['input', 'id'], UserErrorCode.NOT_FOUND, `no ${spec.label} has id "${target.globalId}"`),
      clientKey: target.retry
        ? changeKeyPlan(trimmedOrNull(target.retry.clientKey), target.retry.mutation, target.retry.input)
        : null,
      retried: (current) => current,
      references,
      change: async (current, tx) => {
        const next = plan(current);
        if (Array.isArray(next)) return refuse(...next);
        const row = await firstRow(tx, next, (found) => found.node as R);
        if (row === undefined) throw new InternalError(`updating ${spec.label} ${target.key} returned no row`);
        return row;
      },
    }),
  );
}
