/**
 * MANAGER's row rule over every mutation of the schema (issue 12, class 6). A MANAGER who owns
 * some partnerships sends every mutation against a partnership they do not own, or a record of
 * it: each must answer FORBIDDEN and write nothing — unless the mutation is declared open to
 * every MANAGER (it touches no partnership) or ADMIN-only (refused by role). The table of
 * cases must name exactly the schema's mutations, so a new mutation fails this test until it
 * says how the rule applies to it. (Issue 12 found initiativeUpdateStatus and
 * initiativeAddContributor changing a foreign partnership's initiatives.)
 */
import { decodeGlobalId } from '../../src/core/global-id';
import type { App } from '../../src/app';
import { Policy } from '../../src/auth/policy';
import { ADMIN_MUTATIONS } from '../../src/auth/access-rules';
import { buildEcographSchema } from '../../src/server/schema';
import { testToken } from '../support/auth';
import { graphSnapshot, maintenanceGateway, snapshotDiff } from '../support/graph';
import { buildWorld, type World } from '../support/mutation-world';
import { startTestApp } from '../support/test-app';

jest.setTimeout(300_000);

let app: App;
let world: World;
/** Records of the foreign partnership, made by ADMIN. */
let foreign: Record<'partnership' | 'risk' | 'conflict' | 'goal' | 'initiative' | 'interaction' | 'valueFlow', string>;

interface Answer {
  data?: Record<string, { userErrors?: { code: string; message: string }[] } | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function mutate(token: string, name: string, inputType: string, input: unknown): Promise<Answer> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation($input: ${inputType}) { ${name}(input: $input) { __typename userErrors { code message } } }`,
      variables: { input },
    }),
  });
  return (await response.json()) as Answer;
}

const admin = () => testToken('ADMIN');
/** The manager is world.teamMembers[0]: owner of the evaluation and management partnerships. */
const manager = () => testToken('MANAGER', world.teamMembers[0]);

async function adminMade(name: string, inputType: string, input: unknown, object: string): Promise<string> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await admin()}` },
    body: JSON.stringify({
      query: `mutation($input: ${inputType}!) { ${name}(input: $input) { ${object} { id } userErrors { message } } }`,
      variables: { input },
    }),
  });
  const body = (await response.json()) as { data: Record<string, Record<string, { id: string } | null>> };
  const made = body.data[name]?.[object];
  if (!made) throw new Error(`${name} failed: ${JSON.stringify(body)}`);
  return made.id;
}

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.url, maintenanceGateway(app.driver));
  const partnership = world.partnerships.negotiation; // owned by teamMembers[1] only
  const [b, c] = world.parties[partnership] as [string, string];
  const at = '2024-07-01T10:00:00Z';
  foreign = {
    partnership,
    risk: await adminMade(
      'riskRaise',
      'RiskRaiseInput',
      {
        partnershipId: partnership,
        title: 'Foreign risk',
        category: 'LEGAL',
        severity: 'LOW',
        likelihood: 0.1,
        dueAt: '2030-01-01T00:00:00Z',
      },
      'risk',
    ),
    conflict: await adminMade(
      'conflictOpen',
      'ConflictOpenInput',
      { partnershipId: partnership, title: 'Foreign conflict' },
      'conflict',
    ),
    goal: await adminMade(
      'goalCreate',
      'GoalCreateInput',
      {
        partnershipId: partnership,
        title: 'Foreign goal',
        horizon: 'SHORT',
        metric: 'SATISFACTION',
        target: 8,
        due: '2030-01-01T00:00:00Z',
      },
      'goal',
    ),
    initiative: await adminMade(
      'initiativeCreate',
      'InitiativeCreateInput',
      {
        partnershipId: partnership,
        name: 'Foreign lab',
        kind: 'JOINT_PROJECT',
        startsAt: '2024-06-01T00:00:00Z',
        endsAt: '2030-01-01T00:00:00Z',
      },
      'initiative',
    ),
    interaction: await adminMade(
      'interactionRecord',
      'InteractionRecordInput',
      { partnershipId: partnership, participantIds: [b, c], kind: 'MEETING', at },
      'interaction',
    ),
    valueFlow: await adminMade(
      'valueFlowRecord',
      'ValueFlowRecordInput',
      { partnershipId: partnership, fromId: b, toId: c, kind: 'FUNDING', amount: { amount: 100, currency: 'EUR' }, at },
      'valueFlow',
    ),
  };
});
afterAll(async () => {
  await app.stop();
});

