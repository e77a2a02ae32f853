/**
 * The one shape of a mutation's write: a single write transaction with a single refusal path.
 * Anything refused inside it — a missing reference, a duplicate, a rule the stored state breaks
 * — throws a Refusal: the transaction rolls back (nothing it did, not even a lock, is kept; the
 * graph version does not move; no audit entry is written) and the caller gets the userErrors
 * as a normal outcome. Refusals found before the transaction (input validation) take the same
 * path through `refused`.
 *
 * Three plans cover every mutation:
 * - createOnce: client key first (a retry answers with what the first call made), references
 *   next (NOT_FOUND), further checks, then the single create statement;
 * - changeLocked: lock and read the record (NOT_FOUND), client key (a retry), references,
 *   then the change, which may refuse from the current state;
 * - changeOnce: client key first, before a lock that writes (a retry writes nothing), then the
 *   change as one unit of work.
 *
 * Client keys are handled here and only here: the first create with a key stores the
 * fingerprint of its input next to the key; a later one with the same key and the same input
 * is a retry (it answers what the first made), with other input it is refused with
 * IDEMPOTENCY_KEY_REUSED (src/db/client-key.queries.ts).
 */
import type { Clock } from '../core/clock';
import type { EventIntent } from '../core/domain-events';
import { InternalError } from '../core/errors';
import { UserErrorCode, userError, type UserError } from '../core/user-error';
import {
  fingerprintOfKey,
  inputFingerprint,
  mutationKeyUse,
  rememberFingerprint,
  type KeyHolder,
} from './client-key.queries';
import type { Gateway, Statement, Tx } from './gateway';
import type { NodeSpec } from './node-spec';
import { nodesByIds } from './node-statements';
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

/** A create's client key: what the key made answers a retry that asks for the same thing. */
export interface ClientKeyPlan {
  key: string;
  /** The lookup of what the key made; its row is read by the plan's `read`. */
  lookup: Statement;
  /** Where keys of this kind are stored (the label or relationship type the create makes). */
  holder: KeyHolder;
  /** The input as the client sent it (its clientKey is left out of the fingerprint). */
  input: unknown;
}

/** The client-key plan of a create, or null when the client sent no key. */
export function clientKeyPlan(
  key: string | null | undefined,
  holder: KeyHolder,
  lookup: (key: string) => Statement,
  input: unknown,
): ClientKeyPlan | null {
  return key ? { key, lookup: lookup(key), holder, input } : null;
}

/**
 * The client-key plan of a change that makes nothing to hold the key (a status move, a link):
 * the key is kept on a MutationKey node of `mutation` (the field name), written in the
 * change's own transaction; a retry answers with the record as the first call left it.
 */
export function changeKeyPlan(key: string | null | undefined, mutation: string, input: unknown): ClientKeyPlan | null {
  return key ? { key, lookup: mutationKeyUse(mutation, key), holder: { mutation }, input } : null;
}

/**
 * What an earlier create with the key made, when there is one: refused when that create
 * asked for something else (a key from before fingerprints were stored is taken as a retry).
 * createOnce and changeLocked call it; a plan that fits neither (a unitOfWork) calls it first
 * and `rememberKey` after its create.
 */
export async function earlierWithKey<T>(tx: Tx, plan: ClientKeyPlan, read: (row: Row) => T): Promise<T | undefined> {
  const earlier = await firstRow(tx, plan.lookup, read);
  if (earlier === undefined) return undefined;
  const stored = await firstRow(tx, fingerprintOfKey(plan.holder, plan.key), (row) => row.fingerprint);
  if (typeof stored === 'string' && stored !== inputFingerprint(plan.input)) {
    refuse(
      userError(
        ['input', 'clientKey'],
        UserErrorCode.IDEMPOTENCY_KEY_REUSED,
        `clientKey "${plan.key}" was already used for a request with different content: send a new key for a new request, or resend the first request unchanged to get its result`,
      ),
    );
  }
  return earlier;
}

/** Stores the fingerprint of the request next to the key it just used. */
export async function rememberKey(tx: Tx, plan: ClientKeyPlan | null | undefined): Promise<void> {
  if (plan) await tx.run(rememberFingerprint(plan.holder, plan.key, inputFingerprint(plan.input)));
}

/** A record by its database id as it is now (what a retried change answers), or undefined. */
export function recordNow<T>(tx: Tx, spec: NodeSpec, id: string): Promise<T | undefined> {
  return firstRow(tx, nodesByIds(spec, [id]), (row) => row.node as T);
}

