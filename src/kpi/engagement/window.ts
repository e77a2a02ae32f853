/**
 * Time-window arithmetic of the business KPIs, free of GraphQL. The window argument itself
 * (`[from, to)`, default the last 90 days, validated) is the API-wide one of
 * src/core/window.ts, whose `Window` has this same shape.
 */
export const DAY_MS = 86_400_000;

export interface TimeWindow {
  from: Date;
  to: Date;
}

/** The window of the same length just before `window` (trends and growth compare with it). */
export function previousWindow(window: TimeWindow): TimeWindow {
  const span = window.to.getTime() - window.from.getTime();
  return { from: new Date(window.from.getTime() - span), to: window.from };
}

/** Length in days (fractional). */
export function windowDays(window: TimeWindow): number {
  return (window.to.getTime() - window.from.getTime()) / DAY_MS;
}

/**
 * The instant "state" figures (days in stage, overdue goals, expiring agreements) are read
 * at: the window's end, but never later than now (a window may reach into the future).
 */
export function stateInstant(window: TimeWindow, now: Date): Date {
  return window.to.getTime() < now.getTime() ? window.to : now;
}
