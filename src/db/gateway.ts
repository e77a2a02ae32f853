/**
 * The one data-access gateway: every Cypher statement in the product runs through here.
 *
 * - picks `executeRead` / `executeWrite` (managed transactions, retried by the driver, so
 *   every write must be idempotent),
 * - gives each transaction a server-side timeout and metadata (request id) that shows up in
 *   Neo4j's query log and `SHOW TRANSACTIONS`,
 * - maps results to plain values (see values.ts) and Neo4j failures to AppErrors,
 * - optionally counts round trips (one per statement) so tests can assert batching.
 */
import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { DeadlineExceededError, InternalError, ServiceUnavailableError } from '../core/errors';
import type { EventIntent } from '../core/domain-events';
import type { BackgroundLimit } from './background';
import { beforeDeadline, Deadline, DeadlineWatch, noteUnavailable } from './deadline';
import { TouchedSet, type CollaborationTouch } from './collaboration-touch';
import { appendToOutbox, type OutboxAppend } from './outbox.queries';
import { recordToRow, type Row } from './values';

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
  /** Declared by writes that can change the collaboration graph (collaboration-touch.ts). */
  touches?: CollaborationTouch;
}

export interface GatewayOptions {
  database: string;
  queryTimeoutMs: number;
  /** Tagged on every transaction (e.g. the request id). */
  metadata?: Record<string, string>;
  roundTrips?: RoundTripCounter;
  /** Runs around the work of every write transaction, inside it (the audit trail). */
  writeHook?: WriteHook;
  /** Turns a write transaction's emitted events into outbox entries (the request's, events/outbox.ts). */
  changeLog?: ChangeLog;
  /** Told how long each unit of work took (metrics); keeps this layer free of a metrics library. */
  onTransaction?: (timing: TransactionTiming) => void;
  /** By when every call must end (the operation's deadline, see deadline.ts). */
  deadline?: Deadline;
  /** Background work: every transaction takes a slot of this limit first (background.ts). */
  background?: BackgroundLimit;
}

/** Code that must run in the same transaction as every write (before and after its work). */
export interface WriteHook {
  around<T>(tx: Tx, work: () => Promise<T>): Promise<T>;
}

/** One hook running `hooks` around the work, the first outermost. */
export function chainWriteHooks(...hooks: WriteHook[]): WriteHook {
  return {
    around: <T>(tx: Tx, work: () => Promise<T>) =>
      hooks.reduceRight<() => Promise<T>>((inner, hook) => () => hook.around(tx, inner), work)(),
  };
}

/** What a committed write transaction appended to the outbox. */
export interface Appended {
  entries: OutboxAppend[];
  /** Graph version after the transaction. */
  version: number;
  /** The sequence before the first entry: entry i has sequence base + i + 1. */
  base: number;
}

/**
 * Where a write transaction's domain events go: into the outbox in the same transaction (so
 * they commit or roll back with the change), then to the relay once it committed.
 */
export interface ChangeLog {
  /** Inside the transaction, after its work changed data: the entries to append (may be none). */
  entries(tx: Tx, emitted: readonly EventIntent[]): Promise<OutboxAppend[]>;
  /** After the commit (not called when the caller stopped waiting: the relay's poll finds them). */
  committed(appended: Appended): void;
}

export interface TransactionTiming {
  mode: 'READ' | 'WRITE' | 'AUTO';
  /** Including the driver's retries. */
  durationMs: number;
  ok: boolean;
}

export class RoundTripCounter {
  count = 0;
  readonly statements: Statement[] = [];
  record(statement: Statement): void {
    this.count += 1;
    this.statements.push(statement);
  }
}

