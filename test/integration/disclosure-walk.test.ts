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
import type { GraphQLSchema } from 'graphql';
import type { App } from '../../src/app';
import type { Role } from '../../src/auth/roles';
import { createRequestContext } from '../../src/context/context';
import { fixedClock } from '../../src/core/clock';
import { decodeGlobalId, toGlobalId } from '../../src/core/global-id';
import { deleteData } from '../../src/seed/database';
import { seedDemoEcosystem } from '../../src/seed/seed';
import { buildEcographSchema } from '../../src/server/schema';
import { PartnershipMoveStageDocument } from '../generated/operations';
import { freshHealth } from '../support/demo-ecosystem';
import { mutateOk } from '../support/graphql-client';
import {
  changed,
  codeOf,
  executor,
  flatten,
  pathOf,
  readAll,
  rootQueries,
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

const as = (role: Role) =>
  executor(schema, () =>
    createRequestContext(app.gateway, app.services, crypto.randomUUID(), {
      kind: 'user',
      id: `walk-${role.toLowerCase()}`,
      role,
    }),
  );

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
