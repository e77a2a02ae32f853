/**
 * Reads the outbox (graph/migrations/0009): what the relay catches up from and what a resumed
 * subscription replays. Also decides whether a resume point is inside the resume window.
 */
import { BadRequestError, ResumeWindowError } from '../core/errors';
import type { Gateway } from '../db/gateway';
import { LATEST_OUTBOX_SEQUENCE, outboxAfter, outboxEntryAt } from '../db/outbox.queries';
import type { DomainEvent } from './events';
import { eventOf } from './outbox';

/** Entries read per round trip. */
export const OUTBOX_PAGE = 500;

export interface ResumeWindow {
  /** At most this many events are replayed. */
  maxEvents: number;
  /** The first replayed event is at most this old. */
  maxAgeMs: number;
}

export class OutboxReader {
  constructor(
    private readonly gateway: Gateway,
    private readonly window: ResumeWindow,
  ) {}

  /** The last sequence handed out (0 before the first event). */
  async latest(): Promise<number> {
    const [row] = await this.gateway.readRows(LATEST_OUTBOX_SEQUENCE);
    return Number(row?.sequence ?? 0);
  }

  /** Up to `limit` events after `after`, in sequence order. */
  async after(after: number, limit = OUTBOX_PAGE): Promise<DomainEvent[]> {
    const rows = await this.gateway.readRows(outboxAfter(after, limit));
    return rows.map((row) =>
      eventOf({
        sequence: Number(row.sequence),
        id: String(row.id),
        at: (row.at as Date).toISOString(),
        version: Number(row.version),
        body: String(row.body),
      }),
    );
  }

  /** Every event after `after` committed by now, page by page. */
  async *replay(after: number): AsyncGenerator<DomainEvent> {
    let last = after;
    for (;;) {
      const page = await this.after(last);
      for (const event of page) {
        last = event.sequence;
        yield event;
      }
      if (page.length < OUTBOX_PAGE) return;
    }
  }

  /**
   * Refuses a resume point the server does not serve: negative, ahead of the latest event, or
   * outside the resume window (then the client must reload the current state).
   */
  async checkResume(after: number, now: Date): Promise<void> {
    if (!Number.isInteger(after) || after < 0) {
      throw new BadRequestError(`"after" must be a sequence number ≥ 0 from an earlier event (got ${after})`);
    }
    const latest = await this.latest();
    if (after > latest) {
      throw new BadRequestError(
        `"after" is ${after} but the latest event is ${latest}: send the sequence of an event this server delivered`,
      );
    }
    if (after === latest) return;
    const tooMany = latest - after > this.window.maxEvents;
    const [row] = tooMany ? [] : await this.gateway.readRows(outboxEntryAt(after + 1));
    const firstAt = row?.at instanceof Date ? row.at : undefined;
    if (tooMany || (firstAt && now.getTime() - firstAt.getTime() > this.window.maxAgeMs)) {
      throw new ResumeWindowError(after, latest, this.window);
    }
  }
}