/** What a unit of work sees: run parameterised statements, get plain rows back. */
export interface Tx {
  run(statement: Statement): Promise<Row[]>;
  /** Whether any statement of this transaction so far created, changed or deleted data. */
  changed(): boolean;
  /**
   * Domain events the change causes: written to the outbox in this transaction when it changed
   * data (a retry that changed nothing emits nothing), dropped with a rollback.
   */
  emit(...events: EventIntent[]): void;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
/** The server ended the transaction at its timeout (ours: the time left before the deadline). */
const TIMED_OUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Translates driver failures into the product's error hierarchy. */
export function mapNeo4jError(error: unknown): Error {
  if (error instanceof Neo4jError) {
    if (TIMED_OUT_CODES.has(error.code)) {
      return new DeadlineExceededError('The transaction took longer than its time budget and was rolled back.', {
        cause: error,
      });
    }
    if (
      UNAVAILABLE_CODES.has(error.code) ||
      error.code.startsWith('Neo.TransientError') ||
      /acquisition timed out|Connection acquisition/i.test(error.message)
    ) {
      return new ServiceUnavailableError('The graph database is unavailable; retry shortly.', { cause: error });
    }
    return new InternalError(`Neo4j ${error.code}: ${error.message}`, { cause: error });
  }
  return error instanceof Error ? error : new InternalError(String(error));
}

/**
 * Every write transaction that changed data bumps the graph version (graph/migrations/0006)
 * and appends its events to the outbox (0009), in one statement of the same transaction
 * (outbox.queries.ts): cached analytics can tell that the graph changed, and events are
 * numbered in commit order. It makes the version node a point every write commit passes
 * through; fine at this scale, and the alternative (versions kept per replica) breaks as soon
 * as a second replica writes.
 */

export const READ_GRAPH_VERSION: Statement = {
  cypher: `OPTIONAL MATCH (v:GraphVersion {id: 'ecosystem'}) RETURN coalesce(v.value, 0) AS version`,
  params: {},
};

function isConstraintViolation(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

export class Gateway {
  constructor(
    private readonly driver: Driver,
    private readonly options: GatewayOptions,
  ) {}

  /** A gateway for one request: same driver, its own metadata and round-trip counter. */
  scoped(
    metadata: Record<string, string>,
    roundTrips?: RoundTripCounter,
    writeHook?: WriteHook,
    changeLog?: ChangeLog,
  ): Gateway {
    return new Gateway(this.driver, {
      ...this.options,
      metadata: { ...this.options.metadata, ...metadata },
      roundTrips,
      writeHook,
      changeLog,
    });
  }

  /** The same gateway, every call of which ends by `deadline` (epoch ms): one request's. */
  withDeadline(deadline: number): Gateway {
    return new Gateway(this.driver, { ...this.options, deadline: new Deadline(deadline) });
  }

  /** The same gateway for work no client waits on: its transactions share `limit`'s slots. */
  inBackground(limit: BackgroundLimit, metadata: Record<string, string>): Gateway {
    return new Gateway(this.driver, {
      ...this.options,
      metadata: { ...this.options.metadata, ...metadata },
      background: limit,
    });
  }

  /** When this gateway's operation must end (epoch ms), or undefined when it has no deadline. */
  get deadlineAt(): number | undefined {
    return this.options.deadline?.at;
  }

  /** Gives the operation a full time budget again, from now (one mutation of a document). */
  restartDeadline(): void {
    this.options.deadline?.restart();
  }

  get roundTrips(): RoundTripCounter | undefined {
    return this.options.roundTrips;
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute('READ', work);
  }

  /**
   * One write transaction: the work fully happens or nothing changes. Must be idempotent.
   *
   * A uniqueness-constraint violation is retried once: when two requests race to create the
   * same thing (same client key, same e-mail), the loser's second attempt runs its checks
   * again, now sees the winner's node, and answers as a retry would (the existing object, or
   * a DUPLICATE user error) instead of failing.
   */
  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.execute('WRITE', work);
    } catch (error) {
      if (!(error instanceof InternalError && isConstraintViolation(error.cause))) throw error;
      return this.execute('WRITE', work);
    }
  }

  /** Shorthand for a single read statement. */
  readRows(statement: Statement): Promise<Row[]> {
    return this.read((tx) => tx.run(statement));
  }

  /** The current graph version (bumped by every write that changed data, see appendChange). */
  async graphVersion(): Promise<number> {
    const [row] = await this.readRows(READ_GRAPH_VERSION);
    return Number(row?.version ?? 0);
  }

  /** Shorthand for a single write statement. */
  writeRows(statement: Statement): Promise<Row[]> {
    return this.write((tx) => tx.run(statement));
  }

  /**
   * A write of bookkeeping derived from the data, not of the data (the persisted KPI snapshot):
   * it neither moves the graph version nor appends events, or storing what was computed from
   * version v would itself make v stale.
   */
  writeBookkeeping(statement: Statement): Promise<Row[]> {
    return this.execute('WRITE', (tx) => tx.run(statement), { versioned: false });
  }

