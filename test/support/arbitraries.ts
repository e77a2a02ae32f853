/**
 * fast-check arbitraries for mutation inputs: each field mixes valid values with nasty ones
 * (blank, boundary-length, odd Unicode, extreme numbers, far-off or malformed dates, unknown
 * or wrong-type ids). Values a GraphQL scalar refuses (NaN, a string for a Float, a date
 * that is not RFC 3339) are in the mix too, at a low weight: they must end as a 400.
 */
import fc from 'fast-check';
import { toGlobalId } from '../../src/core/global-id';

/** Mostly valid (weight 8), sometimes nasty (weight 1): a run then tends to fail on one field. */
export function mix<T, U>(valid: fc.Arbitrary<T>, nasty: fc.Arbitrary<U>, nastyWeight = 1): fc.Arbitrary<T | U> {
  return fc.oneof({ weight: 8, arbitrary: valid }, { weight: nastyWeight, arbitrary: nasty });
}

/** Absent (undefined: left out of the JSON), explicit null, or a value. */
export function optional<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 6, arbitrary: value },
  );
}

/** A value of the wrong JSON type or one that JSON turns into null: GraphQL coercion refuses it. */
export const uncoercible = fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, { a: 1 }, [1, 2], true);

const ODD_TEXT = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '👩‍👩‍👧‍👦',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  '\u202Eevil\u202C',
  '\u200B\u200B\u200B',
  '\u3000\u00A0\uFEFF',
  "'; MATCH (n) DETACH DELETE n //",
  '`) RETURN 1 //',
  '$fields',
  '{{7*7}}',
  '<script>alert(1)</script>',
  'İstanbul',
  'ﬃ',
];

/** Blank, padded, boundary-length and odd-Unicode text around `limits` (lengths in UTF-16 units). */
export function nastyText(limits: { min: number; max: number }): fc.Arbitrary<string> {
  const lengths = [0, limits.min - 1, limits.min, limits.max, limits.max + 1, limits.max * 10].filter((n) => n >= 0);
  return fc.oneof(
    fc.constantFrom('', ' ', '   ', '\t\n\r'),
    fc.constantFrom(...ODD_TEXT),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc
      .tuple(fc.constantFrom(...lengths), fc.constantFrom('x', 'é', '東', '😀', ' '))
      .map(([n, unit]) => unit.repeat(n)),
    fc.constantFrom(...lengths).map((n) => `   ${'y'.repeat(n)}   `),
  );
}

const WORDS = ['Alpha', 'Nexus', 'Ωmega', '東京', 'Łódź', 'Café', 'Data Trust'];

/** Text that satisfies `limits` (min ≤ 13 assumed), with some Unicode and outer blanks. */
export function validText(limits: { min: number; max: number }): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...WORDS), fc.nat(99_999), fc.constantFrom('', ' ', '  '))
    .map(([word, n, pad]) => `${pad}${word} ${n}${pad}`.slice(0, limits.max + pad.length))
    .filter((text) => text.trim().length >= limits.min && text.trim().length <= limits.max);
}

export function text(limits: { min: number; max: number }, nastyWeight = 1): fc.Arbitrary<string> {
  return mix(validText(limits), nastyText(limits), nastyWeight);
}

/** Finite doubles GraphQL's Float accepts, including -0, subnormals and the extremes. */
export const extremeNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, -1, 1e-300, 5e-324, 1e12, 1e12 + 1, 2 ** 53 + 2, Number.MAX_VALUE, -Number.MAX_VALUE),
);

/** A number in [min, max] most of the time, otherwise extreme or uncoercible. */
export function numberIn(min: number, max: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.double({ min, max, noNaN: true }) },
    { weight: 2, arbitrary: extremeNumber },
    { weight: 1, arbitrary: uncoercible },
  );
}

const iso = (date: Date) => date.toISOString();
const YEAR_0 = new Date('0000-01-01T00:00:00.000Z');
const YEAR_9999 = new Date('9999-12-31T23:59:59.999Z');

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** An RFC 3339 local time with an offset, e.g. 2024-05-01T23:30:00+05:30 (the same instant as `date`). */
function withOffset(date: Date, minutes: number): string | undefined {
  const local = new Date(date.getTime() + minutes * 60_000).toISOString();
  if (!/^\d{4}-/.test(local)) return undefined;
  return local.replace(/Z$/, `${minutes < 0 ? '-' : '+'}${hhmm(Math.abs(minutes))}`);
}

