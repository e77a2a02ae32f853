/**
 * Temporal values are converted from their fields (db/values.ts), not by formatting and parsing
 * an ISO string; the result must be the Date the string path gave, for every instant.
 */
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { dateTimeToDate, dateToDate, localDateTimeToDate, toNative } from '../../src/db/values';

const { DateTime, LocalDateTime, Date: Neo4jDate } = neo4j.types;
const int = neo4j.int;

const fields = fc.record({
  year: fc.integer({ min: 1, max: 9999 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
  nanosecond: fc.integer({ min: 0, max: 999_999_999 }),
  // Offsets are whole minutes in practice (an offset with seconds never parsed as a Date string).
  offset: fc.integer({ min: -18 * 60, max: 18 * 60 }).map((minutes) => minutes * 60),
});

describe('temporal values', () => {
  it('a DATETIME with an offset becomes the instant its ISO string names (Integer fields, as the driver gives them)', () => {
    fc.assert(
      fc.property(fields, (f) => {
        const value = new DateTime(
          int(f.year),
          int(f.month),
          int(f.day),
          int(f.hour),
          int(f.minute),
          int(f.second),
          int(f.nanosecond),
          int(f.offset),
        );
        expect(dateTimeToDate(value).getTime()).toBe(new Date(value.toString()).getTime());
      }),
    );
  });

  it('a LOCAL DATETIME and a DATE become what parsing their ISO strings gives', () => {
    fc.assert(
      fc.property(fields, (f) => {
        const local = new LocalDateTime(f.year, f.month, f.day, f.hour, f.minute, f.second, f.nanosecond);
        expect(localDateTimeToDate(local).getTime()).toBe(new Date(local.toString()).getTime());
        const date = new Neo4jDate(f.year, f.month, f.day);
        expect(dateToDate(date).getTime()).toBe(new Date(date.toString()).getTime());
      }),
    );
  });

  it('a date-time named by zone only still converts (through its string)', () => {
    const value = new DateTime(2026, 3, 1, 12, 0, 0, 0, undefined, 'Europe/Berlin');
    expect((toNative(value) as Date).getTime()).toEqual(new Date(value.toString()).getTime());
  });

  it('maps nested maps and lists, integers to numbers, and refuses integers beyond the safe range', () => {
    const at = new DateTime(2026, 6, 30, 10, 0, 0, 0, 0);
    expect(toNative({ a: [int(1), { at }], b: 'x', c: null })).toEqual({
      a: [1, { at: new Date('2026-06-30T10:00:00.000Z') }],
      b: 'x',
      c: null,
    });
    expect(() => toNative(int('9007199254740993'))).toThrow(RangeError);
  });
});