  /**
   * Runs a statement outside an explicit transaction. Only for what Neo4j refuses inside one:
   * schema changes (migrations) and `CALL { } IN TRANSACTIONS` batches.
   */
  async runAutoCommit(statement: Statement): Promise<Row[]> {
    const session = this.driver.session({ database: this.options.database });
    try {
      this.options.roundTrips?.record(statement);
      const result = await this.timed('AUTO', () => session.run(statement.cypher, statement.params, this.txConfig()));
      return result.records.map((record) => recordToRow(record.keys, (key) => record.get(key)));
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private async timed<T>(mode: TransactionTiming['mode'], run: () => Promise<T>): Promise<T> {
    const hook = this.options.onTransaction;
    if (!hook) return run();
    const started = performance.now();
    let ok = false;
    try {
      const value = await run();
      ok = true;
      return value;
    } finally {
      hook({ mode, durationMs: performance.now() - started, ok });
    }
  }

  /** The server-side timeout is the query timeout, or less: the time left before the deadline. */
  private txConfig(remainingMs = Number.POSITIVE_INFINITY) {
    const timeout = Math.max(1, Math.ceil(Math.min(this.options.queryTimeoutMs, remainingMs)));
    return { timeout, metadata: { app: 'ecograph', ...this.options.metadata } };
  }

  /** The version bump and the outbox entries of a transaction that changed data. */
  private async appendChange(tx: Tx, emitted: readonly EventIntent[], touched: TouchedSet): Promise<Appended> {
    const entries = this.options.changeLog ? await this.options.changeLog.entries(tx, emitted) : [];
    const [row] = await tx.run(appendToOutbox(entries, touched.toParams()));
    return { entries, version: Number(row?.version ?? 0), base: Number(row?.base ?? 0) };
  }

  private execute<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Tx) => Promise<T>,
    options: { versioned: boolean } = { versioned: true },
  ): Promise<T> {
    const { background } = this.options;
    return background
      ? background.run(() => this.executeNow(mode, work, options.versioned), this.options.metadata?.purpose)
      : this.executeNow(mode, work, options.versioned);
  }

  private async executeNow<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, versioned: boolean): Promise<T> {
    const deadline = this.options.deadline?.at;
    const watch = deadline === undefined ? undefined : new DeadlineWatch(deadline, this.driver);
    watch?.check();
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const counter = this.options.roundTrips;
    let appended: Appended | undefined;
    const attempt = async (tx: ManagedTransaction) => {
      let changed = false;
      // Per attempt: a retried transaction function emits its events again.
      const emitted: EventIntent[] = [];
      const touched = new TouchedSet();
      appended = undefined;
      const run = async (statement: Statement) => {
        watch?.check();
        counter?.record(statement);
        touched.add(statement.touches);
        const result = await tx.run(statement.cypher, statement.params);
        if (result.summary.counters.containsUpdates()) changed = true;
        return result.records.map((record) => recordToRow(record.keys, (key) => record.get(key)));
      };
      const unitTx: Tx = { run, changed: () => changed, emit: (...events) => void emitted.push(...events) };
      const hook = mode === 'WRITE' ? this.options.writeHook : undefined;
      const value = hook ? await hook.around(unitTx, () => work(unitTx)) : await work(unitTx);
      // Only a transaction that changed data moves the version and writes events (an
      // idempotent retry does not; a refusal throws, so its transaction rolls back before
      // this), so bad requests cannot force KPI recomputations.
      if (mode === 'WRITE' && changed && versioned) appended = await this.appendChange(unitTx, emitted, touched);
      return value;
    };
    const unit = (tx: ManagedTransaction) => (watch ? watch.attempt(() => attempt(tx)) : attempt(tx));
    const config = this.txConfig(watch?.remainingMs());
    let abandoned = false;
    try {
      const value = await this.timed(mode, async () => {
        const running = mode === 'READ' ? session.executeRead(unit, config) : session.executeWrite(unit, config);
        if (!watch) return await running;
        const outcome = await beforeDeadline(running, watch.remainingMs(), () => watch.expired());
        if ('value' in outcome) return outcome.value;
        abandoned = true;
        throw outcome.expired;
      });
      if (appended) this.options.changeLog?.committed(appended);
      return value;
    } catch (error) {
      const mapped = mapNeo4jError(error);
      if (mapped instanceof ServiceUnavailableError) noteUnavailable(this.driver);
      throw mapped;
    } finally {
      // Closing stops the driver's retries and resets a running transaction (the server rolls
      // it back). Past the deadline it is not awaited: it may wait for an unreachable server.
      const closing = session.close();
      if (abandoned) closing.catch(() => undefined);
      else await closing;
    }
  }
}
