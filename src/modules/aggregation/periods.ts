/** Calendar periods (UTC) as Cypher's `datetime.truncate` draws them: weeks start on Monday. */
import type { Window } from '../../core/window';

export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter';

/** Most periods one breakdown lists (a day per bucket over five years would be 1,827). */
export const MAX_PERIODS = 400;

export function periodStart(instant: Date, unit: PeriodUnit): Date {
  const [year, month, day] = [instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()];
  switch (unit) {
    case 'day':
      return new Date(Date.UTC(year, month, day));
    case 'week': {
      const sinceMonday = (instant.getUTCDay() + 6) % 7;
      return new Date(Date.UTC(year, month, day - sinceMonday));
    }
    case 'month':
      return new Date(Date.UTC(year, month, 1));
    case 'quarter':
      return new Date(Date.UTC(year, month - (month % 3), 1));
  }
}

function next(start: Date, unit: PeriodUnit): Date {
  const [year, month, day] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()];
  switch (unit) {
    case 'day':
      return new Date(Date.UTC(year, month, day + 1));
    case 'week':
      return new Date(Date.UTC(year, month, day + 7));
    case 'month':
      return new Date(Date.UTC(year, month + 1, 1));
    case 'quarter':
      return new Date(Date.UTC(year, month + 3, 1));
  }
}

/** Every period that overlaps [from, to), in order; undefined when there would be more than `max`. */
export function periodsOf(window: Window, unit: PeriodUnit, max = MAX_PERIODS): Date[] | undefined {
  const starts: Date[] = [];
  for (let start = periodStart(window.from, unit); start < window.to; start = next(start, unit)) {
    if (starts.length === max) return undefined;
    starts.push(start);
  }
  return starts;
}
