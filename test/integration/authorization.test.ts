/**
 * The authorisation matrix: every role × every sensitive read path (root fields, nested
 * edges, node/nodes, analytics, subscriptions, the audit trail) and writes, including the
 * MANAGER ownership rule. Anything not allowed is refused with FORBIDDEN and its data never
 * appears in the response; allowed paths return the data.
 */
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import type { Role } from '../../src/auth/roles';
import { toGlobalId } from '../../src/core/global-id';
import { testToken } from '../support/auth';
import { graphSize, uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';
import { settle, wsClient, type TestWsClient } from '../support/ws-client';
import { EcosystemEventsDocument, RiskRaisedDocument } from '../generated/operations';

jest.setTimeout(120_000);

let app: App;
const clients: TestWsClient[] = [];

beforeAll(async () => {
  app = await startTestApp({ ANALYTICS_ENGINE: 'graphology' });
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await app.stop();
});

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  text: string;
}

const ROLES: Role[] = ['ADMIN', 'MANAGER', 'ANALYST', 'VIEWER'];
const managerKey = crypto.randomUUID();
const tokenFor = (role: Role) =>
  role === 'MANAGER' ? testToken('MANAGER', toGlobalId('TeamMember', managerKey)) : testToken(role);

async function call(role: Role, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(role)}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Answer['body'], text };
}

const codes = (answer: Answer) => (answer.body.errors ?? []).map((error) => error.extensions?.code);

interface World {
  marker: string;
  owned: string;
  foreign: string;
  a: string;
  b: string;
  riskId: string;
  secrets: { risk: string; agreement: string; conflict: string; amount: number };
}

let world: World;

beforeAll(async () => {
  const marker = uniqueMarker('authz');
  const [a, b, owned, foreign] = Array.from({ length: 4 }, () => crypto.randomUUID());
  await app.gateway.writeRows({
    cypher: `CREATE (m:TeamMember {id: $managerKey, name: 'Manager M', role: 'PARTNERSHIP_MANAGER', email: $managerKey + '@example.org',
  createdAt: datetime(), updatedAt: datetime()})
WITH m
UNWIND [[$a, $marker + ' Alpha'], [$b, $marker + ' Beta']] AS row
CREATE (:Participant {id: row[0], name: row[1], kind: 'COMPANY', sector: $marker, region: 'Europe', tier: 'STANDARD',
  status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
WITH DISTINCT m
UNWIND [$owned, $foreign] AS key
MATCH (x:Participant {id: $a}), (y:Participant {id: $b})
CREATE (x)-[:PARTY_TO {role: 'LEAD'}]->(p:Partnership {id: key, name: $marker + ' ' + key, type: 'BUSINESS',
  subtype: 'CHANNEL', stage: 'MANAGEMENT', strategicAlignment: 0.5, startedAt: datetime(), createdAt: datetime(),
  updatedAt: datetime()})<-[:PARTY_TO {role: 'PARTNER'}]-(y)
WITH m, p WHERE p.id = $owned
CREATE (m)-[:OWNS]->(p)`,
    params: { managerKey, a, b, owned, foreign, marker },
  });
  const ids = {
    owned: toGlobalId('Partnership', owned),
    foreign: toGlobalId('Partnership', foreign),
    a: toGlobalId('Participant', a),
    b: toGlobalId('Participant', b),
  };
  const secrets = {
    risk: `SECRET-RISK-${marker}`,
    agreement: `SECRET-AGREEMENT-${marker}`,
    conflict: `SECRET-CONFLICT-${marker}`,
    amount: 987654.25,
  };
  const due = new Date(Date.now() + 86_400_000).toISOString();
  const risk = await call(
    'ADMIN',
    `mutation($input: RiskRaiseInput!) { riskRaise(input: $input) { risk { id } userErrors { code } } }`,
    {
      input: {
        partnershipId: ids.owned,
        title: secrets.risk,
        category: 'LEGAL',
        severity: 'HIGH',
        likelihood: 0.3,
        dueAt: due,
      },
    },
  );
  await call(
    'ADMIN',
    `mutation($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { code } } }`,
    {
      input: { partnershipId: ids.owned, title: secrets.agreement, kind: 'DATA_SHARING' },
    },
  );
  await call('ADMIN', `mutation($input: ConflictOpenInput!) { conflictOpen(input: $input) { userErrors { code } } }`, {
    input: { partnershipId: ids.owned, title: secrets.conflict },
  });
  await call(
    'ADMIN',
    `mutation($input: ValueFlowRecordInput!) { valueFlowRecord(input: $input) { userErrors { code } } }`,
    {
      input: {
        partnershipId: ids.owned,
        fromId: ids.a,
        toId: ids.b,
        kind: 'FUNDING',
        amount: { amount: secrets.amount, currency: 'USD' },
      },
    },
  );
  const riskId = (risk.body.data?.riskRaise as { risk: { id: string } }).risk.id;
  world = { marker, ...ids, riskId, secrets };
});