export interface KeyedChangePlan<T> {
  /** The change's key (a changeKeyPlan; null without one). */
  clientKey: ClientKeyPlan | null;
  /** The answer to a retry: the records the first call changed, read as they are (no write). */
  retried: (tx: Tx) => Promise<T>;
  /** The change: its locks, checks and writes, refusing like any unit of work. */
  change: (tx: Tx) => Promise<T>;
}

/**
 * A change whose lock writes (SET updatedAt) or whose first step is a MERGE: the key is looked up
 * before anything is written, so a retry writes nothing (the graph version stays) and answers
 * `retried`; a key reused with other input is refused as everywhere (IDEMPOTENCY_KEY_REUSED).
 */
export function changeOnce<T>(db: Gateway, plan: KeyedChangePlan<T>): Promise<Outcome<T>> {
  return unitOfWork(db, async (tx) => {
    if (plan.clientKey && (await earlierWithKey(tx, plan.clientKey, () => true))) return plan.retried(tx);
    const changed = await plan.change(tx);
    await rememberKey(tx, plan.clientKey);
    return changed;
  });
}

export interface CreatePlan<T> {
  /** The client key (null without one): a retry answers with what the first call made. */
  clientKey?: ClientKeyPlan | null;
  /** Nodes the create connects to: each missing one is a NOT_FOUND userError. */
  references?: readonly Reference[];
  /** Further refusals that need the graph (a duplicate, a non-party). */
  check?: (tx: Tx) => Promise<readonly UserError[]>;
  create: Statement;
  /** A row of the key's lookup or of `create` → the result. */
  read: (row: Row) => T;
  /** The domain events the create causes (written with it; a retry writes none). */
  events?: (created: T) => EventIntent[];
}

/**
 * Creates once: a retry with the same client key and the same input answers with the first
 * result; the same key with other input is refused (IDEMPOTENCY_KEY_REUSED).
 */
export function createOnce<T>(db: Gateway, plan: CreatePlan<T>): Promise<Outcome<T>> {
  return unitOfWork(db, async (tx) => {
    if (plan.clientKey) {
      const earlier = await earlierWithKey(tx, plan.clientKey, plan.read);
      if (earlier !== undefined) return earlier;
    }
    refuseIf(await missingReferences(tx, [...(plan.references ?? [])]));
    if (plan.check) refuseIf(await plan.check(tx));
    const created = await firstRow(tx, plan.create, plan.read);
    // The references were found in this transaction, so the statement always returns its row.
    if (created === undefined) throw new InternalError(`the create statement returned no row: ${plan.create.cypher}`);
    await rememberKey(tx, plan.clientKey);
    if (plan.events) tx.emit(...plan.events(created));
    return created;
  });
}

export interface ChangePlan<C, T> {
  /** Locks and reads the record (undefined when there is none). */
  lock: (tx: Tx) => Promise<C | undefined>;
  /** The refusal when there is no record. */
  notFound: UserError;
  /** The client key (null without one), looked up under the lock: a retry answers with it. */
  clientKey?: ClientKeyPlan | null;
  /** Reads a row of the key's lookup. */
  read?: (row: Row) => T;
  /** Without `read` (a changeKeyPlan): the answer to a retry, from the locked record. */
  retried?: (current: C) => T;
  /** Nodes the change connects to: each missing one is a NOT_FOUND userError. */
  references?: readonly Reference[];
  /** The change, given the locked record; refuses (refuseIf / refuse) from its state. */
  change: (current: C, tx: Tx) => Promise<T>;
  /** The domain events the change causes (written with it; a retry writes none). */
  events?: (changed: T) => EventIntent[];
}

/** Changes a record under its write lock, so a check and the write that follows cannot interleave. */
export function changeLocked<C, T>(db: Gateway, plan: ChangePlan<C, T>): Promise<Outcome<T>> {
  return unitOfWork(db, async (tx) => {
    const current = await plan.lock(tx);
    if (current === undefined) refuse(plan.notFound);
    const { retried } = plan;
    const read = plan.read ?? (retried ? () => retried(current) : undefined);
    if (plan.clientKey && read) {
      const earlier = await earlierWithKey(tx, plan.clientKey, read);
      if (earlier !== undefined) return earlier;
    }
    refuseIf(await missingReferences(tx, [...(plan.references ?? [])]));
    const changed = await plan.change(current, tx);
    await rememberKey(tx, plan.clientKey);
    if (plan.events) tx.emit(...plan.events(changed));
    return changed;
  });
}

/** What every domain service is built with: the request's gateway and the clock ("now"). */
export abstract class Service {
  constructor(
    protected readonly db: Gateway,
    protected readonly now: Clock,
  ) {}
}
