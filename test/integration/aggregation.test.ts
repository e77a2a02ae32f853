/**
 * Breakdowns and facets (issue 19, item 1): every meaningful (measure, dimension) pair of the
 * built enums, for the ecosystem and scoped to one participant and one partnership, equals the
 * same grouping done here in plain TypeScript over the raw records (read with simple
 * statements of this test's own); the combinations without a meaning are refused with what to
 * ask instead; money stays with the roles that may read it.
 */
import type { App } from '../../src/app';
import { fixedClock } from '../../src/core/clock';
import { toGlobalId } from '../../src/core/global-id';
import { currentTie } from '../../src/model/party-tie';
import { deleteData } from '../../src/seed/database';
import { seedDemoEcosystem } from '../../src/seed/seed';
import {
  BreakdownCountsDocument,
  BreakdownDocument,
  FacetsDocument,
  type BreakdownDimension,
  type BreakdownMeasure,
  type BreakdownQuery,
  type BreakdownQueryVariables,
  type PeriodInterval,
} from '../generated/operations';
import { authHeader } from '../support/auth';
import { execute, executeOk } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';

jest.setTimeout(600_000);

const ANCHOR = '2026-06-30';
const NOW = new Date('2026-07-01T00:00:00.000Z');
const WINDOW = { from: '2025-07-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z' };
const DAY = 86_400_000;

const MEASURES: BreakdownMeasure[] = ['PARTICIPANTS', 'PARTNERSHIPS', 'INTERACTIONS', 'VALUE'];
const DIMENSIONS: BreakdownDimension[] = [
  'PERIOD',
  'REGION',
  'SECTOR',
  'PARTICIPANT_KIND',
  'PARTNERSHIP_TYPE',
  'STAGE',
  'INTERACTION_KIND',
  'FLOW_KIND',
];
const meaningful = (measure: BreakdownMeasure, by: BreakdownDimension) =>
  (by !== 'INTERACTION_KIND' || measure === 'INTERACTIONS') && (by !== 'FLOW_KIND' || measure === 'VALUE');

interface Participant {
  id: string;
  region: string;
  sector: string;
  kind: string;
  exited: boolean;
  joinedAt: Date;
}
interface Partnership {
  id: string;
  type: string;
  stage: string;
  startedAt: Date;
  parties: string[];
}
interface Interaction {
  kind: string;
  at: Date;
  partnership: string;
  engaged: string[];
}
interface Flow {
  from: string;
  to: string;
  kind: string;
  amount: number;
  at: Date;
  partnership: string;
}

let app: App;
let participants: Map<string, Participant>;
let partnerships: Map<string, Partnership>;
let interactions: Interaction[];
let flows: Flow[];

const rows = (cypher: string) => app.gateway.readRows({ cypher, params: {} });

async function readRecords(): Promise<void> {
  participants = new Map(
    (
      await rows(
        'MATCH (p:Participant) RETURN p.id AS id, p.region AS region, p.sector AS sector, p.kind AS kind, p.status AS status, p.joinedAt AS joinedAt',
      )
    ).map((row) => [
      String(row.id),
      {
        id: String(row.id),
        region: String(row.region),
        sector: String(row.sector),
        kind: String(row.kind),
        exited: row.status === 'EXITED',
        joinedAt: row.joinedAt as Date,
      },
    ]),
  );
  partnerships = new Map(
    (
      await rows(`MATCH (s:Partnership)
OPTIONAL MATCH (p:Participant)-${currentTie('r')}->(s)
RETURN s.id AS id, s.type AS type, s.stage AS stage, s.startedAt AS startedAt, collect(p.id) AS parties`)
    ).map((row) => [
      String(row.id),
      {
        id: String(row.id),
        type: String(row.type),
        stage: String(row.stage),
        startedAt: row.startedAt as Date,
        parties: (row.parties as string[]).map(String),
      },
    ]),
  );
  interactions = (
    await rows(`MATCH (i:Interaction)-[:WITHIN]->(s:Partnership) WHERE i.correctedBy IS NULL
OPTIONAL MATCH (p:Participant)-[:ENGAGED_IN]->(i)
RETURN i.kind AS kind, i.at AS at, s.id AS partnership, collect(p.id) AS engaged`)
  ).map((row) => ({
    kind: String(row.kind),
    at: row.at as Date,
    partnership: String(row.partnership),
    engaged: (row.engaged as string[]).map(String),
  }));
  flows = (
    await rows(`MATCH (a:Participant)-[f:VALUE_FLOW]->(b:Participant) WHERE f.correctedBy IS NULL
RETURN a.id AS from, b.id AS to, f.kind AS kind, f.amount AS amount, f.at AS at, f.partnershipId AS partnership`)
  ).map((row) => ({
    from: String(row.from),
    to: String(row.to),
    kind: String(row.kind),
    amount: Number(row.amount),
    at: row.at as Date,
    partnership: String(row.partnership),
  }));
}

