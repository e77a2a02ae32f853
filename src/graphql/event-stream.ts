/**
 * The source stream of a subscription: events from the bus(es), filtered and mapped on the
 * server, optionally preceded by the current value. The request scope (clock reading, memos,
 * DataLoaders) is renewed before each event, so a long-lived subscription never serves data
 * cached at an earlier event.
 */
import { renewScope, type RequestContext } from '../context/context';
import type { EventBus } from '../events/bus';
import type { EcosystemEvent } from '../events/events';
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
  try {
    if (spec.initial) {
      const current = await spec.initial();
      if (current !== undefined) yield current;
    }
    for await (const event of events) {
      renewScope(ctx);
      const selected = await spec.select(event);
      if (selected !== undefined) yield selected;
    }
  } finally {
    for (const unsubscribe of unsubscribes) unsubscribe();
    await events.return();
  }
}
