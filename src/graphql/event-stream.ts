/**
 * The source stream of a subscription: events from the bus(es), filtered and mapped on the
 * server, optionally preceded by the current value, or by the outbox's events after a resume
 * point (`after`). Live events are listened to before the replay starts, and every outbox
 * event is passed on only when its sequence is above the last one passed on: no gap and no
 * duplicate at the seam, and none if an event reached the stream twice. The request scope
 * (clock reading, memos, DataLoaders) is renewed before each event, so a long-lived
 * subscription never serves data cached at an earlier event.
 */
import { renewScope, type RequestContext } from '../context/context';
import type { EventBus } from '../events/bus';
import type { DomainEvent, EcosystemEvent } from '../events/events';
import { EventQueue } from '../core/event-queue';

/** Events waiting for the (single, shared) execution; far above any steady-state backlog. */
const SOURCE_BUFFER = 1_000;

export interface StreamSpec<T> {
  /** Subscribe functions of the event sources (a bus's `subscribe`, `KpiFeed.watch`). */
  sources: readonly EventBus['subscribe'][];
  /** What to send for an event, or undefined to skip it. */
  select: (event: EcosystemEvent) => T | undefined | Promise<T | undefined>;
  /** The current value, sent first when the subscriber asked for it. */
  initial?: () => Promise<T | undefined>;
  /** Resume: the outbox's events after `after` first (checked against the resume window before). */
  resume?: { after: number; replay: (after: number) => AsyncIterable<DomainEvent> };
}

/** Passes each outbox event once, in increasing sequence; KPI updates (no sequence) always. */
class SequenceGate {
  constructor(private last = 0) {}
  admits(event: EcosystemEvent): boolean {
    if (!('sequence' in event)) return true;
    if (event.sequence <= this.last) return false;
    this.last = event.sequence;
    return true;
  }
}

export function eventStream<T>(ctx: RequestContext, spec: StreamSpec<T>): AsyncGenerator<T> {
  const events = new EventQueue<EcosystemEvent>(SOURCE_BUFFER);
  const stream = pull(ctx, spec, events);
  // An async generator waiting for its next event cannot be returned before one arrives (the
  // return is queued behind the pending await), and a filtered stream may wait forever: end
  // the wait first, so a stream nobody reads any more stops listening now.
  const finish = stream.return.bind(stream);
  stream.return = (value) => {
    void events.return();
    return finish(value);
  };
  return stream;
}

async function* pull<T>(ctx: RequestContext, spec: StreamSpec<T>, events: EventQueue<EcosystemEvent>) {
  const unsubscribes = spec.sources.map((subscribe) => subscribe((event) => events.push(event)));
  const gate = new SequenceGate(spec.resume?.after);
  try {
    if (spec.initial) {
      const current = await spec.initial();
      if (current !== undefined) yield current;
    }
    if (spec.resume) {
      for await (const event of spec.resume.replay(spec.resume.after)) {
        if (!gate.admits(event)) continue;
        renewScope(ctx);
        const selected = await spec.select(event);
        if (selected !== undefined) yield selected;
      }
    }
    for await (const event of events) {
      if (!gate.admits(event)) continue;
      renewScope(ctx);
      const selected = await spec.select(event);
      if (selected !== undefined) yield selected;
    }
  } finally {
    for (const unsubscribe of unsubscribes) unsubscribe();
    await events.return();
  }
}
