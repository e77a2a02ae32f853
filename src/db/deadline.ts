/**
 * The per-request deadline as the gateway applies it to one managed transaction
 * (docs/resilience.md). The driver's own limits (connect, pool wait, retries) each restart per
 * attempt, so alone they can hold a request for much longer than its budget; this bounds the
 * whole call, and says whom to blame when the deadline passes:
 * - the work → DEADLINE_EXCEEDED: most of the call went into its statements, in one attempt,
 *   on a database this process has not seen unavailable lately (a slow query, a lock wait);
 * - the database → SERVICE_UNAVAILABLE: most of the call went into waiting for a connection,
 *   a retry or a commit, or into attempts that failed; or the database was unavailable less
 *   than RECOVERY_WINDOW_MS ago (still shutting down, restarting or warming up: slow then is
 *   the database's fault, not the request's).
 */
import { DeadlineExceededError, ServiceUnavailableError, type AppError } from '../core/errors';

/** After an unavailability, how long a request running out of time is blamed on the database. */
export const RECOVERY_WINDOW_MS = 30_000;

/**
 * The end of an operation's time budget, shared by every gateway scoped from the one that
 * made it (so the request's reader and writer see the same deadline). Each mutation of a
 * document restarts it (src/graphql/mutation-outcome.ts): mutations run one after another,
 * and one that came late in a long document must not inherit what its predecessors used.
 */
export class Deadline {
  private budgetMs: number;
  constructor(public at: number) {
    this.budgetMs = at - Date.now();
  }

  /** A full budget again, from now. */
  restart(): void {
    this.at = Date.now() + this.budgetMs;
  }
}

/** When calls on each driver last failed as unavailable (process-wide, one entry per driver). */
const lastUnavailable = new WeakMap<object, number>();

export function noteUnavailable(driver: object): void {
  lastUnavailable.set(driver, Date.now());
}

function recentlyUnavailable(driver: object): boolean {
  return Date.now() - (lastUnavailable.get(driver) ?? Number.NEGATIVE_INFINITY) < RECOVERY_WINDOW_MS;
}

/** Where the transaction is when the deadline passes. */
type Phase = 'waiting' | 'working' | 'committing';

export class DeadlineWatch {
  private phase: Phase = 'waiting';
  private readonly startedAt = Date.now();
  private attemptStartedAt = 0;

  constructor(
    readonly deadline: number,
    /** The driver the call runs on (its recent unavailability decides whom to blame). */
    private readonly driver: object,
  ) {}

  remainingMs(): number {
    return this.deadline - Date.now();
  }

  /**
   * Throws once the deadline has passed. Called before every attempt, statement and commit:
   * a driver retry or a statement that would start after the deadline does nothing, and the
   * throw (not a Neo4j error, so never retried) rolls the transaction back.
   */
  check(): void {
    if (this.remainingMs() <= 0) {
      throw new DeadlineExceededError('The deadline passed before the transaction could finish; nothing was changed.');
    }
  }

  /** Runs one attempt of the transaction function, tracking its phase. */
  async attempt<T>(work: () => Promise<T>): Promise<T> {
    this.check();
    this.phase = 'working';
    this.attemptStartedAt = Date.now();
    try {
      const value = await work();
      this.check();
      this.phase = 'committing';
      return value;
    } catch (error) {
      this.phase = 'waiting';
      throw error;
    }
  }

  /** The error for a call still unfinished at the deadline. */
  expired(): AppError {
    const now = Date.now();
    const working = this.phase === 'working' ? now - this.attemptStartedAt : 0;
    return working * 2 > now - this.startedAt && !recentlyUnavailable(this.driver)
      ? new DeadlineExceededError('The transaction did not finish within its deadline and was rolled back.')
      : new ServiceUnavailableError('The graph database did not answer within the request deadline; retry shortly.');
  }
}

/**
 * Settles like `work`, or with `onExpiry()` after `ms`. Says which, so the caller can abandon
 * (not await) the work's session.
 */
export async function beforeDeadline<T>(
  work: Promise<T>,
  ms: number,
  onExpiry: () => Error,
): Promise<{ value: T } | { expired: Error }> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<{ expired: Error }>((resolve) => {
    timer = setTimeout(() => resolve({ expired: onExpiry() }), Math.max(0, ms));
  });
  try {
    return await Promise.race([work.then((value) => ({ value })), expiry]);
  } finally {
    clearTimeout(timer);
  }
}
