/**
 * Lost updates, the way the LDBC ACID suite tests them: N clients add 1 to the same record at
 * once; exactly N additions must be applied. `goalAddProgress` reads the goal's `actual`, adds
 * and writes it back, under the goal's write lock taken first (docs/resilience.md).
 */
import {
  GoalAddProgressDocument,
  GoalCreateDocument,
  GoalProgressValuesDocument,
  type GoalCreateInput,
} from '../generated/operations';
import type { App } from '../../src/app';
import { execute, executeOk, mutateOk } from '../support/graphql-client';
import { graphSize, uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

const CLIENTS = 24;
const DAY = 86_400_000;

let app: App;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

async function goal(metric: GoalCreateInput['metric']): Promise<string> {
  const data = await mutateOk(app.url, GoalCreateDocument, {
    input: {
      title: uniqueMarker('Interactions this year'),
      horizon: 'SHORT',
      metric,
      target: metric === 'SATISFACTION' ? 8 : 10_000,
      due: new Date(Date.now() + 90 * DAY).toISOString(),
    },
  });
  const id = data.goalCreate.goal?.id;
  if (!id) throw new Error(JSON.stringify(data.goalCreate.userErrors));
  return id;
}

describe('concurrent increments of one goal (lost updates)', () => {
  it(`applies exactly ${CLIENTS} of ${CLIENTS} concurrent additions`, async () => {
    const goalId = await goal('ENGAGEMENT');
    const results = await Promise.all(
      Array.from({ length: CLIENTS }, () =>
        mutateOk(app.url, GoalAddProgressDocument, { input: { goalId, amount: 1 } }),
      ),
    );
    for (const { goalAddProgress } of results) expect(goalAddProgress.userErrors).toEqual([]);

    const after = await executeOk(app.url, GoalProgressValuesDocument, { id: goalId, first: 100 });
    expect(after.goal?.actual).toBe(CLIENTS);
    expect(after.goal?.progress.totalCount).toBe(CLIENTS);
    // Each addition saw the one before it: the totals, in the order they were written, are 1..N.
    const totals = after.goal?.progress.nodes.map((entry) => entry.value);
    expect(totals).toEqual(Array.from({ length: CLIENTS }, (_, i) => i + 1));
    // And every client was told a different total.
    const told = new Set(results.map(({ goalAddProgress }) => goalAddProgress.progress?.value));
    expect(told.size).toBe(CLIENTS);
  });

  it('adds a retried addition (same client key) once', async () => {
    const goalId = await goal('VALUE');
    const input = { goalId, amount: 2_500, clientKey: uniqueMarker('add-value') };
    const [first, second] = await Promise.all([
      mutateOk(app.url, GoalAddProgressDocument, { input }),
      mutateOk(app.url, GoalAddProgressDocument, { input }),
    ]);
    expect(second.goalAddProgress.progress?.id).toBe(first.goalAddProgress.progress?.id);
    const after = await executeOk(app.url, GoalProgressValuesDocument, { id: goalId, first: 10 });
    expect(after.goal?.actual).toBe(2_500);
    expect(after.goal?.progress.totalCount).toBe(1);
  });

  it('refuses what does not add up, changing nothing', async () => {
    const satisfaction = await goal('SATISFACTION');
    const engagement = await goal('ENGAGEMENT');
    const before = await graphSize(app.gateway);
    const mean = await execute(app.url, GoalAddProgressDocument, { input: { goalId: satisfaction, amount: 1 } });
    expect(mean.data?.goalAddProgress?.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.goalId', 'INVALID'],
    ]);
    const negative = await execute(app.url, GoalAddProgressDocument, { input: { goalId: engagement, amount: -3 } });
    expect(negative.data?.goalAddProgress?.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.amount', 'OUT_OF_RANGE'],
    ]);
    expect(await graphSize(app.gateway)).toEqual(before);
  });
});