/** How the rule applies to a mutation, with an input aimed at the foreign partnership. */
type Case = { expect: 'FORBIDDEN' | 'OPEN'; input: () => Record<string, unknown> };

const forbidden = (input: () => Record<string, unknown>): Case => ({ expect: 'FORBIDDEN', input });
/** Touches no partnership: every MANAGER may run it. */
const open = (input: () => Record<string, unknown>): Case => ({ expect: 'OPEN', input });

const F = () => foreign.partnership;
const party = (i: number) => world.parties[foreign.partnership]![i]!;

const CASES: Record<string, Case> = {
  agreementCreate: forbidden(() => ({ partnershipId: F(), title: 'Foreign terms', kind: 'MASTER_AGREEMENT' })),
  agreementExecute: forbidden(() => ({ id: world.agreements[0], signedAt: '2024-03-15T00:00:00Z' })),
  agreementUpdateStatus: forbidden(() => ({ id: world.agreements[1], status: 'NEGOTIATING' })),
  committeeAddMember: forbidden(() => ({ committeeId: world.policies[0], teamMemberId: world.teamMembers[0] })),
  committeeCreate: forbidden(() => ({ name: 'Shadow board', kind: 'ADVISORY' })),
  committeeOversee: forbidden(() => ({ committeeId: world.policies[0], partnershipId: F() })),
  complianceCheckRecord: forbidden(() => ({
    partnershipId: F(),
    kind: 'DUE_DILIGENCE',
    status: 'PASSED',
    checkedAt: '2024-02-15T00:00:00Z',
  })),
  conflictEscalate: forbidden(() => ({ id: foreign.conflict })),
  conflictOpen: forbidden(() => ({ partnershipId: F(), title: 'Another conflict' })),
  conflictResolve: forbidden(() => ({ id: foreign.conflict })),
  decisionRecord: forbidden(() => ({
    partnershipId: F(),
    title: 'Go ahead',
    rationale: 'Because',
    outcome: 'APPROVED',
  })),
  goalAddProgress: forbidden(() => ({ goalId: foreign.goal, amount: 1 })),
  goalCreate: forbidden(() => ({
    partnershipId: F(),
    title: 'Another goal',
    horizon: 'SHORT',
    metric: 'SATISFACTION',
    target: 5,
    due: '2030-01-01T00:00:00Z',
  })),
  goalUpdateProgress: forbidden(() => ({ goalId: foreign.goal, value: 3, at: '2024-08-01T00:00:00Z' })),
  initiativeAddContributor: forbidden(() => ({
    initiativeId: foreign.initiative,
    participantId: party(0),
    role: 'CONTRIBUTOR',
  })),
  initiativeCreate: forbidden(() => ({
    partnershipId: F(),
    name: 'Another lab',
    kind: 'JOINT_PROJECT',
    startsAt: '2024-06-01T00:00:00Z',
    endsAt: '2030-01-01T00:00:00Z',
  })),
  initiativeUpdateStatus: forbidden(() => ({ id: foreign.initiative, status: 'ACTIVE' })),
  interactionCorrect: forbidden(() => ({ id: foreign.interaction, reason: 'wrong date', at: '2024-07-02T10:00:00Z' })),
  // Keys name stored records by their ecograph ids (these have no externalId).
  importEcosystem: forbidden(() => ({
    document: {
      interactions: [
        {
          externalId: 'foreign-meeting',
          partnership: decodeGlobalId(F())!.id,
          kind: 'MEETING',
          at: '2024-07-03T10:00:00Z',
          participants: [decodeGlobalId(party(0))!.id],
        },
      ],
    },
  })),
  interactionRecord: forbidden(() => ({
    partnershipId: F(),
    participantIds: [party(0)],
    kind: 'MEETING',
    at: '2024-07-03T10:00:00Z',
  })),
  participantCreate: open(() => ({ name: 'Newcomer', kind: 'COMPANY', sector: 'AI', region: 'Europe' })),
  participantUpdate: open(() => ({ id: world.participants[5], region: 'Asia' })),
  partnershipAddParty: forbidden(() => ({ partnershipId: F(), participantId: world.participants[0] })),
  partnershipAssignOwner: forbidden(() => ({ partnershipId: F(), teamMemberId: world.teamMembers[0] })),
  partnershipCreate: open(() => ({
    name: 'Own venture',
    type: 'TECHNOLOGY',
    subtype: 'API',
    strategicAlignment: 0.5,
    startedAt: '2024-01-01T00:00:00Z',
    parties: [{ participantId: world.participants[0], role: 'LEAD' }],
  })),
  partnershipMoveStage: forbidden(() => ({ id: F(), to: 'TERMINATED', at: '2024-08-01T00:00:00Z', reason: 'no fit' })),
  partnershipRemoveOwner: forbidden(() => ({ partnershipId: F(), teamMemberId: world.teamMembers[1] })),
  partnershipRemoveParty: forbidden(() => ({ partnershipId: F(), participantId: party(1) })),
  partnershipUpdate: forbidden(() => ({ id: F(), name: 'Renamed by a stranger' })),
  policyApply: forbidden(() => ({ id: world.policies[1], partnershipId: F() })),
  policyCreate: forbidden(() => ({ title: 'Shadow policy', area: 'DATA_SHARING', status: 'DRAFT' })),
  riskRaise: forbidden(() => ({
    partnershipId: F(),
    title: 'Another risk',
    category: 'LEGAL',
    severity: 'LOW',
    likelihood: 0.1,
    dueAt: '2030-01-01T00:00:00Z',
  })),
  riskUpdate: forbidden(() => ({ id: foreign.risk, severity: 'CRITICAL' })),
  surveyRecord: forbidden(() => ({ partnershipId: F(), participantId: party(0), score: 7 })),
  teamMemberCreate: forbidden(() => ({ name: 'Intruder', email: 'intruder@example.org', role: 'ANALYST' })),
  valueFlowCorrect: forbidden(() => ({
    id: foreign.valueFlow,
    reason: 'wrong amount',
    amount: { amount: 50, currency: 'EUR' },
  })),
  valueFlowRecord: forbidden(() => ({
    partnershipId: F(),
    fromId: party(0),
    toId: party(1),
    kind: 'FUNDING',
    amount: { amount: 10, currency: 'EUR' },
  })),
};