/** Local times at either end of the 4-digit years whose offset moves the instant past the end. */
const beyondYears = fc
  .tuple(fc.integer({ min: 1, max: 1439 }), fc.boolean())
  .map(([minutes, end]) => (end ? `9999-12-31T23:59:59.999-${hhmm(minutes)}` : `0000-01-01T00:00:00+${hhmm(minutes)}`));

/** Dates RFC 3339 allows but the domain may not: year 0, 9999, offsets that cross a year, the past. */
export const farDate = fc.oneof(
  beyondYears,
  fc.date({ min: YEAR_0, max: YEAR_9999, noInvalidDate: true }).map(iso),
  fc
    .tuple(fc.date({ min: YEAR_0, max: YEAR_9999, noInvalidDate: true }), fc.integer({ min: -1439, max: 1439 }))
    .map(([date, minutes]) => withOffset(date, minutes) ?? iso(date)),
  fc.constantFrom(
    '0000-01-01T00:00:00+23:59',
    '0000-01-01T00:00:00Z',
    '1899-12-31T23:59:59.999Z',
    '1900-01-01T00:00:00Z',
    '1970-01-01T00:00:00Z',
    '2038-01-19T03:14:08Z',
    '9999-12-31T23:59:59.999999999Z',
    '9999-12-31T23:59:59-23:59',
    '2024-02-29T12:00:00.1234567+14:00',
  ),
);

/** Instants a few minutes around now: the "not in the future" checks allow some clock skew. */
export const nearNow = fc.integer({ min: -15 * 60_000, max: 15 * 60_000 }).map((ms) => iso(new Date(Date.now() + ms)));

/** Strings the DateTime scalar refuses. */
export const malformedDate = fc.constantFrom(
  '2021-02-29T00:00:00Z',
  '2024-13-01T00:00:00Z',
  '2024-01-01',
  '2024-01-01T24:00:00Z',
  '2016-12-31T23:59:60Z',
  'yesterday',
  '',
  '+010000-01-01T00:00:00Z',
);

/** A past instant since 2000 (valid wherever "not in the future" applies). */
export const pastDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map(iso);

/** A future instant up to 2100 (valid where the future is allowed). */
export const futureDate = fc
  .date({ min: new Date('2031-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map(iso);

export function date(valid: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 10, arbitrary: valid },
    { weight: 2, arbitrary: farDate },
    { weight: 1, arbitrary: nearNow },
    { weight: 1, arbitrary: malformedDate },
  );
}

/** An enum value, or (rarely) a name the schema does not know. */
export function enumOf<T extends string>(values: readonly T[]): fc.Arbitrary<T | string> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constantFrom('BOGUS', values[0]!.toLowerCase(), '', ' ') },
  );
}

/**
 * A global id: mostly one of `known` (existing, right type), otherwise an existing id of
 * another type, an unknown id of the right type, or something that is not an id at all.
 */
export function idOf(
  type: string,
  known: readonly string[],
  others: readonly string[],
  knownWeight = 10,
): fc.Arbitrary<string> {
  const malformed = fc.oneof(
    fc.constantFrom(
      '',
      'x',
      '====',
      '0',
      toGlobalId(type, ''),
      toGlobalId(type.toLowerCase(), 'abc'),
      Buffer.from(type).toString('base64url'),
      Buffer.from(`${type}:x`).toString('base64'),
      'A'.repeat(5_000),
      toGlobalId(type, "x' OR 1=1 //"),
      toGlobalId(type, '\u0000'),
      toGlobalId(type, 'é'.repeat(70)),
    ),
    fc.uuid(),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );
  return fc.oneof(
    { weight: knownWeight, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom(...others) },
    { weight: 1, arbitrary: fc.uuid().map((uuid) => toGlobalId(type, uuid)) },
    { weight: 1, arbitrary: malformed },
  );
}

/** A list from `item`, sometimes with its first entry repeated. */
export function listWithDuplicates<T>(item: fc.Arbitrary<T>, maxLength: number): fc.Arbitrary<T[]> {
  return fc
    .tuple(fc.array(item, { maxLength }), fc.boolean())
    .map(([items, repeat]) => (repeat && items.length > 0 ? [...items, items[0]!] : items));
}

/**
 * Client keys: mostly none or a fresh one; sometimes one of two shared keys (so later runs
 * replay earlier ones) or one the length rules refuse.
 */
export const clientKey = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.uuid().map((uuid) => `key-${uuid}`) },
  { weight: 2, arbitrary: fc.constantFrom('replay-key-0001', '  replay-key-0002  ') },
  { weight: 1, arbitrary: fc.constantFrom('', 'short', ' '.repeat(12), 'k'.repeat(201), '😀'.repeat(4)) },
);
