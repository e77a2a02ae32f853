/**
 * The breakdown and facet statements (src/modules/aggregation): one snapshot per meaningful
 * (measure, dimension) pair and scope, so any Cypher change shows in review; and the periods a
 * PERIOD breakdown lists, on the calendar Cypher's `datetime.truncate` uses.
 */
import { BreakdownDimension, BreakdownMeasure } from '../../src/modules/aggregation/aggregation.enums';
import {
  breakdownBuckets,
  breakdownTotal,
  facet,
  FACET_NAMES,
  groupsMeasure,
  isWindowed,
  type BreakdownQuery,
} from '../../src/modules/aggregation/aggregation.queries';
import { periodsOf, periodStart } from '../../src/modules/aggregation/periods';

const WINDOW = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-07-01T00:00:00Z') };

const PAIRS = Object.values(BreakdownMeasure).flatMap((measure) =>
  Object.values(BreakdownDimension)
    .filter((by) => groupsMeasure(measure, by))
    .map((by) => [measure, by] as const),
);
const SCOPES = { ecosystem: {}, participant: { participant: 'p-1' }, partnership: { partnership: 's-1' } };

function query(measure: BreakdownMeasure, by: BreakdownDimension, scope: BreakdownQuery['scope']): BreakdownQuery {
  return { measure, by, scope, window: isWindowed(measure, by) ? WINDOW : undefined, interval: 'month' };
}

describe('bucket statements', () => {
  it.each(PAIRS.flatMap(([measure, by]) => Object.keys(SCOPES).map((scope) => [measure, by, scope] as const)))(
    'breakdownBuckets %s by %s (%s)',
    (measure, by, scope) => {
      const statement = breakdownBuckets(query(measure, by, SCOPES[scope as keyof typeof SCOPES]));
      expect(statement).toMatchSnapshot();
    },
  );
});

describe('total statements', () => {
  it.each(
    Object.values(BreakdownMeasure).flatMap((measure) =>
      [BreakdownDimension.PERIOD, BreakdownDimension.REGION].map((by) => [measure, by] as const),
    ),
  )('breakdownTotal %s (by %s)', (measure, by) => {
    expect(breakdownTotal(query(measure, by, {}))).toMatchSnapshot();
  });
});

it.each(FACET_NAMES)('facet %s', (name) => {
  expect(facet(name)).toMatchSnapshot();
});

it('never puts an id, a window or an interval into the Cypher text: all are parameters', () => {
  const scope = { participant: 'p-1 } RETURN 1 //', partnership: 's-1' };
  for (const [measure, by] of PAIRS) {
    const statement = breakdownBuckets(query(measure, by, scope));
    expect(statement.cypher).not.toContain('p-1');
    expect(statement.cypher).not.toContain('2026');
    expect(statement.params).toMatchObject({ participant: scope.participant, interval: 'month' });
  }
});

describe('periods', () => {
  it('starts weeks on Monday, quarters in January, April, July and October (UTC)', () => {
    const sunday = new Date('2026-03-01T23:30:00Z');
    expect(periodStart(sunday, 'week').toISOString()).toBe('2026-02-23T00:00:00.000Z');
    expect(periodStart(sunday, 'quarter').toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(periodStart(new Date('2026-08-31T00:00:00Z'), 'quarter').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(periodStart(sunday, 'day').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('lists every period overlapping the window, the first one starting before it when the window does', () => {
    const window = { from: new Date('2026-01-15T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') };
    expect(periodsOf(window, 'month')?.map((start) => start.toISOString().slice(0, 10))).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
    expect(periodsOf(window, 'quarter')).toHaveLength(1);
    expect(periodsOf(window, 'week')?.[0]?.toISOString().slice(0, 10)).toBe('2026-01-12');
  });

  it('refuses (undefined) more periods than the limit', () => {
    expect(periodsOf(WINDOW, 'day', 100)).toBeUndefined();
    expect(periodsOf(WINDOW, 'day', 181)).toHaveLength(181);
  });
});