describe('MANAGER row rule over every mutation', () => {
  it('the cases name exactly the mutations of the schema', async () => {
    const schema = await buildEcographSchema(new Policy());
    const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
    expect(Object.keys(CASES).sort()).toEqual(mutations);
    // ADMIN-only mutations are refused by role; they are FORBIDDEN cases too.
    for (const name of ADMIN_MUTATIONS) expect(CASES[name]?.expect).toBe('FORBIDDEN');
  });

  it('every mutation aimed at a partnership the manager does not own is FORBIDDEN and writes nothing', async () => {
    const schema = await buildEcographSchema(new Policy());
    const fields = schema.getMutationType()!.getFields();
    const failures: string[] = [];
    for (const [name, testCase] of Object.entries(CASES)) {
      const before = await graphSnapshot(app.gateway);
      const inputType = String(fields[name]!.args.find((arg) => arg.name === 'input')!.type);
      const answer = await mutate(await manager(), name, inputType, testCase.input());
      const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
      const diff = snapshotDiff(before, await graphSnapshot(app.gateway));
      if (testCase.expect === 'FORBIDDEN') {
        if (codes.join() !== 'FORBIDDEN') failures.push(`${name}: not FORBIDDEN: ${JSON.stringify(answer)}`);
        if (diff.added.length + diff.removed.length + diff.changed.length > 0)
          failures.push(`${name}: wrote ${JSON.stringify(diff)}`);
      } else if (codes.length > 0 || (answer.data?.[name]?.userErrors ?? []).length > 0) {
        failures.push(`${name}: open to every MANAGER, but refused: ${JSON.stringify(answer)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('the same manager changes the initiatives of a partnership they own', async () => {
    const initiative = await adminMade(
      'initiativeCreate',
      'InitiativeCreateInput',
      {
        partnershipId: world.partnerships.management,
        name: 'Own lab',
        kind: 'JOINT_PROJECT',
        startsAt: '2024-06-01T00:00:00Z',
        endsAt: '2030-01-01T00:00:00Z',
      },
      'initiative',
    );
    const status = await mutate(await manager(), 'initiativeUpdateStatus', 'InitiativeUpdateStatusInput!', {
      id: initiative,
      status: 'ACTIVE',
    });
    expect(status.errors).toBeUndefined();
    expect(status.data?.initiativeUpdateStatus?.userErrors).toEqual([]);
    const contributor = await mutate(await manager(), 'initiativeAddContributor', 'InitiativeAddContributorInput!', {
      initiativeId: initiative,
      participantId: world.parties[world.partnerships.management]![0],
      role: 'CONTRIBUTOR',
    });
    expect(contributor.errors).toBeUndefined();
    expect(contributor.data?.initiativeAddContributor?.userErrors).toEqual([]);
  });
});