type Permission = 'read' | 'sensitive' | 'identities' | 'admin';
const ALLOWED: Record<Permission, Role[]> = {
  read: ['ADMIN', 'MANAGER', 'ANALYST', 'VIEWER'],
  sensitive: ['ADMIN', 'MANAGER', 'ANALYST'],
  // ANALYST's disclosure level defaults to FULL, VIEWER's to AGGREGATE.
  identities: ['ADMIN', 'MANAGER', 'ANALYST'],
  admin: ['ADMIN'],
};

interface Probe {
  path: string;
  needs: Permission;
  query: () => [string, Record<string, unknown>];
  /** Text that must appear when allowed and never when refused. */
  secret: () => string;
}

const PROBES: Probe[] = [
  {
    path: 'root risks',
    needs: 'sensitive',
    query: () => [
      `query($p: ID!) { risks(first: 5, filter: { partnership: $p }) { nodes { title } } }`,
      { p: world.owned },
    ],
    secret: () => world.secrets.risk,
  },
  {
    path: 'nested Partnership.risks',
    needs: 'sensitive',
    query: () => [`query($p: ID!) { partnership(id: $p) { name risks { nodes { title } } } }`, { p: world.owned }],
    secret: () => world.secrets.risk,
  },
  {
    path: 'node(id) of a Risk',
    needs: 'sensitive',
    query: () => [`query($id: ID!) { node(id: $id) { id ... on Risk { title } } }`, { id: world.riskId }],
    secret: () => world.secrets.risk,
  },
  {
    path: 'nodes(ids) with a Risk',
    needs: 'sensitive',
    query: () => [`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Risk { title } } }`, { ids: [world.riskId] }],
    secret: () => world.secrets.risk,
  },
  {
    path: 'nested Partnership.agreements',
    needs: 'sensitive',
    query: () => [`query($p: ID!) { partnership(id: $p) { agreements { nodes { title } } } }`, { p: world.owned }],
    secret: () => world.secrets.agreement,
  },
  {
    path: 'root conflicts',
    needs: 'sensitive',
    query: () => [
      `query($p: ID!) { conflicts(first: 5, filter: { partnership: $p }) { nodes { title } } }`,
      { p: world.owned },
    ],
    secret: () => world.secrets.conflict,
  },
  {
    path: 'value-flow amounts (nested)',
    needs: 'sensitive',
    query: () => [
      `query($p: ID!) { partnership(id: $p) { valueFlows { nodes { kind amount { amount currency } } } } }`,
      { p: world.owned },
    ],
    secret: () => String(world.secrets.amount),
  },
  {
    path: 'analytics: value concentration',
    needs: 'sensitive',
    query: () => [`{ valueConcentration(first: 100) { elephantFactor elephants { volume } } }`, {}],
    secret: () => String(world.secrets.amount),
  },
  {
    path: 'analytics: identities behind a centrality ranking',
    needs: 'identities',
    query: () => [
      `query($s: [String!]) { centrality(metric: DEGREE, top: 5, filter: { sector: $s }) { matched entries { value participant { name } } } }`,
      { s: [world.marker] },
    ],
    secret: () => `${world.marker} Alpha`,
  },
  {
    path: 'search (participants are public to every role)',
    needs: 'read',
    query: () => [
      `query($t: String!) { search(text: $t, types: [PARTICIPANT]) { node { ... on Participant { name } } } }`,
      // The random tail of the marker: one word for the full-text analyzer.
      { t: world.marker.split('-').pop() as string },
    ],
    secret: () => `${world.marker} Alpha`,
  },
  {
    path: 'audit trail',
    needs: 'admin',
    query: () => [`{ auditTrail(first: 5, filter: { operation: "riskRaise" }) { nodes { operation actor } } }`, {}],
    secret: () => 'riskRaise',
  },
];

describe.each(PROBES)('$path', (probe) => {
  it.each(ROLES)('as %s: allowed → data; not allowed → FORBIDDEN and nothing leaked', async (role) => {
    const [query, variables] = probe.query();
    const answer = await call(role, query, variables);
    if (ALLOWED[probe.needs].includes(role)) {
      expect(codes(answer)).toEqual([]);
      expect(answer.text).toContain(probe.secret());
    } else {
      expect(codes(answer)).toContain('FORBIDDEN');
      expect(answer.text).not.toContain(probe.secret());
      expect(answer.body.errors?.[0]?.message).toMatch(new RegExp(`Role ${role} may not`));
    }
  });
});