/** UTC period starts, written here for the reference (weeks start on Monday). */
function truncate(at: Date, interval: PeriodInterval): string {
  const [y, m, d] = [at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()];
  const start = {
    DAY: Date.UTC(y, m, d),
    WEEK: Date.UTC(y, m, d - ((at.getUTCDay() + 6) % 7)),
    MONTH: Date.UTC(y, m, 1),
    QUARTER: Date.UTC(y, m - (m % 3), 1),
  }[interval];
  return new Date(start).toISOString();
}

interface Scope {
  participant?: string;
  partnership?: string;
  window: { from: Date; to: Date };
  interval: PeriodInterval;
}

/** The breakdown as plain TypeScript computes it from the records: key → { count, value }. */
function reference(measure: BreakdownMeasure, by: BreakdownDimension, scope: Scope) {
  const inWindow = (at: Date) => at >= scope.window.from && at < scope.window.to;
  const groups = new Map<string, { count: number; value: number }>();
  let total = 0;
  let totalValue = 0;
  const add = (keys: string[], amount = 0) => {
    total += 1;
    totalValue += amount;
    for (const key of new Set(keys)) {
      const group = groups.get(key) ?? { count: 0, value: 0 };
      groups.set(key, { count: group.count + 1, value: group.value + amount });
    }
  };
  const ofParticipants = (ids: string[]) =>
    ids.flatMap((id) => {
      const participant = participants.get(id);
      if (!participant) return [];
      if (by === 'REGION') return [participant.region];
      if (by === 'SECTOR') return [participant.sector];
      return [participant.kind];
    });
  const ofPartnership = (id: string) => {
    const partnership = partnerships.get(id);
    if (!partnership) return [];
    return [by === 'STAGE' ? partnership.stage : partnership.type];
  };
  const participantDimension = by === 'REGION' || by === 'SECTOR' || by === 'PARTICIPANT_KIND';

  if (measure === 'PARTICIPANTS') {
    for (const participant of participants.values()) {
      if (by === 'PERIOD' ? !inWindow(participant.joinedAt) : participant.exited) continue;
      if (scope.participant && participant.id !== scope.participant) continue;
      const current = [...partnerships.values()].filter((p) => p.parties.includes(participant.id));
      if (scope.partnership && !current.some((p) => p.id === scope.partnership)) continue;
      if (by === 'PERIOD') add([truncate(participant.joinedAt, scope.interval)]);
      else if (participantDimension) add(ofParticipants([participant.id]));
      else add(current.flatMap((p) => ofPartnership(p.id)));
    }
  } else if (measure === 'PARTNERSHIPS') {
    for (const partnership of partnerships.values()) {
      if (by === 'PERIOD' && !inWindow(partnership.startedAt)) continue;
      if (scope.participant && !partnership.parties.includes(scope.participant)) continue;
      if (scope.partnership && partnership.id !== scope.partnership) continue;
      if (by === 'PERIOD') add([truncate(partnership.startedAt, scope.interval)]);
      else if (participantDimension) add(ofParticipants(partnership.parties));
      else add(ofPartnership(partnership.id));
    }
  } else if (measure === 'INTERACTIONS') {
    for (const interaction of interactions) {
      if (!inWindow(interaction.at)) continue;
      if (scope.participant && !interaction.engaged.includes(scope.participant)) continue;
      if (scope.partnership && interaction.partnership !== scope.partnership) continue;
      if (by === 'PERIOD') add([truncate(interaction.at, scope.interval)]);
      else if (by === 'INTERACTION_KIND') add([interaction.kind]);
      else if (participantDimension) add(ofParticipants(interaction.engaged));
      else add(ofPartnership(interaction.partnership));
    }
  } else {
    for (const flow of flows) {
      if (flow.kind === 'COST' || !inWindow(flow.at)) continue;
      if (scope.participant && ![flow.from, flow.to].includes(scope.participant)) continue;
      if (scope.partnership && flow.partnership !== scope.partnership) continue;
      if (by === 'PERIOD') add([truncate(flow.at, scope.interval)], flow.amount);
      else if (by === 'FLOW_KIND') add([flow.kind], flow.amount);
      else if (participantDimension) add(ofParticipants([flow.from, flow.to]), flow.amount);
      else add(ofPartnership(flow.partnership), flow.amount);
    }
  }
  return { groups, total, totalValue };
}

