/**
 * A request's side of the transactional outbox (docs/subscriptions.md). Its write transactions
 * emit domain events (Tx.emit); when a transaction changed data, the gateway asks this change
 * log for the entries to append in that same transaction: the events, completed there (new
 * engagement scores are read in the transaction, so they are the committed state's), stamped
 * with the commit's business instant from the injected clock, plus GRAPH_CHANGED naming the
 * mutation. After the commit the numbered events go to the relay, which publishes them.
 */
import crypto from 'node:crypto';
import { toGlobalId } from '../core/global-id';
import type { Clock } from '../core/clock';
import { resolveWindow } from '../core/window';
import type { Appended, ChangeLog, Tx } from '../db/gateway';
import type { OutboxAppend } from '../db/outbox.queries';
import { participantEngagement } from '../kpi/engagement/engagement.queries';
import { engagementFromRow } from '../kpi/engagement/engagement.row';
import { DEFAULT_ENGAGEMENT } from '../kpi/engagement/settings';
import type { DomainEvent, EngagementChange, EventDraft, EventIntent } from './events';

/** Where committed events go (the replica's relay). */
export interface CommittedEvents {
  committed(events: readonly DomainEvent[]): void;
}

export class RequestOutbox implements ChangeLog {
  private mutation: string | null = null;

  constructor(
    private readonly by: string,
    private readonly clock: Clock,
    private readonly relay: CommittedEvents,
  ) {}

  /** The mutation field now running (a document's mutations run one after another). */
  begin(mutation: string): void {
    this.mutation = mutation;
  }

  async entries(tx: Tx, emitted: readonly EventIntent[]): Promise<OutboxAppend[]> {
    const now = this.clock();
    const drafts: EventDraft[] = [];
    // One after the other: statements of one transaction do not run concurrently.
    for (const intent of emitted) drafts.push(await complete(tx, intent, now));
    if (this.mutation) drafts.push({ kind: 'GRAPH_CHANGED', mutation: this.mutation, by: this.by });
    const at = now.toISOString();
    return drafts.map((draft) => ({ id: crypto.randomUUID(), kind: draft.kind, at, body: JSON.stringify(draft) }));
  }

  committed(appended: Appended): void {
    if (appended.entries.length === 0) return;
    this.relay.committed(
      appended.entries.map((entry, index) =>
        eventOf({ ...entry, sequence: appended.base + index + 1, version: appended.version }),
      ),
    );
  }
}

/** An outbox entry as stored (or just appended) → the event. */
export function eventOf(entry: { sequence: number; id: string; at: string; version: number; body: string }) {
  const draft = JSON.parse(entry.body) as EventDraft;
  return { ...draft, id: entry.id, at: entry.at, version: entry.version, sequence: entry.sequence } as DomainEvent;
}

async function complete(tx: Tx, intent: EventIntent, now: Date): Promise<EventDraft> {
  if (!('engagementOf' in intent)) return intent;
  const { engagementOf, ...draft } = intent;
  return { ...draft, engagement: await engagementIn(tx, engagementOf, now) };
}

/** New engagement (default window ending now) of participants, by database id, read in the transaction. */
async function engagementIn(tx: Tx, participantKeys: readonly string[], now: Date): Promise<EngagementChange[]> {
  const rows = await tx.run(participantEngagement(participantKeys, resolveWindow(null, now), DEFAULT_ENGAGEMENT));
  return rows.map((row) => {
    const figures = engagementFromRow(row);
    return { participantId: toGlobalId('Participant', String(row.id)), score: figures.score, trend: figures.trend };
  });
}
