/**
 * Background work's share of the connection pool. Everything the API does without a client
 * waiting on it (KPI recomputations, the graph-version reads that trigger them, the outbox
 * relay's catch-up reads and polls) runs through a gateway made with `Gateway.inBackground`,
 * and every transaction of that gateway takes a slot here first: at most `max` at once however many events arrive and however slow
 * Neo4j is, so requests always keep the rest of the pool (config: BACKGROUND_MAX_TRANSACTIONS,
 * BACKGROUND_MAX_POOL_SHARE). Transactions beyond that wait in order, holding no connection.
 */
import pLimit, { type Limit } from 'p-limit';

export class BackgroundLimit {
  private readonly limit: Limit;
  /** The most transactions that ever ran at once (tests and metrics). */
  peak = 0;
  /** Transactions started so far. */
  started = 0;
  /** Transactions started so far, by purpose (the gateway's `purpose` metadata). */
  readonly startedFor = new Map<string, number>();

  constructor(readonly max: number) {
    this.limit = pLimit(max);
  }

  /** Runs `transaction` once a slot is free. */
  run<T>(transaction: () => Promise<T>, purpose = 'background'): Promise<T> {
    return this.limit(() => {
      this.started += 1;
      this.startedFor.set(purpose, (this.startedFor.get(purpose) ?? 0) + 1);
      this.peak = Math.max(this.peak, this.limit.activeCount);
      return transaction();
    });
  }

  get active(): number {
    return this.limit.activeCount;
  }

  get waiting(): number {
    return this.limit.pendingCount;
  }
}
