/**
 * Client keys over every mutation that takes one (issue 12, class 6; changes: issue 14, item 8). For each mutation of the
 * schema whose input has a `clientKey`: the first call makes its object; the same key with the
 * same input answers that object again and writes nothing; the same key with different input
 * is refused with the userError IDEMPOTENCY_KEY_REUSED on input.clientKey and writes nothing
 * (it used to answer the first object silently, as if the new request had been done).
 * The cases must name exactly the mutations of the schema with a client key, which is every one.
 */
import { getNamedType, isInputObjectType, isObjectType, type GraphQLObjectType } from 'graphql';
import type { App } from '../../src/app';
import { Policy } from '../../src/auth/policy';
import { buildEcographSchema } from '../../src/server/schema';
import { AgreementExecuteDocument } from '../generated/operations';
import { testToken } from '../support/auth';
import { executeOk } from '../support/graphql-client';
import { graphSnapshot, maintenanceGateway, snapshotDiff } from '../support/graph';
import { buildWorld, type World } from '../support/mutation-world';
import { startTestApp } from '../support/test-app';

jest.setTimeout(300_000);

let app: App;
let world: World;
let mutations: GraphQLObjectType;
/** Records the keyed changes start from, each in the state its change needs. */
const fresh: Record<
  'draft' | 'draft2' | 'conflict' | 'conflict2' | 'conflict3' | 'risk' | 'policy' | 'initiative' | 'committee',
  string
> = {
  initiative: '',
  committee: '',
  draft: '',
  draft2: '',
  conflict: '',
  conflict2: '',
  conflict3: '',
  risk: '',
  policy: '',
};

/** Creates a record through `name` and answers its id. */
async function created(name: string, input: Input): Promise<string> {
  const payload = await send(name, input);
  expect(payload.userErrors).toEqual([]);
  const object = Object.entries(payload).find(([field]) => field !== 'userErrors')?.[1] as { id: string };
  return object.id;
}

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.url, maintenanceGateway(app.driver));
  mutations = (await buildEcographSchema(new Policy())).getMutationType()!;
  const agreement = (title: string) =>
    created('agreementCreate', { partnershipId: world.partnerships.negotiation, title, kind: 'NDA' });
  const conflict = (title: string) => created('conflictOpen', { partnershipId: management(), title });
  fresh.draft = await agreement('Terms to sign');
  fresh.draft2 = await agreement('Terms to negotiate');
  fresh.conflict = await conflict('Conflict to escalate');
  fresh.conflict2 = await conflict('Another conflict');
  fresh.conflict3 = await conflict('Conflict to resolve');
  fresh.risk = await created('riskRaise', {
    partnershipId: management(),
    title: 'Risk to rate',
    category: 'LEGAL',
    severity: 'LOW',
    likelihood: 0.1,
    dueAt: '2030-01-01T00:00:00Z',
  });
  fresh.initiative = await created('initiativeCreate', {
    name: 'Lab to move',
    kind: 'JOINT_PROJECT',
    partnershipId: management(),
    status: 'PLANNED',
    startsAt: '2024-06-01T00:00:00Z',
    endsAt: '2030-01-01T00:00:00Z',
  });
  fresh.policy = await created('policyCreate', { title: 'Policy to apply', area: 'DATA_SHARING', status: 'ACTIVE' });
  fresh.committee = await created('committeeCreate', { name: 'Board to staff', kind: 'ADVISORY' });
  // A party and an owner for the removals to remove (both partnerships allow it in their stage).
  await created('partnershipAddParty', { partnershipId: identification(), participantId: world.participants[4] });
  await created('partnershipAssignOwner', { partnershipId: negotiation(), teamMemberId: world.teamMembers[0] });
});
afterAll(async () => {
  await app.stop();
});

type Input = Record<string, unknown>;
/** A valid input, and the same input asking for something else. */
interface Case {
  input: () => Input;
  changed: (input: Input) => Input;
}

const management = () => world.partnerships.management;
const identification = () => world.partnerships.identification;
const negotiation = () => world.partnerships.negotiation;
const [c, d] = [() => world.parties[management()]![0]!, () => world.parties[management()]![1]!];

