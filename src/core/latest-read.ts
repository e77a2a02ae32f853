/**
 * A read of something that only moves forward (the graph version), shared by everyone who
 * asks while it runs: at most one read is in flight. A caller arriving during a read must
 * see what was true when it asked, so it does not take the running read's answer; it joins
 * the one read queued to start when the running one ends. So a burst of any size costs two
 * reads, not one per caller.
 */
export class LatestRead<T> {
  private running: Promise<T> | undefined;
  private queued: Promise<T> | undefined;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.running) return this.start();
    this.queued ??= this.running.then(
      () => this.startQueued(),
      () => this.startQueued(),
    );
    return this.queued;
  }

  private startQueued(): Promise<T> {
    this.queued = undefined;
    return this.start();
  }

  private start(): Promise<T> {
    const running = this.read();
    this.running = running;
    const clear = () => {
      if (this.running === running) this.running = undefined;
    };
    running.then(clear, clear);
    return running;
  }
}
