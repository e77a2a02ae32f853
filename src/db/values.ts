/**
 * Explicit mapping of Neo4j values to plain JavaScript: integers become numbers (and fail
 * loudly outside the safe range rather than silently losing precision), temporal values
 * become Dates (from their fields, without a round trip through a string), nodes and
 * relationships become their property maps.
 */
import neo4j, {
  isDate,
  isDateTime,
  isInt,
  isLocalDateTime,
  isNode,
  isRelationship,
  type Date as Neo4jDate,
  type DateTime,
  type Integer,
  type LocalDateTime,
} from 'neo4j-driver';

export type Row = Record<string, unknown>;

export function toNative(value: unknown): unknown {
  // Most values are strings, numbers and booleans: answer those before any driver type check.
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) {
      throw new RangeError(`Neo4j integer ${value.toString()} does not fit in a JavaScript number`);
    }
    return value.toNumber();
  }
  if (isDateTime(value)) return dateTimeToDate(value);
  if (isLocalDateTime(value)) return localDateTimeToDate(value);
  if (isDate(value)) return dateToDate(value);
  if (isNode(value) || isRelationship(value)) return toNative(value.properties);
  if (Array.isArray(value)) return value.map(toNative);
  if (value.constructor === Object) {
    const row: Row = {};
    for (const key in value) row[key] = toNative((value as Row)[key]);
    return row;
  }
  return value;
}

type NumberLike = number | Integer | bigint;
const num = (value: NumberLike): number => (typeof value === 'number' ? value : Number(value));

/** Years JavaScript's Date constructors take literally (0..99 would be read as 1900..1999). */
const plainYear = (year: number) => year >= 100 && year <= 9999;

/**
 * A Neo4j DATETIME as a Date, computed from its fields (no ISO string formatted and parsed
 * again, as `new Date(value.toString())` did: that was a fifth of a nested read's CPU). Only a
 * date-time given by zone name alone, or outside years 100..9999, takes the string path.
 */
export function dateTimeToDate(value: DateTime<NumberLike>): Date {
  const year = num(value.year);
  if (value.timeZoneOffsetSeconds === undefined || !plainYear(year)) return new Date(value.toString());
  const utc = Date.UTC(
    year,
    num(value.month) - 1,
    num(value.day),
    num(value.hour),
    num(value.minute),
    num(value.second),
    Math.floor(num(value.nanosecond) / 1_000_000),
  );
  return new Date(utc - num(value.timeZoneOffsetSeconds) * 1000);
}

/** A LOCAL DATETIME as a Date in the process's time zone (what parsing its ISO string gives). */
export function localDateTimeToDate(value: LocalDateTime<NumberLike>): Date {
  const year = num(value.year);
  if (!plainYear(year)) return new Date(value.toString());
  return new Date(
    year,
    num(value.month) - 1,
    num(value.day),
    num(value.hour),
    num(value.minute),
    num(value.second),
    Math.floor(num(value.nanosecond) / 1_000_000),
  );
}

/** A DATE as midnight UTC (what parsing its ISO string gives). */
export function dateToDate(value: Neo4jDate<NumberLike>): Date {
  const year = num(value.year);
  if (!plainYear(year)) return new Date(value.toString());
  return new Date(Date.UTC(year, num(value.month) - 1, num(value.day)));
}

export function recordToRow(keys: readonly PropertyKey[], get: (key: PropertyKey) => unknown): Row {
  const row: Row = {};
  for (const key of keys) row[String(key)] = toNative(get(key));
  return row;
}

/**
 * A JavaScript number sent as a Neo4j INTEGER. The driver sends plain numbers as FLOAT, which
 * Neo4j refuses where it needs an integer (LIMIT, SKIP, ranges) and stores as the wrong type.
 */
export function int(value: number): ReturnType<typeof neo4j.int> {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${value} is not a safe integer`);
  return neo4j.int(value);
}