const CASES: Record<string, Case> = {
  agreementCreate: {
    input: () => ({ partnershipId: world.partnerships.negotiation, title: 'Keyed terms', kind: 'MASTER_AGREEMENT' }),
    changed: (input) => ({ ...input, title: 'Other terms' }),
  },
  agreementExecute: {
    input: () => ({ id: fresh.draft, signedAt: '2024-03-01T00:00:00Z' }),
    changed: (input) => ({ ...input, signedAt: '2024-03-02T00:00:00Z' }),
  },
  agreementUpdateStatus: {
    input: () => ({ id: fresh.draft2, status: 'NEGOTIATING' }),
    changed: (input) => ({ ...input, status: 'TERMINATED' }),
  },
  committeeAddMember: {
    input: () => ({ committeeId: fresh.committee, teamMemberId: world.teamMembers[0] }),
    changed: (input) => ({ ...input, teamMemberId: world.teamMembers[1] }),
  },
  committeeOversee: {
    input: () => ({ committeeId: fresh.committee, partnershipId: management() }),
    changed: (input) => ({ ...input, partnershipId: negotiation() }),
  },
  committeeCreate: {
    input: () => ({ name: 'Keyed committee', kind: 'ADVISORY' }),
    changed: (input) => ({ ...input, name: 'Other committee' }),
  },
  complianceCheckRecord: {
    input: () => ({
      partnershipId: management(),
      kind: 'DUE_DILIGENCE',
      status: 'PASSED',
      checkedAt: '2024-02-15T00:00:00Z',
    }),
    changed: (input) => ({ ...input, status: 'FAILED' }),
  },
  conflictEscalate: {
    input: () => ({ id: fresh.conflict }),
    changed: () => ({ id: fresh.conflict2 }),
  },
  conflictResolve: {
    input: () => ({ id: fresh.conflict3 }),
    changed: (input) => ({ ...input, resolvedAt: '2020-01-01T00:00:00Z' }),
  },
  conflictOpen: {
    input: () => ({ partnershipId: management(), title: 'Keyed conflict' }),
    changed: (input) => ({ ...input, title: 'Other conflict' }),
  },
  decisionRecord: {
    input: () => ({ partnershipId: management(), title: 'Keyed decision', rationale: 'Because', outcome: 'APPROVED' }),
    changed: (input) => ({ ...input, outcome: 'REJECTED' }),
  },
  goalAddProgress: {
    input: () => ({ goalId: world.goals[0], amount: 1 }),
    changed: (input) => ({ ...input, amount: 2 }),
  },
  goalCreate: {
    input: () => ({
      title: 'Keyed goal',
      horizon: 'SHORT',
      metric: 'SATISFACTION',
      target: 5,
      due: '2030-01-01T00:00:00Z',
    }),
    changed: (input) => ({ ...input, target: 6 }),
  },
  goalUpdateProgress: {
    input: () => ({ goalId: world.goals[1], value: 7, at: '2024-09-01T00:00:00Z' }),
    changed: (input) => ({ ...input, value: 7.5 }),
  },
  initiativeCreate: {
    input: () => ({
      name: 'Keyed lab',
      kind: 'JOINT_PROJECT',
      partnershipId: management(),
      startsAt: '2024-06-01T00:00:00Z',
      endsAt: '2030-01-01T00:00:00Z',
    }),
    changed: (input) => ({ ...input, name: 'Other lab' }),
  },
  importEcosystem: {
    input: () => ({
      document: {
        participants: [
          {
            externalId: 'idem-import',
            name: 'Keyed Import Labs',
            kind: 'STARTUP',
            sector: 'FinTech',
            region: 'Europe',
          },
        ],
      },
    }),
    changed: () => ({
      document: {
        participants: [
          {
            externalId: 'idem-import-2',
            name: 'Other Import Labs',
            kind: 'STARTUP',
            sector: 'FinTech',
            region: 'Europe',
          },
        ],
      },
    }),
  },
  initiativeAddContributor: {
    input: () => ({ initiativeId: fresh.initiative, participantId: world.participants[0], role: 'CONTRIBUTOR' }),
    changed: (input) => ({ ...input, role: 'SPONSOR' }),
  },
  initiativeUpdateStatus: {
    input: () => ({ id: fresh.initiative, status: 'ACTIVE' }),
    changed: (input) => ({ ...input, status: 'CANCELLED' }),
  },
  interactionCorrect: {
    input: () => ({ id: world.interactions[0], reason: 'wrong time', at: '2024-07-01T11:00:00Z' }),
    changed: (input) => ({ ...input, reason: 'wrong day' }),
  },
  interactionRecord: {
    input: () => ({ partnershipId: management(), participantIds: [c()], kind: 'MEETING', at: '2024-08-01T10:00:00Z' }),
    changed: (input) => ({ ...input, participantIds: [c(), d()] }),
  },
  participantCreate: {
    input: () => ({ name: 'Keyed participant', kind: 'COMPANY', sector: 'AI', region: 'Europe' }),
    changed: (input) => ({ ...input, region: 'Asia' }),
  },
  participantUpdate: {
    input: () => ({ id: world.participants[5], name: 'Renamed participant' }),
    changed: (input) => ({ ...input, name: 'Other participant' }),
  },
  partnershipAddParty: {
    input: () => ({ partnershipId: identification(), participantId: world.participants[5], role: 'OBSERVER' }),
    changed: (input) => ({ ...input, role: 'SPONSOR' }),
  },
  partnershipAssignOwner: {
    input: () => ({ partnershipId: identification(), teamMemberId: world.teamMembers[1] }),
    changed: (input) => ({ ...input, teamMemberId: world.teamMembers[0] }),
  },
  partnershipCreate: {
    input: () => ({
      name: 'Keyed venture',
      type: 'TECHNOLOGY',
      subtype: 'API',
      strategicAlignment: 0.5,
      startedAt: '2024-01-01T00:00:00Z',
      parties: [{ participantId: world.participants[0], role: 'LEAD' }],
    }),
    changed: (input) => ({ ...input, strategicAlignment: 0.6 }),
  },
  partnershipMoveStage: {
    input: () => ({ id: world.partnerships.evaluation, to: 'NEGOTIATION', at: '2024-09-01T00:00:00Z' }),
    changed: (input) => ({ ...input, to: 'TERMINATED', reason: 'no fit' }),
  },
  partnershipRemoveOwner: {
    input: () => ({ partnershipId: negotiation(), teamMemberId: world.teamMembers[0] }),
    changed: (input) => ({ ...input, teamMemberId: world.teamMembers[1] }),
  },
  partnershipRemoveParty: {
    input: () => ({ partnershipId: identification(), participantId: world.participants[4] }),
    changed: (input) => ({ ...input, participantId: world.participants[0] }),
  },
  partnershipUpdate: {
    input: () => ({ id: identification(), name: 'Renamed scouting' }),
    changed: (input) => ({ ...input, name: 'Other scouting' }),
  },
  policyApply: {
    input: () => ({ id: fresh.policy, partnershipId: management() }),
    changed: (input) => ({ ...input, partnershipId: world.partnerships.negotiation }),
  },
  policyCreate: {
    input: () => ({ title: 'Keyed policy', area: 'DATA_SHARING', status: 'DRAFT' }),
    changed: (input) => ({ ...input, title: 'Other policy' }),
  },
  riskRaise: {
    input: () => ({
      partnershipId: management(),
      title: 'Keyed risk',
      category: 'LEGAL',
      severity: 'LOW',
      likelihood: 0.1,
      dueAt: '2030-01-01T00:00:00Z',
    }),
    changed: (input) => ({ ...input, severity: 'HIGH' }),
  },
  riskUpdate: {
    input: () => ({ id: fresh.risk, severity: 'HIGH' }),
    changed: (input) => ({ ...input, severity: 'MEDIUM' }),
  },
  surveyRecord: {
    input: () => ({ partnershipId: management(), participantId: c(), score: 7 }),
    changed: (input) => ({ ...input, score: 8 }),
  },
  teamMemberCreate: {
    input: () => ({ name: 'Keyed member', email: 'keyed.member@example.org', role: 'ANALYST' }),
    changed: (input) => ({ ...input, name: 'Other member' }),
  },
  valueFlowCorrect: {
    input: () => ({ id: world.valueFlows[0], reason: 'wrong amount', amount: { amount: 5, currency: 'EUR' } }),
    changed: (input) => ({ ...input, amount: { amount: 6, currency: 'EUR' } }),
  },
  valueFlowRecord: {
    input: () => ({
      partnershipId: management(),
      fromId: c(),
      toId: d(),
      kind: 'FUNDING',
      amount: { amount: 10, currency: 'EUR' },
    }),
    changed: (input) => ({ ...input, amount: { amount: 11, currency: 'EUR' } }),
  },
};

