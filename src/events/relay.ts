/**
 * The relay of one replica (every replica runs its own; docs/subscriptions.md says why):
 * delivers the outbox's events to this replica's subscribers in sequence order, each once.
 *
 * Events reach it three ways, and it takes each sequence only once, only after the previous
 * one:
 * - from this replica's commits, at once (and it publishes them to Redis for the others);
 * - from Redis (another replica's commits), at once;
 * - from the outbox itself: when an event arrives ahead of the next expected sequence (a gap:
 *   commits published out of order, a message lost with Redis down, a replica killed between
 *   commit and publish), and every OUTBOX_POLL_MS regardless.
 * The outbox is the source of truth: Redis only makes delivery fast.
 */
import type { Logger } from '../observability/logger';
import { InProcessEventBus, type EventBus } from './bus';
import type { DomainEvent, EcosystemEvent } from './events';
import type { CommittedEvents } from './outbox';
import { OUTBOX_PAGE, type OutboxReader } from './outbox-reader';

/** Events held while waiting for an earlier one; beyond this, the outbox read fills in. */
const MAX_HELD = 10_000;

export interface RelayOptions {
  pollMs: number;
  /** Test and maintenance hook (OUTBOX_RELAY_PAUSED): this relay delivers and publishes nothing. */
  paused: boolean;
}

export class OutboxRelay implements CommittedEvents {
  /** What subscriptions and the KPI feed of this replica listen to: events in sequence order. */
  readonly local: InProcessEventBus;
  /** The last sequence delivered to `local`. */
  private delivered = 0;
  private readonly held = new Map<number, DomainEvent>();
  private reading: Promise<void> | undefined;
  private readAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: () => void = () => undefined;
  private closed = false;

  private constructor(
    private readonly reader: OutboxReader,
    /** Redis (several replicas) or none. */
    private readonly transport: EventBus | undefined,
    private readonly logger: Logger,
    private readonly options: RelayOptions,
  ) {
    this.local = new InProcessEventBus((error) => logger.warn({ err: error }, 'event listener failed'));
  }

  /** Starts after the latest committed event: subscribers that need older ones resume (`after`). */
  static async start(
    reader: OutboxReader,
    transport: EventBus | undefined,
    logger: Logger,
    options: RelayOptions,
  ): Promise<OutboxRelay> {
    const relay = new OutboxRelay(reader, transport, logger, options);
    if (options.paused) {
      logger.warn('OUTBOX_RELAY_PAUSED: this replica relays no events');
      return relay;
    }
    relay.delivered = await reader.latest();
    if (transport) relay.unsubscribe = transport.subscribe((event) => relay.offer(event));
    relay.timer = setInterval(() => relay.catchUp(), options.pollMs);
    relay.timer.unref();
    return relay;
  }

  /** The last sequence this replica delivered. */
  get lastDelivered(): number {
    return this.delivered;
  }

  /** This replica's transaction committed `events`: deliver here, and tell the other replicas. */
  committed(events: readonly DomainEvent[]): void {
    if (this.options.paused || this.closed) return;
    for (const event of events) {
      this.transport?.publish(event).catch((error: unknown) => {
        // The others read it from the outbox within OUTBOX_POLL_MS.
        this.logger.warn({ err: error, sequence: event.sequence }, 'event not sent to Redis');
      });
      this.offer(event);
    }
  }

  private offer(event: EcosystemEvent): void {
    if (this.closed || !('sequence' in event) || typeof event.sequence !== 'number') return;
    if (event.sequence <= this.delivered || this.held.has(event.sequence)) return;
    if (this.held.size < MAX_HELD) this.held.set(event.sequence, event);
    this.deliverReady();
  }

  /** Delivers held events while the next expected one is there; a gap left over is read. */
  private deliverReady(): void {
    for (let next = this.held.get(this.delivered + 1); next; next = this.held.get(this.delivered + 1)) {
      this.held.delete(next.sequence);
      this.delivered = next.sequence;
      this.local.deliver(next);
    }
    if (this.held.size > 0) this.catchUp();
  }

  /** Reads what was committed after the last delivered event; one read at a time. */
  catchUp(): void {
    if (this.closed) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = (async () => {
      do {
        this.readAgain = false;
        await this.readOutbox();
      } while (this.readAgain && !this.closed);
    })()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'outbox read failed; retried at the next poll'))
      .finally(() => (this.reading = undefined));
  }

  private async readOutbox(): Promise<void> {
    for (;;) {
      const page = await this.reader.after(this.delivered);
      for (const event of page) this.offer(event);
      if (page.length === 0 || this.closed) return;
      // A full page: more may follow. Otherwise the held events beyond were just filled in.
      if (page.length < OUTBOX_PAGE) return;
    }
  }

  /** Waits for a running outbox read (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.reading) await this.reading;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe();
    await this.settled();
    await this.local.close();
  }
}