function expectEqualToReference(
  answer: BreakdownQuery['breakdown'],
  expected: ReturnType<typeof reference>,
  measure: BreakdownMeasure,
) {
  expect(answer.total).toBe(expected.total);
  const nonEmpty = answer.buckets.filter((bucket) => bucket.count > 0);
  expect(Object.fromEntries(nonEmpty.map((bucket) => [bucket.key, bucket.count]))).toEqual(
    Object.fromEntries([...expected.groups].map(([key, group]) => [key, group.count])),
  );
  if (measure === 'VALUE') {
    expect(answer.totalValue).toBeCloseTo(expected.totalValue, 4);
    for (const bucket of nonEmpty) expect(bucket.value).toBeCloseTo(expected.groups.get(bucket.key)?.value ?? -1, 4);
  } else {
    expect(answer.totalValue).toBeNull();
    expect(answer.buckets.every((bucket) => bucket.value === null)).toBe(true);
  }
}

async function breakdown(variables: BreakdownQueryVariables) {
  return (await executeOk(app.url, BreakdownDocument, variables, await authHeader('ANALYST'))).breakdown;
}

beforeAll(async () => {
  app = await startTestApp({}, { clock: fixedClock(NOW) });
  await deleteData(app.gateway);
  await seedDemoEcosystem(app.gateway, { size: 'small', seed: 42, anchor: ANCHOR });
  await readRecords();
});

afterAll(async () => {
  await app?.stop();
});

const PAIRS = MEASURES.flatMap((measure) =>
  DIMENSIONS.filter((by) => meaningful(measure, by)).map((by) => [measure, by] as const),
);

describe('every (measure, dimension) pair equals the same grouping over the raw records', () => {
  it('covers every value of both enums in the built schema', () => {
    expect(new Set(PAIRS.map(([measure]) => measure))).toEqual(new Set(MEASURES));
    expect(new Set(PAIRS.map(([, by]) => by))).toEqual(new Set(DIMENSIONS));
    expect(PAIRS.length).toBe(26);
  });

  it.each(PAIRS)('%s by %s, the whole ecosystem', async (measure, by) => {
    const windowed = measure === 'INTERACTIONS' || measure === 'VALUE' || by === 'PERIOD';
    const answer = await breakdown({ measure, by, window: windowed ? WINDOW : undefined });
    const window = { from: new Date(WINDOW.from), to: new Date(WINDOW.to) };
    const expected = reference(measure, by, { window, interval: 'MONTH' });
    expect(expected.total).toBeGreaterThan(0);
    expectEqualToReference(answer, expected, measure);
    if (by === 'PERIOD') {
      // Every month of the window, in order, empty ones included.
      expect(answer.buckets.map((bucket) => bucket.periodStart)).toEqual(
        Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2025, 6 + i, 1)).toISOString()),
      );
    } else {
      expect(answer.window).toEqual(windowed ? WINDOW : null);
      const counts = answer.buckets.map((bucket) => bucket.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });

  it.each(PAIRS)('%s by %s, for one participant and for one partnership', async (measure, by) => {
    // The busiest participant and partnership, so that the scoped answers are not empty.
    const participant = [...participants.values()].sort(
      (a, b) =>
        flows.filter((f) => f.from === b.id || f.to === b.id).length -
          flows.filter((f) => f.from === a.id || f.to === a.id).length || a.id.localeCompare(b.id),
    )[0] as Participant;
    const partnership = [...partnerships.values()].sort(
      (a, b) =>
        flows.filter((f) => f.partnership === b.id).length - flows.filter((f) => f.partnership === a.id).length ||
        a.id.localeCompare(b.id),
    )[0] as Partnership;
    const windowed = measure === 'INTERACTIONS' || measure === 'VALUE' || by === 'PERIOD';
    const window = { from: new Date(NOW.getTime() - 730 * DAY), to: NOW };
    const asked = windowed ? { from: window.from.toISOString(), to: window.to.toISOString() } : undefined;
    for (const scope of [{ participant: participant.id }, { partnership: partnership.id }]) {
      const answer = await breakdown({
        measure,
        by,
        interval: 'QUARTER',
        window: asked,
        participantId: scope.participant && toGlobalId('Participant', scope.participant),
        partnershipId: scope.partnership && toGlobalId('Partnership', scope.partnership),
      });
      expectEqualToReference(answer, reference(measure, by, { ...scope, window, interval: 'QUARTER' }), measure);
    }
  });
});

