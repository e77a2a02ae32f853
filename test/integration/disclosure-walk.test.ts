/**
 * Issue 12, classes 1, 2 and 6, proven by walking the built schema rather than naming paths:
 * every field reachable from Query (to a depth, arguments filled with real ids, every value of
 * a required enum, each optional id) is asked of a seeded ecosystem as each role, refused
 * fields dropped until nothing is refused; what remains is what the role reads.
 *
 * - Money: the money in the database changes (value-flow amounts by a random factor each, value
 *   goals' figures tripled) and nothing VIEWER reads may change with it.
 * - Identities (AGGREGATE): one partnership is terminated, which moves every participant's
 *   place in the network; nothing VIEWER reads about a participant or partnership that took no
 *   part in it may change (that would be network analytics tied to a name), nor may a ranked
 *   position name someone else.
 * - Organisation: no team member, committee or policy reaches a role other than ADMIN, and
 *   `node(id)` answers a real id and a made-up one of a type the role may not read alike.
 * Each check first shows it can fail: a role allowed to read the data does see it change.
 */
import crypto from 'node:crypto';
import { parse, subscribe, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { App } from '../../src/app';
import type { Role } from '../../src/auth/roles';
import { createRequestContext } from '../../src/context/context';
import { fixedClock } from '../../src/core/clock';
import { decodeGlobalId, toGlobalId } from '../../src/core/global-id';
import { deleteData } from '../../src/seed/database';
import { seedDemoEcosystem } from '../../src/seed/seed';
import { buildEcographSchema } from '../../src/server/schema';
import {
  GoalUpdateProgressDocument,
  InteractionRecordDocument,
  PartnershipMoveStageDocument,
  RiskRaiseDocument,
} from '../generated/operations';
import { freshHealth } from '../support/demo-ecosystem';
import { mutateOk } from '../support/graphql-client';
import {
  changed,
  codeOf,
  executor,
  flatten,
  pathOf,
  readAll,
  dropFromRoot,
  rootQueries,
  rootSubscriptions,
  subscriptionSource,
  type Leaf,
  type RootQuery,
  type Samples,
  type WalkOptions,
} from '../support/schema-walk';
import { startTestApp } from '../support/test-app';

jest.setTimeout(1_800_000);

const ANCHOR = '2026-06-30';
const ORGANISATION = new Set(['TeamMember', 'Committee', 'Policy']);

let app: App;
let schema: GraphQLSchema;
let samples: Samples;
let roots: RootQuery[];
let options: WalkOptions;
/** The last full read as VIEWER (class 2), reused by class 6. */
let viewerReads: Map<string, Leaf> | undefined;

const contextOf = (role: Role) =>
  createRequestContext(app.gateway, app.services, crypto.randomUUID(), {
    kind: 'user',
    id: `walk-${role.toLowerCase()}`,
    role,
  });
const as = (role: Role) => executor(schema, () => contextOf(role));

async function ids(cypher: string, params: Record<string, unknown> = {}): Promise<string[]> {
  const rows = await app.gateway.readRows({ cypher, params });
  return rows.map((row) => String(row.id));
}

/** Real ids of every Node type, the most telling first (a value goal, a partnership with money and goals). */
async function loadSamples(): Promise<Samples> {
  const found: Samples = new Map();
  const nodeTypes = schema.getPossibleTypes(schema.getType('Node') as never).map((type) => type.name);
  const preferred: Record<string, string> = {
    Goal: `MATCH (g:Goal {metric: 'value'})--(:Partnership) RETURN g.id AS id ORDER BY g.id LIMIT 1`,
    GoalProgress: `MATCH (:Goal {metric: 'value'})-[:HAD_PROGRESS]->(x:GoalProgress) RETURN x.id AS id ORDER BY x.id LIMIT 1`,
    Partnership: `MATCH (p:Partnership) WHERE p.stage <> 'TERMINATED' AND EXISTS { (p)--(:Goal {metric: 'value'}) }
RETURN p.id AS id ORDER BY COUNT { ()-[:VALUE_FLOW {partnershipId: p.id}]->() } DESC, p.id LIMIT 1`,
    Participant: `MATCH (x:Participant)-[:PARTY_TO]->(p:Partnership) WHERE x.status <> 'EXITED' AND p.stage <> 'TERMINATED'
RETURN x.id AS id, count(p) AS n ORDER BY n DESC, x.id LIMIT 2`,
    ValueFlow: `MATCH ()-[f:VALUE_FLOW]->() RETURN f.id AS id ORDER BY f.id LIMIT 1`,
  };
  for (const type of nodeTypes) {
    const cypher = preferred[type] ?? `MATCH (n:${type}) RETURN n.id AS id ORDER BY n.id LIMIT 1`;
    const keys = await ids(cypher);
    if (keys.length > 0)
      found.set(
        type,
        keys.map((key) => toGlobalId(type, key)),
      );
  }
  return found;
}

/** A write that changes nothing but the graph version: KPIs recompute, as after any write. */
async function touch(): Promise<void> {
  const before = await app.gateway.graphVersion();
  // Only a transaction that changes data moves the version.
  await app.gateway.writeRows({
    cypher: `MATCH (v:GraphVersion {id: 'ecosystem'}) SET v.touchedBy = 'disclosure walk ' + toString(v.value)`,
    params: {},
  });
  await freshHealth(app, before);
}

async function readAs(role: Role, only?: (root: RootQuery) => boolean) {
  const started = Date.now();
  const readable = await readAll(as(role), only ? roots.filter(only) : roots);
  const failures = new Set(
    readable.refusals
      .filter((refusal) => refusal.code !== 'FORBIDDEN')
      .map((r) => `${pathOf(r.path)} ${r.code} (${r.message})`),
  );
  process.stderr.write(
    `[disclosure-walk] read as ${role}: ${readable.answers.size} roots, ${Date.now() - started} ms; not FORBIDDEN: ${[...failures].join(', ')}\n`,
  );
  return flatten(readable.answers);
}

/** The database id inside a global id. */
const keyOf = (globalId: string) => decodeGlobalId(globalId)?.id ?? globalId;

const report = (leaves: Leaf[]) => [...new Set(leaves.map((leaf) => pathOf(leaf.key)))].sort();

beforeAll(async () => {
  app = await startTestApp(
    { ANALYTICS_ENGINE: 'graphology', KPI_DEBOUNCE_MS: '200' },
    { clock: fixedClock(new Date(`${ANCHOR}T00:00:00Z`)) },
  );
  await deleteData(app.gateway);
  await seedDemoEcosystem(app.gateway, { size: 'small', seed: 7, anchor: ANCHOR });
  schema = await buildEcographSchema(app.services.policy);
  samples = await loadSamples();
  const [participant] = await ids(`MATCH (x:Participant {id: $id}) RETURN split(x.name, ' ')[0] AS id`, {
    id: keyOf(samples.get('Participant')?.[0] ?? ''),
  });
  options = { depth: 4, rootPage: 4, nestedPage: 2, searchText: participant ?? 'a' };
  roots = rootQueries(schema, samples, options);
  await freshHealth(app);
}, 600_000);
afterAll(async () => {
  await app.stop();
});

it('the walk covers every root field of Query', () => {
  const covered = new Set(roots.map((root) => root.selection.field));
  const all = Object.keys(schema.getQueryType()?.getFields() ?? {});
  expect(all.filter((name) => !covered.has(name))).toEqual([]);
  process.stderr.write(`[disclosure-walk] ${roots.length} root queries over ${all.length} root fields\n`);
});

it('class 1: nothing VIEWER reads changes when the money does (no path derived from money)', async () => {
  const moneyRoots = (root: RootQuery) => ['partnership', 'goal', 'forecast'].includes(root.selection.field);
  const viewerBefore = await readAs('VIEWER');
  const analystBefore = await readAs('ANALYST', moneyRoots);
  await touch();
  const viewerAgain = await readAs('VIEWER');
  const analystAgain = await readAs('ANALYST', moneyRoots);

  const before = await app.gateway.graphVersion();
  await app.gateway.writeRows({
    cypher: `MATCH ()-[f:VALUE_FLOW]->() SET f.amount = f.amount * (1.25 + rand() / 2)
WITH count(*) AS flows
MATCH (g:Goal {metric: 'value'})
SET g.target = g.target * 3, g.actual = g.actual * 3
WITH g
OPTIONAL MATCH (g)-[:HAD_PROGRESS]->(p:GoalProgress)
SET p.value = p.value * 3`,
    params: {},
  });
  await freshHealth(app, before);
  const viewerAfter = await readAs('VIEWER');
  const analystAfter = await readAs('ANALYST', moneyRoots);

  // The check can fail: a role that reads money sees it move on these paths.
  const seen = report(changed(analystBefore, analystAgain, analystAfter));
  expect(seen).toEqual(
    expect.arrayContaining([
      'partnership.scorecard.value.amount',
      'partnership.scorecard.growth.value',
      'goal.actual',
      'forecast__VALUE__partnershipId.history[].value',
    ]),
  );
  const leaks = report(changed(viewerBefore, viewerAgain, viewerAfter));
  expect(leaks).toEqual([]);
});

it('class 2: under AGGREGATE, nothing VIEWER reads about a named party moves with the network around it', async () => {
  const [target] = await ids(
    `MATCH (p:Partnership)<-[:PARTY_TO]-(x:Participant)
WHERE p.stage IN ['MANAGEMENT', 'IMPLEMENTATION'] AND NOT p.id IN $taken
WITH p, count(x) AS parties WHERE parties >= 2
RETURN p.id AS id ORDER BY p.id LIMIT 1`,
    { taken: [...samples.values()].flat().map(keyOf) },
  );
  if (!target) throw new Error('no partnership to terminate');
  const parties = await ids(`MATCH (:Partnership {id: $target})<-[:PARTY_TO]-(x:Participant) RETURN x.id AS id`, {
    target,
  });
  const involved = [target, ...parties].flatMap((key) => [
    key,
    toGlobalId('Partnership', key),
    toGlobalId('Participant', key),
  ]);
  const untouched = (leaf: Leaf) =>
    !involved.some((id) => leaf.key.includes(id) || JSON.stringify(leaf.value).includes(id));
  const aboutSomeone = (leaf: Leaf) => leaf.ids.length > 0 || leaf.key.endsWith('.@id');
  const partyRoots = (root: RootQuery) => ['participant', 'participants', 'centrality'].includes(root.selection.field);

  await touch();
  const viewerBefore = await readAs('VIEWER');
  const analystBefore = await readAs('ANALYST', partyRoots);
  await touch();
  const viewerAgain = await readAs('VIEWER');
  const analystAgain = await readAs('ANALYST', partyRoots);

  const before = await app.gateway.graphVersion();
  await mutateOk(app.url, PartnershipMoveStageDocument, {
    input: { id: toGlobalId('Partnership', target), to: 'TERMINATED', reason: 'disclosure walk: the network moves' },
  });
  await freshHealth(app, before);
  const viewerAfter = await readAs('VIEWER');
  const analystAfter = await readAs('ANALYST', partyRoots);

  const tied = (leaves: Leaf[]) => report(leaves.filter((leaf) => untouched(leaf) && aboutSomeone(leaf)));
  // The check can fail: with FULL disclosure a participant's network figures and the ranked names move.
  expect(tied(changed(analystBefore, analystAgain, analystAfter))).toEqual(
    expect.arrayContaining(['participant.metrics.pageRank', 'participants.nodes[].metrics.rankIn__PAGE_RANK']),
  );
  viewerReads = viewerAfter;
  expect(tied(changed(viewerBefore, viewerAgain, viewerAfter))).toEqual([]);
});

it('class 6: the organisation reaches ADMIN only, and node(id) tells no existence of what a role may not read', async () => {
  const organisation = (leaves: Map<string, Leaf>) =>
    report([...leaves.values()].filter((leaf) => leaf.types.some((type) => ORGANISATION.has(type))));
  const orgRoots = (root: RootQuery) => ['teamMembers', 'committees', 'policies'].includes(root.selection.field);
  expect(organisation(await readAs('ADMIN', orgRoots)).length).toBeGreaterThan(0);
  const seen: Record<string, string[]> = {};
  for (const role of ['VIEWER', 'ANALYST', 'MANAGER'] as Role[]) {
    const found = organisation(role === 'VIEWER' && viewerReads ? viewerReads : await readAs(role));
    if (found.length > 0) seen[role] = found;
  }
  expect(seen).toEqual({});

  const oracle: string[] = [];
  const nodeTypes = [...samples.keys()];
  for (const role of ['VIEWER', 'ANALYST', 'MANAGER', 'ADMIN'] as Role[]) {
    const execute = as(role);
    for (const type of nodeTypes) {
      const real = samples.get(type)?.[0] as string;
      const madeUp = toGlobalId(type, crypto.randomUUID());
      const answer = async (id: string) => {
        const { data, errors } = await execute(`{ node(id: ${JSON.stringify(id)}) { __typename } }`);
        return { found: Boolean(data?.node), codes: (errors ?? []).map(codeOf) };
      };
      const [a, b] = [await answer(real), await answer(madeUp)];
      const refused = a.codes.length > 0 || b.codes.length > 0;
      if (refused && JSON.stringify(a) !== JSON.stringify(b)) {
        oracle.push(`${role} ${type}: real ${JSON.stringify(a)} vs made-up ${JSON.stringify(b)}`);
      }
    }
  }
  expect(oracle).toEqual([]);
});

/**
 * Subscription payloads, walked in process: each root field of Subscription (every argument
 * variant, the payload type's fields to the same depth) is subscribed to with graphql-js's
 * `subscribe` over the built (guarded) schema and the context the server builds per
 * WebSocket operation, so every payload goes through the same field resolvers and guards as
 * over graphql-ws, without 100 sockets (the transport adds nothing to what a field discloses;
 * its own limits are tested in subscriptions.test.ts). Real mutations through the API cause
 * the events; refused fields are dropped and the round repeated until nothing is refused.
 */
describe('subscription payloads', () => {
  type Payloads = Map<string, ExecutionResult[]>;
  let partnership: string;
  let parties: string[];
  let goal: string;
  const progressAt = (day: number) => `2026-06-${String(day).padStart(2, '0')}T12:00:00Z`;
  let day = 10;

  beforeAll(async () => {
    partnership = samples.get('Partnership')![0]!;
    goal = samples.get('Goal')![0]!;
    parties = (
      await ids(`MATCH (:Partnership {id: $id})<-[:PARTY_TO]-(x:Participant) RETURN x.id AS id ORDER BY x.id`, {
        id: keyOf(partnership),
      })
    ).map((key) => toGlobalId('Participant', key));
  });

  /** Writes that cause every kind of event the subscriptions carry, on the sampled objects. */
  async function everyEvent(goalValue = 5): Promise<void> {
    const before = await app.gateway.graphVersion();
    day += 1;
    await mutateOk(app.url, InteractionRecordDocument, {
      input: { partnershipId: partnership, participantIds: parties.slice(0, 2), kind: 'MEETING', at: progressAt(day) },
    });
    await mutateOk(app.url, RiskRaiseDocument, {
      input: {
        partnershipId: partnership,
        title: `Walk risk ${day}`,
        category: 'STRATEGIC',
        severity: 'LOW',
        likelihood: 0.2,
        dueAt: '2030-01-01T00:00:00Z',
      },
    });
    await mutateOk(app.url, GoalUpdateProgressDocument, {
      input: { goalId: goal, value: goalValue, at: progressAt(day) },
    });
    const [other] = await ids(
      `MATCH (p:Partnership) WHERE p.stage = 'IDENTIFICATION' RETURN p.id AS id ORDER BY p.id LIMIT 1`,
    );
    if (other) {
      await mutateOk(app.url, PartnershipMoveStageDocument, {
        input: { id: toGlobalId('Partnership', other), to: 'TERMINATED', reason: 'disclosure walk: a stage event' },
      });
    }
    await freshHealth(app, before);
  }

  /** Subscribes to every root as `role`, causes the events, and answers what each root received. */
  async function listen(role: Role, subscriptions: RootQuery[], cause: () => Promise<void>): Promise<Payloads> {
    const received: Payloads = new Map();
    const streams: AsyncGenerator<ExecutionResult>[] = [];
    for (const root of subscriptions) {
      const results: ExecutionResult[] = [];
      received.set(root.name, results);
      const stream = await subscribe({
        schema,
        document: parse(subscriptionSource(root)),
        contextValue: contextOf(role),
      });
      if (!(Symbol.asyncIterator in stream)) {
        results.push(stream); // refused before any event (the root field itself)
        continue;
      }
      streams.push(stream);
      void (async () => {
        for await (const result of stream) results.push(result);
      })();
    }
    await cause();
    // KPI updates follow the debounced recomputation freshHealth waited for; let them land.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await Promise.all(streams.map((stream) => stream.return(undefined)));
    return received;
  }

  /** What `role` receives with every refused field dropped; refusals by path. */
  async function receiveAs(role: Role, cause: () => Promise<void>) {
    const subscriptions = rootSubscriptions(schema, samples, options).map((root) => structuredClone(root));
    const refused = new Map<string, string>();
    let payloads: Payloads = new Map();
    for (let round = 0; round < 6; round++) {
      payloads = await listen(role, subscriptions, cause);
      let dropped = false;
      for (const root of subscriptions) {
        for (const result of payloads.get(root.name) ?? []) {
          for (const error of result.errors ?? []) {
            refused.set((error.path ?? [root.name]).join('.'), codeOf(error));
            if (error.path && dropFromRoot(root, error.path)) dropped = true;
          }
        }
      }
      if (!dropped) break;
    }
    return { subscriptions, payloads, refused };
  }

  /** The payloads' leaves, each payload flattened on its own (keys prefixed by root and index). */
  function leavesOf(payloads: Payloads): Map<string, Leaf> {
    const out = new Map<string, Leaf>();
    for (const [name, results] of payloads) {
      results.forEach((result, index) => {
        if (!result.data) return;
        for (const [key, leaf] of flatten(
          new Map([[`${name}[${index}]`, result.data[Object.keys(result.data)[0]!]]]),
        )) {
          out.set(key, leaf);
        }
      });
    }
    return out;
  }

  it('walks every root field of Subscription, and each one delivers to ADMIN', async () => {
    const all = Object.keys(schema.getSubscriptionType()?.getFields() ?? {});
    const walked = rootSubscriptions(schema, samples, options);
    expect(all.filter((name) => !walked.some((root) => root.selection.field === name))).toEqual([]);
    const { payloads, refused } = await receiveAs('ADMIN', () => everyEvent());
    const silent = walked
      .map((root) => root.selection.field)
      .filter(
        (field) => ![...payloads].some(([name, results]) => name.startsWith(field) && results.some((r) => r.data)),
      );
    expect([...new Set(silent)]).toEqual([]);
    expect([...refused.values()].filter((code) => code !== 'FORBIDDEN')).toEqual([]);
    process.stderr.write(`[disclosure-walk] ${walked.length} subscription roots over ${all.length} fields\n`);
  });

  it('class 1: no payload VIEWER receives moves with the money (value goal progress)', async () => {
    const money = async (role: Role) => {
      const at = [5, 5, 15].map((value) => async () => everyEvent(value));
      const runs = [];
      for (const cause of at) runs.push(leavesOf((await receiveAs(role, cause)).payloads));
      // Compared by field path: the events differ in ids and instants, the money in amount.
      const byPath = (leaves: Map<string, Leaf>) =>
        new Map(
          [...leaves.values()]
            .filter((leaf) => leaf.key.startsWith('goalProgressed'))
            .map((leaf) => [pathOf(leaf.key).replace(/^(goalProgressed[^.[]*)\[\]/, '$1'), leaf]),
        );
      return report(changed(byPath(runs[0]!), byPath(runs[1]!), byPath(runs[2]!)));
    };
    // The check can fail: a role that reads money sees the value goal's figures move.
    expect((await money('ANALYST')).length).toBeGreaterThan(0);
    expect(await money('VIEWER')).toEqual([]);
  });

  it('class 2 and 6: VIEWER receives no network figure tied to a named participant, and nothing of the organisation', async () => {
    /** Numeric leaves inside an object that names a participant (by participantId or a Participant). */
    const tiedFigures = (payloads: Payloads) => {
      const out = new Set<string>();
      const visit = (value: unknown, path: string, named: boolean) => {
        if (Array.isArray(value)) return value.forEach((item) => visit(item, `${path}[]`, named));
        if (typeof value !== 'object' || value === null) {
          if (named && typeof value === 'number') out.add(path);
          return;
        }
        const record = value as Record<string, unknown>;
        const names =
          named ||
          typeof record.participantId === 'string' ||
          (typeof record.participant === 'object' && record.participant !== null);
        for (const [field, child] of Object.entries(record)) {
          // A participant's own record (its joinedAt, its name) is not a network figure.
          if (field === 'participant') continue;
          visit(child, `${path}.${field}`, names);
        }
      };
      for (const [name, results] of payloads) for (const result of results) visit(result.data, name, false);
      return [...out].sort();
    };
    const organisation = (payloads: Payloads) =>
      report([...leavesOf(payloads).values()].filter((leaf) => leaf.types.some((type) => ORGANISATION.has(type))));

    const analyst = await receiveAs('ANALYST', () => everyEvent());
    // The check can fail: with FULL disclosure engagement scores and rank changes name participants.
    expect(tiedFigures(analyst.payloads).length).toBeGreaterThan(0);
    const viewer = await receiveAs('VIEWER', () => everyEvent());
    expect(tiedFigures(viewer.payloads)).toEqual([]);
    expect(organisation(viewer.payloads)).toEqual([]);
    expect(organisation(analyst.payloads)).toEqual([]);
    process.stderr.write(
      `[disclosure-walk] VIEWER subscription refusals: ${[...viewer.refused].map(([path, code]) => `${path} ${code}`).join(', ')}\n`,
    );
  });
});
