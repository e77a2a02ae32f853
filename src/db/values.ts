/**
 * Explicit mapping of Neo4j values to plain JavaScript: integers become numbers (and fail
 * loudly outside the safe range rather than silently losing precision), temporal values
 * become Dates, nodes and relationships become their property maps.
 */
import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, isNode, isRelationship } from 'neo4j-driver';

export type Row = Record<string, unknown>;

export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) {
      throw new RangeError(`Neo4j integer ${value.toString()} does not fit in a JavaScript number`);
    }
    return value.toNumber();
  }
  if (isDateTime(value) || isLocalDateTime(value) || isDate(value)) {
    return new Date(value.toString());
  }
  if (isNode(value) || isRelationship(value)) return toNative(value.properties);
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNative(inner)]));
  }
  return value;
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
