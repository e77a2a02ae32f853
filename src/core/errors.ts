/**
 * The one error hierarchy. Every error a client can see carries a stable `code` that the
 * GraphQL layer puts in `extensions.code`; anything else is an internal fault and is masked.
 * (Input the user can fix is not an error: it is returned as `userErrors` in payloads.)
 */
export abstract class AppError extends Error {
  abstract readonly code: string;
  /** Whether the message is safe to show to clients as is. */
  readonly expose: boolean = true;
  /** Machine-readable details shown next to the code in `extensions` (exposed errors only). */
  get details(): Record<string, unknown> | undefined {
    return undefined;
  }

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The database (or another dependency) is unreachable or overloaded; retrying later may work. */
export class ServiceUnavailableError extends AppError {
  readonly code = 'SERVICE_UNAVAILABLE';
}

/**
 * The operation ran out of its time budget (REQUEST_DEADLINE_MS, or a statement's server-side
 * timeout) while its database work was running; nothing of it was committed. Retrying may work.
 */
export class DeadlineExceededError extends AppError {
  readonly code = 'DEADLINE_EXCEEDED';
}

/**
 * A structural KPI was asked for before this process finished its first computation, no
 * snapshot persisted in the graph could answer instead, and waiting longer would have run past
 * the request's deadline. Nothing is wrong with the request: retry after `retryAfterSeconds`.
 */
export class KpiNotReadyError extends AppError {
  readonly code = 'KPI_NOT_READY';
  constructor(readonly retryAfterSeconds: number) {
    super(
      `The KPIs are still being computed for the first time since this server started; retry in ${retryAfterSeconds} s.`,
    );
  }
  override get details(): Record<string, unknown> {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** A global id or argument the client sent is malformed. */
export class BadRequestError extends AppError {
  readonly code = 'BAD_USER_INPUT';
}

/** One value of a text filter that no stored value matches, even compared case-insensitively. */
export interface UnknownFilterValue {
  /** Path of the input field, e.g. ["filter", "region"]; its last part names what it holds. */
  field: string[];
  value: string;
  /** The closest stored values (empty when none is close, or the role may not read them). */
  suggestions: string[];
}

/**
 * A text filter asked for a value that is stored nowhere (docs/api.md, "Text filters"): an
 * empty answer would look like "none match" when the value is most likely mistyped. Names each
 * such value, its field and the closest stored values.
 */
export class UnknownFilterValueError extends BadRequestError {
  constructor(readonly unknown: UnknownFilterValue[]) {
    super(
      unknown
        .map(({ field, value, suggestions }) => {
          const hint = suggestions.length
            ? `did you mean ${suggestions.map((s) => JSON.stringify(s)).join(' or ')}?`
            : '`facets` lists the values there are';
          return `no ${field.at(-1) ?? 'value'} ${JSON.stringify(value)} (${field.join('.')}): ${hint}`;
        })
        .join('; '),
    );
  }
  override get details(): Record<string, unknown> {
    return { reason: 'UNKNOWN_FILTER_VALUE', field: this.unknown[0]?.field, unknown: this.unknown };
  }
}

/**
 * A subscription asked to resume (`after`) from further back than the server replays
 * (OUTBOX_RESUME_MAX_EVENTS / OUTBOX_RESUME_MAX_AGE_HOURS): the client must reload.
 */
export class ResumeWindowError extends AppError {
  readonly code = 'RESUME_WINDOW_EXCEEDED';
  constructor(
    readonly after: number,
    readonly latest: number,
    readonly window: { maxEvents: number; maxAgeMs: number },
  ) {
    super(
      `cannot resume after sequence ${after}: it is outside the resume window (at most ${window.maxEvents} events, ` +
        `${window.maxAgeMs / 3_600_000} hours back; the latest is ${latest}). Reload the current state with a query, ` +
        'then subscribe again without "after" (or with the latest sequence you have).',
    );
  }
  override get details(): Record<string, unknown> {
    return { after: this.after, latest: this.latest, reload: true };
  }
}

/** A schema migration failed; start-up stops with the file name and Neo4j's message. */
export class MigrationError extends AppError {
  readonly code = 'MIGRATION_FAILED';
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`Migration ${file} failed: ${message}`, options);
  }
}

/** A bug or an unexpected state: logged in full, shown to clients as a generic message. */
export class InternalError extends AppError {
  readonly code = 'INTERNAL_SERVER_ERROR';
  override readonly expose = false;
}

/**
 * The analytics worker thread (src/kpi/worker) died while it held a KPI computation: out of
 * memory, or a fault outside the engine's own errors (those are rethrown as themselves). That
 * computation is lost; the next one starts a new worker.
 */
export class AnalyticsWorkerCrashError extends InternalError {}
