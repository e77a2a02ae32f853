/** Calendar-month buckets (UTC) for time series. */

/** The first instant of the UTC month holding `date`, shifted by `offset` months. */
export function monthStart(date: Date, offset = 0): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
}

/**
 * `count + 1` boundaries of the `count` complete months before the month holding `now`:
 * bucket i is [bounds[i], bounds[i + 1]). The current, unfinished month is not history.
 */
export function monthBounds(now: Date, count: number): Date[] {
  return Array.from({ length: count + 1 }, (_, i) => monthStart(now, i - count));
}

/** Index of the first bucket with any event, or -1: months before it are not fitted. */
export function firstActiveBucket(events: readonly number[]): number {
  return events.findIndex((count) => count > 0);
}