/** Mutations whose input has a clientKey. */
function keyedMutations(): string[] {
  return Object.values(mutations.getFields())
    .filter((field) => {
      const input = field.args.find((arg) => arg.name === 'input');
      const type = input && getNamedType(input.type);
      return isInputObjectType(type) && type.getFields().clientKey !== undefined;
    })
    .map((field) => field.name)
    .sort();
}

interface Payload {
  userErrors: { field: string[]; code: string; message: string }[];
  [object: string]: unknown;
}

async function send(name: string, input: Input): Promise<Payload> {
  const field = mutations.getFields()[name]!;
  const payload = getNamedType(field.type) as GraphQLObjectType;
  // Every object the payload answers, by id: what a retry must answer again.
  const objects = Object.values(payload.getFields())
    .filter((f) => f.name !== 'userErrors' && isObjectType(getNamedType(f.type)))
    .map((f) => `${f.name} { id }`);
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken('ADMIN')}` },
    body: JSON.stringify({
      query: `mutation($input: ${String(field.args[0]!.type)}) { ${name}(input: $input) { ${objects.join(' ')} userErrors { field code message } } }`,
      variables: { input },
    }),
  });
  const body = (await response.json()) as { data?: Record<string, Payload>; errors?: unknown };
  if (!body.data?.[name]) throw new Error(`${name}: ${JSON.stringify(body)}`);
  return body.data[name];
}

const NO_CHANGE = { added: [], removed: [], changed: [], deltas: {} };

describe('client keys of every keyed mutation', () => {
  it('the cases name exactly the mutations with a client key', () => {
    expect(Object.keys(CASES).sort()).toEqual(keyedMutations());
    expect(keyedMutations()).toEqual(Object.keys(mutations.getFields()).sort());
  });

  it.each(Object.keys(CASES))(
    '%s: a retry answers the first object; the same key with other input is IDEMPOTENCY_KEY_REUSED',
    async (name) => {
      const testCase = CASES[name]!;
      const clientKey = `idem-${name}-${Date.now()}`;
      const input = { ...testCase.input(), clientKey };

      const first = await send(name, input);
      expect(first.userErrors).toEqual([]);

      const beforeRetry = await graphSnapshot(app.gateway);
      // The same request again (keys reordered and the key padded: still the same request).
      const retried = await send(name, { clientKey: `  ${clientKey} `, ...testCase.input() });
      expect(retried).toEqual(first);
      expect(snapshotDiff(beforeRetry, await graphSnapshot(app.gateway))).toEqual(NO_CHANGE);

      const reused = await send(name, { ...testCase.changed(testCase.input()), clientKey });
      expect(reused.userErrors).toEqual([
        {
          field: ['input', 'clientKey'],
          code: 'IDEMPOTENCY_KEY_REUSED',
          message: expect.stringMatching(/already used for a request with different content: send a new key/),
        },
      ]);
      for (const [field, value] of Object.entries(reused)) if (field !== 'userErrors') expect(value).toBeNull();
      expect(snapshotDiff(beforeRetry, await graphSnapshot(app.gateway))).toEqual(NO_CHANGE);
    },
  );
});

describe('two first calls with the same key at once', () => {
  it('apply a keyed change once: the second waits on the first and answers as its retry', async () => {
    const before = await app.gateway.graphVersion();
    const pairs = 8;
    for (let i = 0; i < pairs; i++) {
      const input = { id: world.participants[5], name: `Raced rename ${i}`, clientKey: `race-${i}-${Date.now()}` };
      const [first, second] = await Promise.all([send('participantUpdate', input), send('participantUpdate', input)]);
      expect(first.userErrors).toEqual([]);
      expect(second).toEqual(first);
    }
    // One committed change per key: a second application would move the version twice.
    expect((await app.gateway.graphVersion()) - before).toBe(pairs);
  });
});

describe('a retried agreementExecute', () => {
  it('answers the first outcome when the first answer was lost, and executes once', async () => {
    const id = await created('agreementCreate', {
      partnershipId: world.partnerships.negotiation,
      title: 'Terms signed once',
      kind: 'NDA',
    });
    const input = { id, signedAt: '2024-04-01T00:00:00Z', clientKey: `execute-${Date.now()}` };
    const first = await executeOk(app.url, AgreementExecuteDocument, { input });
    expect(first.agreementExecute?.userErrors).toEqual([]);
    expect(first.agreementExecute?.agreement).toMatchObject({
      status: 'EXECUTED',
      signedAt: '2024-04-01T00:00:00.000Z',
    });

    // The client never saw that answer and sends the request again: the same outcome.
    const beforeRetry = await graphSnapshot(app.gateway);
    const retried = await executeOk(app.url, AgreementExecuteDocument, { input });
    expect(retried).toEqual(first);
    expect(snapshotDiff(beforeRetry, await graphSnapshot(app.gateway))).toEqual(NO_CHANGE);

    // Without the key the same request is a second execution, which the agreement refuses.
    const { clientKey: _key, ...unkeyed } = input;
    const again = await executeOk(app.url, AgreementExecuteDocument, { input: unkeyed });
    expect(again.agreementExecute?.agreement).toBeNull();
    expect(again.agreementExecute?.userErrors.map((error) => error.code)).toEqual(['INVALID']);
  });
});
