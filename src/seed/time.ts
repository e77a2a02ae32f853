/**
 * Time for the generator: instants are epoch milliseconds (cheap arithmetic, exact
 * determinism) and become ISO-8601 strings only in the rows, which Cypher turns into
 * DateTime with `datetime(row.x)`.
 */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
export const YEAR = 365 * DAY;

/** How much interaction history the demo ecosystem has before its anchor. */
export const HISTORY_DAYS = 730;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a YYYY-MM-DD date, or undefined when the text is not a real date. */
export function parseAnchor(text: string): number | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 2025-02-30 over to March: reject anything that does not round-trip.
  return new Date(ms).toISOString().slice(0, 10) === text ? ms : undefined;
}

/** Today's UTC date as YYYY-MM-DD (the default anchor). */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const iso = (ms: number): string => new Date(ms).toISOString();

export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

/** Whole days between two instants (negative when `to` is earlier). */
export const daysBetween = (from: number, to: number): number => (to - from) / DAY;
