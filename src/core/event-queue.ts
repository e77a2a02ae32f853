/**
 * Items pushed by a producer, pulled by an async loop, with a bounded backlog. What happens
 * when the puller falls `capacity` items behind is the caller's choice:
 * - by default the oldest are dropped (and counted): for event notifications, where the
 *   newest matter most (event-stream.ts);
 * - with `onOverflow`, the queue closes and tells the caller: for a subscriber that must not
 *   silently miss results, which is then disconnected (multiplexer.ts).
 */
export interface EventQueueOptions {
  /** Close instead of dropping when full (called once). */
  onOverflow?: () => void;
  /** Called once when the queue stops taking items (ended, returned or overflowed). */
  onEnd?: () => void;
}

export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private ended = false;
  dropped = 0;

  constructor(
    private readonly capacity: number,
    private readonly options: EventQueueOptions = {},
  ) {}

  push(item: T): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: item, done: false });
      return;
    }
    if (this.items.length >= this.capacity) {
      if (this.options.onOverflow) {
        void this.return();
        this.options.onOverflow();
        return;
      }
      this.items.shift();
      this.dropped += 1;
    }
    this.items.push(item);
  }

  /** No more items: the puller still gets what is queued, then the end. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.options.onEnd?.();
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift() as T, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** The puller is done: drop what is queued and end. */
  return(): Promise<IteratorResult<T>> {
    this.items.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