it('groups by day, week and quarter with the same calendar as the reference', async () => {
  const window = { from: '2026-03-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z' };
  for (const interval of ['DAY', 'WEEK', 'QUARTER'] as const) {
    const answer = await breakdown({ measure: 'INTERACTIONS', by: 'PERIOD', interval, window });
    const expected = reference('INTERACTIONS', 'PERIOD', {
      window: { from: new Date(window.from), to: new Date(window.to) },
      interval,
    });
    expectEqualToReference(answer, expected, 'INTERACTIONS');
    expect(answer.interval).toBe(interval);
  }
});

it('lists every value a filter can ask for, with its count', async () => {
  const { facets } = await executeOk(app.url, FacetsDocument, {}, await authHeader('VIEWER'));
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return Object.fromEntries(counts);
  };
  const current = [...participants.values()].filter((participant) => !participant.exited);
  const asObject = (values: { value: string; count: number }[]) =>
    Object.fromEntries(values.map(({ value, count: n }) => [value, n]));
  expect(asObject(facets.regions)).toEqual(count(current.map((p) => p.region)));
  expect(asObject(facets.sectors)).toEqual(count(current.map((p) => p.sector)));
  expect(asObject(facets.participantKinds)).toEqual(count(current.map((p) => p.kind)));
  expect(asObject(facets.partnershipTypes)).toEqual(count([...partnerships.values()].map((p) => p.type)));
  expect(asObject(facets.stages)).toEqual(count([...partnerships.values()].map((p) => p.stage)));
  expect(asObject(facets.interactionKinds)).toEqual(count(interactions.map((i) => i.kind)));
  expect(asObject(facets.flowKinds)).toEqual(count(flows.map((f) => f.kind)));
  expect(facets.regions.length).toBeGreaterThan(1);
  const counts = facets.regions.map((region) => region.count);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
});

describe('refusals', () => {
  it.each([
    [{ measure: 'PARTICIPANTS', by: 'FLOW_KIND' }, 'by: FLOW_KIND groups VALUE only'],
    [{ measure: 'VALUE', by: 'INTERACTION_KIND' }, 'by: INTERACTION_KIND groups INTERACTIONS only'],
    [{ measure: 'PARTICIPANTS', by: 'REGION', window: WINDOW }, 'use by: PERIOD to count joins'],
    [
      { measure: 'VALUE', by: 'PERIOD', interval: 'DAY', window: { from: '2024-07-01T00:00:00Z', to: WINDOW.to } },
      'more than 400 periods of a day',
    ],
    [
      {
        measure: 'VALUE',
        by: 'STAGE',
        participantId: toGlobalId('Participant', 'x'),
        partnershipId: toGlobalId('Partnership', 'y'),
      },
      'give participantId or partnershipId, not both',
    ],
    [{ measure: 'VALUE', by: 'STAGE', participantId: toGlobalId('Partnership', 'y') }, 'is not a valid Participant id'],
  ])('%j is refused with what to ask instead', async (variables, message) => {
    const { data, errors } = await execute(app.url, BreakdownDocument, variables as never, await authHeader('ANALYST'));
    expect(data).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
    expect(errors?.[0]?.message).toContain(message);
  });
});

it('keeps money from VIEWER: counts answer, the amounts are refused', async () => {
  const counts = await executeOk(
    app.url,
    BreakdownCountsDocument,
    { measure: 'VALUE', by: 'REGION' },
    await authHeader('VIEWER'),
  );
  expect(counts.breakdown.total).toBeGreaterThan(0);
  const { errors } = await execute(
    app.url,
    BreakdownDocument,
    { measure: 'VALUE', by: 'REGION' },
    await authHeader('VIEWER'),
  );
  expect(errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
  expect(JSON.stringify(errors)).toContain('totalValue');
});
