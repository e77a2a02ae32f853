/**
 * Every mutation of a document reports its own outcome (docs/api.md): one document of 20
 * mutations whose 11th fails at the database — it waits for a lock another real transaction
 * holds until its deadline passes — answers the first 10 and the last 9 with their results,
 * and the 11th null with an error that names it. Each mutation has its own deadline: the 11th
 * used all of its budget, and the ones after it still had theirs.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import type { App } from '../../src/app';
import { expectGlobalId } from '../../src/core/global-id';
import { lockGoal } from '../../src/modules/goal/goal.queries';
import { GoalCreateDocument, GoalProgressValuesDocument } from '../generated/operations';
import type { ParticipantCreateInput } from '../generated/schema-types';
import { execute, executeOk, mutateOk, type GraphQLResponse } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

const DEADLINE_MS = 1_500;
const MUTATIONS = 20;
const FAILING = 11;

interface Payload {
  participant?: { id: string; name: string } | null;
  goal?: { actual: number | null } | null;
  userErrors: { code: string }[];
}
type Answer = Record<string, Payload | null>;
type Variables = Record<string, unknown>;

let app: App;
/** Default deadline: the fixtures, and a warm-up of the plans the document uses. */
let setup: App;
beforeAll(async () => {
  app = await startTestApp({ REQUEST_DEADLINE_MS: String(DEADLINE_MS) });
  setup = await startTestApp();
});
afterAll(async () => {
  await Promise.all([app.stop(), setup.stop()]);
});

const alias = (n: number) => `m${n}`;

/** 20 mutations: participant creates, except the 11th, an addition to `goalId`'s progress. */
function twentyMutations(): TypedDocumentNode<Answer, Variables> {
  const declarations: string[] = [];
  const fields: string[] = [];
  for (let n = 1; n <= MUTATIONS; n++) {
    if (n === FAILING) {
      declarations.push('$goalId: ID!');
      fields.push(
        `${alias(n)}: goalAddProgress(input: {goalId: $goalId, amount: 1}) { goal { actual } userErrors { code } }`,
      );
    } else {
      declarations.push(`$in${n}: ParticipantCreateInput!`);
      fields.push(`${alias(n)}: participantCreate(input: $in${n}) { participant { id name } userErrors { code } }`);
    }
  }
  return parse(`mutation Twenty(${declarations.join(', ')}) {\n${fields.join('\n')}\n}`) as TypedDocumentNode<
    Answer,
    Variables
  >;
}

function participantInput(name: string): ParticipantCreateInput {
  return { name, kind: 'STARTUP', sector: 'AI', region: 'EU' };
}

async function newGoal(): Promise<string> {
  const created = await mutateOk(setup.url, GoalCreateDocument, {
    input: {
      title: uniqueMarker('Locked goal'),
      horizon: 'SHORT',
      metric: 'ENGAGEMENT',
      target: 100,
      due: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    },
  });
  return created.goalCreate.goal?.id as string;
}

/** How many of `ids` are stored participants. */
async function storedParticipants(ids: string[]): Promise<number> {
  const rows = await app.gateway.readRows({
    cypher: 'MATCH (p:Participant) WHERE p.id IN $ids RETURN count(p) AS count',
    params: { ids: ids.map((id) => expectGlobalId(id, 'Participant')) },
  });
  return Number(rows[0]?.count ?? 0);
}

it('answers each of 20 mutations on its own when the 11th fails at the database', async () => {
  const goalId = await newGoal();
  const marker = uniqueMarker('Batch');
  const names = Array.from({ length: MUTATIONS }, (_, i) => `${marker} ${i + 1}`);
  const variables: Variables = { goalId };
  for (let n = 1; n <= MUTATIONS; n++) if (n !== FAILING) variables[`in${n}`] = participantInput(names[n - 1]);

  // Warm the plans (a cold first plan can take a second) with the same document, unhindered.
  const warm = await execute(setup.url, twentyMutations(), {
    goalId: await newGoal(),
    ...Object.fromEntries(names.map((name, i) => [`in${i + 1}`, participantInput(`${name} warm`)])),
  });
  expect(warm.errors).toBeUndefined();

  // Another transaction holds the goal's write lock for as long as the document runs.
  const holder = app.driver.session();
  const held = await holder.beginTransaction();
  const lock = lockGoal(expectGlobalId(goalId, 'Goal'));
  await held.run(lock.cypher, lock.params);
  let result: GraphQLResponse<Answer>;
  try {
    result = await execute(app.url, twentyMutations(), variables);
  } finally {
    await held.rollback();
    await holder.close();
  }

  // The document is answered, not erased: data is there although one mutation failed.
  expect(result.status).toBe(200);
  const data = result.data as Answer;
  expect(data).not.toBeNull();

  // The 11th: null, with one error about it alone, naming it; nothing of it was kept.
  expect(data[alias(FAILING)]).toBeNull();
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors ?? [];
  expect(error.path).toEqual([alias(FAILING)]);
  expect(error.extensions?.code).toBe('DEADLINE_EXCEEDED');
  expect(error.message).toContain(`Mutation ${alias(FAILING)} (goalAddProgress) did not commit`);
  expect(error.message).toContain('Only this mutation was rolled back');
  const goal = await executeOk(setup.url, GoalProgressValuesDocument, { id: goalId, first: 10 });
  expect(goal.goal?.actual).toBe(0);
  expect(goal.goal?.progress.totalCount).toBe(0);

  // Every other mutation is acknowledged with what it made, and what it made is stored:
  // the first 10 before the failure, and the 9 after it, each within its own deadline.
  const acknowledged: string[] = [];
  for (let n = 1; n <= MUTATIONS; n++) {
    if (n === FAILING) continue;
    const payload = data[alias(n)];
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.participant?.name).toBe(names[n - 1]);
    acknowledged.push(payload?.participant?.id as string);
  }
  expect(acknowledged).toHaveLength(MUTATIONS - 1);
  expect(await storedParticipants(acknowledged.slice(0, FAILING - 1))).toBe(FAILING - 1);
  expect(await storedParticipants(acknowledged.slice(FAILING - 1))).toBe(MUTATIONS - FAILING);
}, 60_000);
