/**
 * The hot list statements read their page from an index in order (graph/migrations/0011): a
 * PROFILE of each must not show a label scan feeding a sort. A control statement whose ordering
 * has no such index shows that the check can fail.
 */
import crypto from 'node:crypto';
import type { ProfiledPlan } from 'neo4j-driver';
import type { App } from '../../src/app';
import type { Statement } from '../../src/db/gateway';
import { listNodes } from '../../src/db/node-statements';
import { PARTICIPANT, PARTNERSHIP } from '../../src/model/nodes';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

let app: App;
const sector = uniqueMarker('plans');

beforeAll(async () => {
  app = await startTestApp();
  // Enough nodes that a scan and sort is a real choice for the planner, whatever else the shared database holds.
  const ids = Array.from({ length: 300 }, () => crypto.randomUUID());
  await app.gateway.writeRows({
    cypher: `UNWIND range(0, size($ids) - 1) AS i
CREATE (:Participant {id: $ids[i], name: 'Plan ' + toString(i), kind: ['COMPANY', 'STARTUP', 'UNIVERSITY'][i % 3],
  sector: $sector, region: ['Europe', 'Asia', 'Americas', 'Africa'][i % 4], tier: 'STANDARD', status: 'ACTIVE',
  joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
CREATE (:Partnership {id: randomUUID(), name: 'Plan deal ' + toString(i), type: 'BUSINESS', subtype: 'CHANNEL',
  stage: 'MANAGEMENT', createdAt: datetime(), updatedAt: datetime()})`,
    params: { ids, sector },
  });
  const session = app.driver.session();
  try {
    await session.run('CALL db.awaitIndexes(120)');
  } finally {
    await session.close();
  }
});
afterAll(async () => {
  await app.stop();
});

async function profile(statement: Statement): Promise<string[]> {
  const session = app.driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`PROFILE ${statement.cypher}`, statement.params);
    const operators: string[] = [];
    const walk = (plan: ProfiledPlan) => {
      operators.push(plan.operatorType.replace(/@.*$/, ''));
      plan.children.forEach(walk);
    };
    if (!result.summary.profile) throw new Error('PROFILE returned no plan');
    walk(result.summary.profile);
    return operators;
  } finally {
    await session.close();
  }
}

/** A label scan whose rows are all sorted (Sort, or Top that sorts them to keep the first n). */
const scansAndSorts = (operators: string[]) =>
  operators.includes('NodeByLabelScan') && operators.some((op) => op === 'Sort' || op === 'Top');

const page = { direction: 'ASC' as const, limit: 51, select: ['id', 'name'] };
const HOT: [string, Statement][] = [
  ['participants by name', listNodes(PARTICIPANT, { ...page, order: 'NAME' })],
  [
    'participants by name, descending, after a cursor',
    listNodes(PARTICIPANT, { ...page, order: 'NAME', direction: 'DESC', after: { value: 'Plan 5', id: 'x' } }),
  ],
  [
    'participants of one kind in one region, by name',
    listNodes(PARTICIPANT, { ...page, order: 'NAME', filter: { kind: ['COMPANY'], region: ['Europe'] } }),
  ],
  ['partnerships by name', listNodes(PARTNERSHIP, { ...page, order: 'NAME' })],
];

describe('index-backed pages', () => {
  it.each(HOT)('%s: read from an index, no label scan plus sort', async (_name, statement) => {
    const operators = await profile(statement);
    expect(scansAndSorts(operators)).toBe(false);
    expect(operators.some((op) => op.startsWith('NodeIndex'))).toBe(true);
  });

  it('a case-changed region keeps the plan: it becomes the stored values before the filter is compiled', async () => {
    // What the participants resolver does with `region: ["EUROPE"]` (src/graphql/text-filters.ts).
    const { values, unknown } = await app.services.filterValues.resolve('region', ['EUROPE']);
    expect(unknown).toEqual([]);
    // Only the stored spelling: the very statement of the case above.
    expect(values).toEqual(['Europe']);
    const operators = await profile(
      listNodes(PARTICIPANT, { ...page, order: 'NAME', filter: { kind: ['COMPANY'], region: values } }),
    );
    expect(scansAndSorts(operators)).toBe(false);
    expect(operators.some((op) => op.startsWith('NodeIndex'))).toBe(true);
  });

  it('the check fails for an ordering no index serves in order (the control)', async () => {
    // CREATED_AT has a plain index but no sortIndex rule: the planner scans the label and sorts.
    const operators = await profile(listNodes(PARTICIPANT, { ...page, order: 'CREATED_AT' }));
    expect(scansAndSorts(operators)).toBe(true);
  });
});
