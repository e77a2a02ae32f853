/**
 * The event bus: in-process by default; Redis pub/sub when REDIS_URL is set, so a mutation on
 * any replica reaches subscribers on every replica (redis-bus.ts). Delivery is at most once
 * and live only: events are notifications, the graph stays the source of truth.
 */
import { EventEmitter } from 'node:events';
import type { EcosystemEvent } from './events';

export type EventListener = (event: EcosystemEvent) => void;

export interface EventBus {
  /** Resolves when the bus accepted the event (sent to Redis / handed to listeners). */
  publish(event: EcosystemEvent): Promise<void>;
  /** Calls `listener` for every event from now on; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}

/** Local fan-out, also used by the Redis bus for delivery inside the process. */
export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter();

  constructor(private readonly onListenerError: (error: unknown) => void = () => undefined) {
    // Thousands of subscriptions each listen: not a leak.
    this.emitter.setMaxListeners(0);
  }

  publish(event: EcosystemEvent): Promise<void> {
    this.deliver(event);
    return Promise.resolve();
  }

  /** Hands the event to every local listener; one failing listener does not stop the others. */
  deliver(event: EcosystemEvent): void {
    for (const listener of this.emitter.listeners('event') as EventListener[]) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  subscribe(listener: EventListener): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  listenerCount(): number {
    return this.emitter.listenerCount('event');
  }

  close(): Promise<void> {
    this.emitter.removeAllListeners();
    return Promise.resolve();
  }
}
