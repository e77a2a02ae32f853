/**
 * Events through Redis pub/sub: `publish` sends to one channel; every replica (this one too)
 * receives from that channel and delivers locally, so all replicas see the same events in the
 * same order. ioredis reconnects by itself and re-subscribes after a Redis restart.
 */
import { Redis } from 'ioredis';
import { InProcessEventBus, type EventBus, type EventListener } from './bus';
import type { EcosystemEvent } from './events';

export const EVENTS_CHANNEL = 'ecograph:events';

export class RedisEventBus implements EventBus {
  private readonly local: InProcessEventBus;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  private constructor(url: string, onError: (error: unknown) => void) {
    this.local = new InProcessEventBus(onError);
    const options = { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true };
    this.publisher = new Redis(url, { ...options, connectionName: 'ecograph-publisher' });
    this.subscriber = new Redis(url, { ...options, connectionName: 'ecograph-subscriber' });
    for (const client of [this.publisher, this.subscriber]) client.on('error', onError);
    this.subscriber.on('message', (_channel: string, message: string) => {
      let event: EcosystemEvent;
      try {
        event = JSON.parse(message) as EcosystemEvent;
      } catch (error) {
        onError(error);
        return;
      }
      this.local.deliver(event);
    });
  }

  /** Connects both clients and subscribes before resolving, so no event published after is missed. */
  static async connect(url: string, onError: (error: unknown) => void): Promise<RedisEventBus> {
    const bus = new RedisEventBus(url, onError);
    await Promise.all([bus.publisher.connect(), bus.subscriber.connect()]);
    await bus.subscriber.subscribe(EVENTS_CHANNEL);
    return bus;
  }

  async publish(event: EcosystemEvent): Promise<void> {
    await this.publisher.publish(EVENTS_CHANNEL, JSON.stringify(event));
  }

  subscribe(listener: EventListener): () => void {
    return this.local.subscribe(listener);
  }

  async close(): Promise<void> {
    await this.local.close();
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}