describe('writes', () => {
  const raise = (partnershipId: string, title: string) =>
    [
      `mutation($input: RiskRaiseInput!) { riskRaise(input: $input) { risk { id } userErrors { code } } }`,
      {
        input: {
          partnershipId,
          title,
          category: 'LEGAL',
          severity: 'LOW',
          likelihood: 0.1,
          dueAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
    ] as const;

  it.each([
    ['ADMIN', 'owned', true],
    ['ADMIN', 'foreign', true],
    ['MANAGER', 'owned', true],
    ['MANAGER', 'foreign', false],
    ['ANALYST', 'owned', false],
    ['VIEWER', 'owned', false],
  ] as const)('%s raising a risk on the %s partnership: allowed = %s', async (role, which, allowed) => {
    const before = await graphSize(app.gateway);
    const [query, variables] = raise(which === 'owned' ? world.owned : world.foreign, `${role}-${which}`);
    const answer = await call(role, query, variables);
    if (allowed) {
      expect(codes(answer)).toEqual([]);
      expect((await graphSize(app.gateway)).nodes).toBe(before.nodes + 1);
    } else {
      expect(codes(answer)).toEqual(['FORBIDDEN']);
      expect(await graphSize(app.gateway)).toEqual(before);
    }
  });

  it('a MANAGER cannot reach a foreign partnership through a record about it (risk update)', async () => {
    const [query, variables] = raise(world.foreign, 'foreign risk');
    const created = await call('ADMIN', query, variables);
    const riskId = (created.body.data?.riskRaise as { risk: { id: string } }).risk.id;
    const update = `mutation($input: RiskUpdateInput!) { riskUpdate(input: $input) { userErrors { code } } }`;
    const refused = await call('MANAGER', update, { input: { id: riskId, severity: 'CRITICAL' } });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.body.errors?.[0]?.message).toMatch(/changes only partnerships they own/);
  });

  it.each(ROLES)('only ADMIN creates team members (%s)', async (role) => {
    const answer = await call(
      role,
      `mutation($input: TeamMemberCreateInput!) { teamMemberCreate(input: $input) { userErrors { code } } }`,
      { input: { name: `Member ${role}`, role: 'ANALYST', email: `${crypto.randomUUID()}@example.org` } },
    );
    expect(codes(answer)).toEqual(role === 'ADMIN' ? [] : ['FORBIDDEN']);
  });
});

describe('subscriptions', () => {
  async function connect(role: Role): Promise<TestWsClient> {
    const client = wsClient(app.url, { connectionParams: { authorization: `Bearer ${await tokenFor(role)}` } });
    clients.push(client);
    return client;
  }

  it('a VIEWER may not subscribe to risks, and the activity feed leaves risks out for them', async () => {
    const viewer = await connect('VIEWER');
    const refused = viewer.subscribe(RiskRaisedDocument, {});
    const [error] = await refused.firstError();
    expect(error.extensions?.code).toBe('FORBIDDEN');

    const analyst = await connect('ANALYST');
    const before = app.subscriptions.activeSubscriptions();
    const viewerFeed = viewer.subscribe(EcosystemEventsDocument, { kinds: ['RISK_RAISED', 'GRAPH_CHANGED'] });
    const analystFeed = analyst.subscribe(EcosystemEventsDocument, { kinds: ['RISK_RAISED', 'GRAPH_CHANGED'] });
    const started = Date.now();
    while (app.subscriptions.activeSubscriptions() < before + 2 && Date.now() - started < 10_000) await settle(20);

    const title = `FEED-SECRET-${crypto.randomUUID()}`;
    await call(
      'ADMIN',
      ...([
        'mutation($input: RiskRaiseInput!) { riskRaise(input: $input) { userErrors { code } } }',
        {
          input: {
            partnershipId: world.owned,
            title,
            category: 'LEGAL',
            severity: 'LOW',
            likelihood: 0.1,
            dueAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
        },
      ] as const),
    );
    const analystSaw = (await analystFeed.waitFor(2)).map((event) => event.ecosystemEvents.kind).sort();
    expect(analystSaw).toEqual(['GRAPH_CHANGED', 'RISK_RAISED']);
    // Sentinel: a later change the viewer may see must arrive right after the risk's
    // GRAPH_CHANGED, so the RISK_RAISED published between them never reached the viewer.
    const sentinel = await call(
      'ADMIN',
      `mutation($input: TeamMemberCreateInput!) { teamMemberCreate(input: $input) { userErrors { code } } }`,
      { input: { name: 'Feed sentinel', role: 'ANALYST', email: `${crypto.randomUUID()}@example.org` } },
    );
    expect(codes(sentinel)).toEqual([]);
    const viewerSaw = (await viewerFeed.waitFor(2)).slice(0, 2).map((event) => event.ecosystemEvents);
    expect(viewerSaw.map((event) => [event.kind, event.summary.split(' ')[0]])).toEqual([
      ['GRAPH_CHANGED', 'riskRaise'],
      ['GRAPH_CHANGED', 'teamMemberCreate'],
    ]);
    expect(JSON.stringify(viewerFeed.values)).not.toContain(title);
  });
});
