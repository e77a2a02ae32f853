/**
 * The events a request's mutation caused, as its services returned them with their results.
 * The mutation wrapper (mutation-events.ts) publishes them, with GRAPH_CHANGED, once the
 * mutation answered without userErrors; a refused mutation's are dropped.
 */
import type { EventIntent } from './publisher';

export class Outbox {
  private intents: EventIntent[] = [];

  add(intents: readonly EventIntent[]): void {
    this.intents.push(...intents);
  }

  /** Everything added so far; the outbox is empty afterwards. */
  take(): EventIntent[] {
    const taken = this.intents;
    this.intents = [];
    return taken;
  }
}
