/**
 * "Now" as the product reads it: every default window, forecast horizon, due date and
 * validation bound asks the clock instead of `new Date()`, so a test (or, later, time travel)
 * can pin the instant and build its fixtures relative to it.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock stopped at `instant` (tests: fixtures and expectations never drift with the calendar). */
export function fixedClock(instant: Date | string): Clock {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new RangeError(`fixedClock: "${String(instant)}" is not an instant`);
  return () => new Date(at);
}
