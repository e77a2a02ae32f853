/** Counts events in the last `windowMs` (a sliding window of timestamps, bounded by `limit`). */
export class RateWindow {
  private readonly times: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs = 1_000,
  ) {}

  /** Records one event; false when it is over the limit. */
  admit(now = Date.now()): boolean {
    while (this.times.length > 0 && now - this.times[0] >= this.windowMs) this.times.shift();
    if (this.times.length >= this.limit) return false;
    this.times.push(now);
    return true;
  }
}
