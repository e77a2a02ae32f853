/** Team members, committees, goals and initiatives end to end: GraphQL over HTTP → Neo4j and back. */
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import { expectGlobalId, toGlobalId } from '../../src/core/global-id';
import { lockGoal } from '../../src/modules/goal/goal.queries';
import {
  CommitteeAddMemberDocument,
  CommitteeCreateDocument,
  CommitteeDocument,
  CommitteeOverseeDocument,
  CommitteesDocument,
  GoalCreateDocument,
  GoalDocument,
  GoalsDocument,
  GoalsWithLinksDocument,
  GoalUpdateProgressDocument,
  InitiativeAddContributorDocument,
  InitiativeCreateDocument,
  InitiativeDocument,
  InitiativesDocument,
  InitiativeUpdateStatusDocument,
  ParticipantInitiativesDocument,
  PartnershipTeamGoalsInitiativesDocument,
  TeamGoalsInitiativesNodeDocument,
  TeamMemberCreateDocument,
  TeamMemberDocument,
  TeamMembersDocument,
  type GoalCreateInput,
  type GoalUpdateProgressInput,
  type InitiativeCreateInput,
  type TeamMemberCreateInput,
} from '../generated/operations';
import { execute, executeOk, mutateOk } from '../support/graphql-client';
import { graphSize, uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

let app: App;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();
/** A well-formed global id of the given type that names no node. */
const unknownId = (type: string) => toGlobalId(type, crypto.randomUUID());
const codes = (errors: { field: string[]; code: string }[]) => errors.map((e) => [e.field.join('.'), e.code]);

/** Runs `work` and asserts it changed neither the node nor the relationship count. */
async function unchanged<T>(work: () => Promise<T>): Promise<T> {
  const before = await graphSize(app.gateway);
  const result = await work();
  expect(await graphSize(app.gateway)).toEqual(before);
  return result;
}

async function partnershipFixture(name = uniqueMarker('Alliance')): Promise<string> {
  const key = crypto.randomUUID();
  await app.gateway.writeRows({
    cypher: `CREATE (:Partnership {id: $key, name: $name, type: 'RESEARCH', subtype: 'ACADEMIC', stage: 'MANAGEMENT',
  strategicAlignment: 0.7, startedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})`,
    params: { key, name },
  });
  return toGlobalId('Partnership', key);
}

async function participantFixtures(count: number): Promise<string[]> {
  const keys = Array.from({ length: count }, () => crypto.randomUUID());
  await app.gateway.writeRows({
    cypher: `UNWIND range(0, size($keys) - 1) AS i
CREATE (:Participant {id: $keys[i], name: 'Contributor ' + toString(i), kind: 'UNIVERSITY', sector: 'Education',
  region: 'Europe', tier: 'CORE', status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})`,
    params: { keys },
  });
  return keys.map((key) => toGlobalId('Participant', key));
}

function memberInput(overrides: Partial<TeamMemberCreateInput> = {}): TeamMemberCreateInput {
  return {
    name: 'Grace Hopper',
    role: 'PARTNERSHIP_MANAGER',
    email: `${uniqueMarker('grace')}@ecograph.example`,
    ...overrides,
  };
}

async function createMember(overrides: Partial<TeamMemberCreateInput> = {}) {
  const result = await mutateOk(app.url, TeamMemberCreateDocument, { input: memberInput(overrides) });
  expect(result.teamMemberCreate.userErrors).toEqual([]);
  return result.teamMemberCreate.teamMember!;
}

async function createCommittee(name = uniqueMarker('Committee')) {
  const result = await mutateOk(app.url, CommitteeCreateDocument, { input: { name, kind: 'STEERING' } });
  expect(result.committeeCreate.userErrors).toEqual([]);
  return result.committeeCreate.committee!;
}

function goalInput(overrides: Partial<GoalCreateInput> = {}): GoalCreateInput {
  return {
    title: 'Grow joint revenue',
    horizon: 'SHORT',
    metric: 'VALUE',
    target: 200_000,
    due: iso(90),
    ...overrides,
  };
}

async function createGoal(overrides: Partial<GoalCreateInput> = {}) {
  const result = await mutateOk(app.url, GoalCreateDocument, { input: goalInput(overrides) });
  expect(result.goalCreate.userErrors).toEqual([]);
  return result.goalCreate.goal!;
}

const progress = (input: GoalUpdateProgressInput) => mutateOk(app.url, GoalUpdateProgressDocument, { input });

function initiativeInput(overrides: Partial<InitiativeCreateInput> = {}): InitiativeCreateInput {
  return { name: uniqueMarker('Lab'), kind: 'INNOVATION_LAB', startsAt: iso(-10), endsAt: iso(50), ...overrides };
}

describe('team members', () => {
  it('create → read → list by role and name; the e-mail is stored in lower case', async () => {
    const role = 'CHIEF_PARTNERSHIP_OFFICER' as const;
    const before = await executeOk(app.url, TeamMembersDocument, { first: 1, filter: { role: [role] } });
    const email = `${uniqueMarker('Ada.Lovelace')}@EcoGraph.Example`;
    const ada = await createMember({ name: '  Ada Lovelace ', role, email });
    expect(ada).toMatchObject({ name: 'Ada Lovelace', role, email: email.toLowerCase() });
    await createMember({ name: 'Aaron Aardvark', role });

    const read = await executeOk(app.url, TeamMemberDocument, { id: ada.id });
    expect(read.teamMember).toMatchObject({
      ...ada,
      ownedPartnerships: { totalCount: 0 },
      committees: { totalCount: 0 },
    });
    const node = await executeOk(app.url, TeamGoalsInitiativesNodeDocument, { id: ada.id });
    expect(node.node).toEqual({ id: ada.id, __typename: 'TeamMember' });

    const listed = await executeOk(app.url, TeamMembersDocument, {
      first: 100,
      filter: { role: [role] },
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    expect(listed.teamMembers.totalCount).toBe(before.teamMembers.totalCount + 2);
    expect(listed.teamMembers.nodes.every((member) => member.role === role)).toBe(true);
    const names = listed.teamMembers.nodes.map((member) => member.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['Aaron Aardvark', 'Ada Lovelace']));

    const newest = await executeOk(app.url, TeamMembersDocument, {
      first: 1,
      orderBy: { field: 'CREATED_AT', direction: 'DESC' },
    });
    expect(newest.teamMembers.nodes[0]?.name).toBe('Aaron Aardvark');
  });

  it('TeamMember.ownedPartnerships and Partnership.owners walk OWNS both ways', async () => {
    const owner = await createMember({ name: 'Owen Owner' });
    const coOwner = await createMember({ name: 'Cora Co-owner' });
    const partnership = await partnershipFixture();
    await app.gateway.writeRows({
      cypher: `MATCH (p:Partnership {id: $p}), (t:TeamMember) WHERE t.id IN $owners CREATE (t)-[:OWNS]->(p)`,
      params: {
        p: expectGlobalId(partnership, 'Partnership'),
        owners: [owner.id, coOwner.id].map((id) => expectGlobalId(id, 'TeamMember')),
      },
    });

    const read = await executeOk(app.url, TeamMemberDocument, { id: owner.id });
    expect(read.teamMember?.ownedPartnerships).toEqual({
      totalCount: 1,
      nodes: [{ id: partnership, name: expect.any(String) }],
    });
    const links = await executeOk(app.url, PartnershipTeamGoalsInitiativesDocument, { id: partnership });
    const owners = links.node && 'owners' in links.node ? links.node.owners : undefined;
    expect(owners?.totalCount).toBe(2);
    expect(owners?.nodes.map((member) => member.name)).toEqual(['Cora Co-owner', 'Owen Owner']);
  });

  it('refuses a short name and an invalid e-mail, changing nothing', async () => {
    const result = await unchanged(() =>
      mutateOk(app.url, TeamMemberCreateDocument, { input: memberInput({ name: 'X', email: 'not-an-email' }) }),
    );
    expect(result.teamMemberCreate.teamMember).toBeNull();
    expect(codes(result.teamMemberCreate.userErrors)).toEqual([
      ['input.name', 'TOO_SHORT'],
      ['input.email', 'INVALID'],
    ]);
    for (const email of ['a@b', 'two@@example.org', 'blank space@example.org', '@example.org']) {
      const refused = await unchanged(() =>
        mutateOk(app.url, TeamMemberCreateDocument, { input: memberInput({ email }) }),
      );
      expect(codes(refused.teamMemberCreate.userErrors)).toEqual([['input.email', 'INVALID']]);
    }
  });

  it('refuses an e-mail already in the team (whatever its case) with DUPLICATE, changing nothing', async () => {
    const email = `${uniqueMarker('dup')}@ecograph.example`;
    await createMember({ email });
    const result = await unchanged(() =>
      mutateOk(app.url, TeamMemberCreateDocument, { input: memberInput({ email: email.toUpperCase() }) }),
    );
    expect(codes(result.teamMemberCreate.userErrors)).toEqual([['input.email', 'DUPLICATE']]);
  });

  it('refuses an unknown role through GraphQL validation, changing nothing', async () => {
    const result = await unchanged(() =>
      execute(app.url, TeamMemberCreateDocument, { input: memberInput({ role: 'INTERN' as never }) }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a retried create with the same client key makes one member', async () => {
    const input = memberInput({ clientKey: uniqueMarker('member-key') });
    const before = await graphSize(app.gateway);
    const first = await mutateOk(app.url, TeamMemberCreateDocument, { input });
    const second = await mutateOk(app.url, TeamMemberCreateDocument, { input });
    expect(second.teamMemberCreate.teamMember).toEqual(first.teamMemberCreate.teamMember);
    expect(second.teamMemberCreate.userErrors).toEqual([]);
    expect((await graphSize(app.gateway)).nodes).toBe(before.nodes + 1);
  });
});

describe('committees', () => {
  it('create, add members (idempotently), oversee partnerships (idempotently), walk every direction', async () => {
    const committee = await createCommittee('Steering Board');
    expect(committee).toMatchObject({ name: 'Steering Board', kind: 'STEERING' });
    const member = await createMember({ name: 'Mia Member' });
    const partnership = await partnershipFixture();

    const before = await graphSize(app.gateway);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const added = await mutateOk(app.url, CommitteeAddMemberDocument, {
        input: { committeeId: committee.id, teamMemberId: member.id },
      });
      expect(added.committeeAddMember.userErrors).toEqual([]);
      expect(added.committeeAddMember.committee?.members.totalCount).toBe(1);
      expect(added.committeeAddMember.teamMember?.id).toBe(member.id);

      const overseen = await mutateOk(app.url, CommitteeOverseeDocument, {
        input: { committeeId: committee.id, partnershipId: partnership },
      });
      expect(overseen.committeeOversee.userErrors).toEqual([]);
      expect(overseen.committeeOversee.committee?.partnerships.totalCount).toBe(1);
      expect(overseen.committeeOversee.partnership?.id).toBe(partnership);
    }
    // One MEMBER_OF and one OVERSEES however often they were asked for.
    expect(await graphSize(app.gateway)).toEqual({ nodes: before.nodes, relationships: before.relationships + 2 });

    const read = await executeOk(app.url, CommitteeDocument, { id: committee.id });
    expect(read.committee?.members.nodes.map((m) => m.id)).toEqual([member.id]);
    expect(read.committee?.partnerships.nodes.map((p) => p.id)).toEqual([partnership]);
    const memberView = await executeOk(app.url, TeamMemberDocument, { id: member.id });
    expect(memberView.teamMember?.committees.nodes.map((c) => c.id)).toEqual([committee.id]);
    const partnershipView = await executeOk(app.url, PartnershipTeamGoalsInitiativesDocument, { id: partnership });
    const committees =
      partnershipView.node && 'committees' in partnershipView.node ? partnershipView.node.committees : null;
    expect(committees?.nodes.map((c) => c.id)).toEqual([committee.id]);

    const filtered = await executeOk(app.url, CommitteesDocument, {
      first: 10,
      filter: { partnership, kind: ['STEERING'] },
    });
    expect(filtered.committees.nodes.map((c) => c.id)).toEqual([committee.id]);
    const otherKind = await executeOk(app.url, CommitteesDocument, {
      first: 10,
      filter: { partnership, kind: ['ADVISORY'] },
    });
    expect(otherKind.committees.totalCount).toBe(0);
  });

  it('refuses ids of the wrong type (WRONG_TYPE) and unknown ids (NOT_FOUND), changing nothing', async () => {
    const committee = await createCommittee();
    const member = await createMember();
    const partnership = await partnershipFixture();

    const wrong = await unchanged(() =>
      mutateOk(app.url, CommitteeAddMemberDocument, { input: { committeeId: member.id, teamMemberId: committee.id } }),
    );
    expect(codes(wrong.committeeAddMember.userErrors)).toEqual([
      ['input.committeeId', 'WRONG_TYPE'],
      ['input.teamMemberId', 'WRONG_TYPE'],
    ]);
    const missing = await unchanged(() =>
      mutateOk(app.url, CommitteeAddMemberDocument, {
        input: { committeeId: committee.id, teamMemberId: unknownId('TeamMember') },
      }),
    );
    expect(codes(missing.committeeAddMember.userErrors)).toEqual([['input.teamMemberId', 'NOT_FOUND']]);
    expect(missing.committeeAddMember.committee).toBeNull();

    const wrongOversee = await unchanged(() =>
      mutateOk(app.url, CommitteeOverseeDocument, { input: { committeeId: committee.id, partnershipId: member.id } }),
    );
    expect(codes(wrongOversee.committeeOversee.userErrors)).toEqual([['input.partnershipId', 'WRONG_TYPE']]);
    const missingOversee = await unchanged(() =>
      mutateOk(app.url, CommitteeOverseeDocument, {
        input: { committeeId: unknownId('Committee'), partnershipId: partnership },
      }),
    );
    expect(codes(missingOversee.committeeOversee.userErrors)).toEqual([['input.committeeId', 'NOT_FOUND']]);
  });

  it('refuses a blank or short name; a retried create with the same client key makes one committee', async () => {
    const refused = await unchanged(() =>
      mutateOk(app.url, CommitteeCreateDocument, { input: { name: ' ', kind: 'ADVISORY', clientKey: 'short' } }),
    );
    expect(codes(refused.committeeCreate.userErrors)).toEqual([
      ['input.name', 'REQUIRED'],
      ['input.clientKey', 'TOO_SHORT'],
    ]);

    const input = { name: 'Ethics Board', kind: 'ETHICS_BOARD' as const, clientKey: uniqueMarker('committee-key') };
    const before = await graphSize(app.gateway);
    const first = await mutateOk(app.url, CommitteeCreateDocument, { input });
    const second = await mutateOk(app.url, CommitteeCreateDocument, { input });
    expect(second.committeeCreate.committee).toEqual(first.committeeCreate.committee);
    expect((await graphSize(app.gateway)).nodes).toBe(before.nodes + 1);
  });
});

describe('goals', () => {
  it('create a partnership goal and an ecosystem goal; read them, their links and filter them', async () => {
    const owner = await createMember({ name: 'Gina Goalkeeper' });
    const partnership = await partnershipFixture();
    const goal = await createGoal({
      title: ' Joint revenue ',
      partnershipId: partnership,
      ownerId: owner.id,
      due: iso(30),
    });
    expect(goal).toMatchObject({
      title: 'Joint revenue',
      horizon: 'SHORT',
      metric: 'VALUE',
      target: 200_000,
      actual: 0,
      attainment: 0,
      status: 'ON_TRACK',
      partnership: { id: partnership },
      owner: { id: owner.id },
    });
    const ecosystem = await createGoal({
      title: 'Active partnerships',
      metric: 'ACTIVE_PARTNERSHIPS',
      horizon: 'LONG',
      target: 40,
      ownerId: owner.id,
      due: iso(400),
    });
    expect(ecosystem).toMatchObject({ metric: 'ACTIVE_PARTNERSHIPS', partnership: null });

    // The metric is stored in lower case (the data-model contract) and shown as the enum.
    const [stored] = await app.gateway.readRows({
      cypher: 'MATCH (g:Goal {id: $id}) RETURN g.metric AS metric',
      params: { id: expectGlobalId(ecosystem.id, 'Goal') },
    });
    expect(stored?.metric).toBe('active_partnerships');

    const read = await executeOk(app.url, GoalDocument, { id: goal.id });
    expect(read.goal).toMatchObject({
      id: goal.id,
      partnership: { id: partnership },
      owner: { name: 'Gina Goalkeeper' },
    });
    expect(read.goal?.progress.totalCount).toBe(0);
    const node = await executeOk(app.url, TeamGoalsInitiativesNodeDocument, { id: goal.id });
    expect(node.node?.__typename).toBe('Goal');

    const byOwner = await executeOk(app.url, GoalsDocument, { first: 10, filter: { owner: owner.id } });
    expect(byOwner.goals.nodes.map((g) => g.id)).toEqual([goal.id, ecosystem.id]); // by due, soonest first
    const byMetric = await executeOk(app.url, GoalsDocument, {
      first: 10,
      filter: { owner: owner.id, metric: ['ACTIVE_PARTNERSHIPS'], horizon: ['LONG'] },
    });
    expect(byMetric.goals.nodes.map((g) => g.id)).toEqual([ecosystem.id]);
    const byPartnership = await executeOk(app.url, GoalsDocument, { first: 10, filter: { partnership } });
    expect(byPartnership.goals.nodes.map((g) => g.id)).toEqual([goal.id]);
    const dueWindow = await executeOk(app.url, GoalsDocument, {
      first: 10,
      filter: { owner: owner.id, dueFrom: iso(100), dueBefore: iso(500) },
      orderBy: { field: 'DUE', direction: 'DESC' },
    });
    expect(dueWindow.goals.nodes.map((g) => g.id)).toEqual([ecosystem.id]);

    const links = await executeOk(app.url, PartnershipTeamGoalsInitiativesDocument, { id: partnership });
    const goals = links.node && 'goals' in links.node ? links.node.goals : null;
    expect(goals?.nodes.map((g) => g.id)).toEqual([goal.id]);
  });

  it('refuses bad input with stable codes, changing nothing', async () => {
    const partnership = await partnershipFixture();
    const member = await createMember();
    const invalid = await unchanged(() =>
      mutateOk(app.url, GoalCreateDocument, {
        input: goalInput({ title: 'X', target: 0, partnershipId: member.id, ownerId: partnership, clientKey: 'k' }),
      }),
    );
    expect(invalid.goalCreate.goal).toBeNull();
    expect(codes(invalid.goalCreate.userErrors)).toEqual([
      ['input.title', 'TOO_SHORT'],
      ['input.target', 'OUT_OF_RANGE'],
      ['input.partnershipId', 'WRONG_TYPE'],
      ['input.ownerId', 'WRONG_TYPE'],
      ['input.clientKey', 'TOO_SHORT'],
    ]);

    const cases: [Partial<GoalCreateInput>, string[][]][] = [
      [{ target: -5 }, [['input.target', 'OUT_OF_RANGE']]],
      [{ metric: 'SATISFACTION', target: 11 }, [['input.target', 'OUT_OF_RANGE']]],
      [{ metric: 'ACTIVE_PARTNERSHIPS', partnershipId: partnership }, [['input.metric', 'INVALID']]],
      [{ due: '1850-01-01T00:00:00Z' }, [['input.due', 'OUT_OF_RANGE']]],
      [{ partnershipId: unknownId('Partnership') }, [['input.partnershipId', 'NOT_FOUND']]],
      [{ ownerId: unknownId('TeamMember') }, [['input.ownerId', 'NOT_FOUND']]],
    ];
    for (const [overrides, expected] of cases) {
      const result = await unchanged(() => mutateOk(app.url, GoalCreateDocument, { input: goalInput(overrides) }));
      expect(codes(result.goalCreate.userErrors)).toEqual(expected);
    }
  });

  it('a retried create with the same client key makes one goal', async () => {
    const input = goalInput({ clientKey: uniqueMarker('goal-key') });
    const before = await graphSize(app.gateway);
    const first = await mutateOk(app.url, GoalCreateDocument, { input });
    const second = await mutateOk(app.url, GoalCreateDocument, { input });
    expect(second.goalCreate.goal?.id).toBe(first.goalCreate.goal?.id);
    expect(await graphSize(app.gateway)).toEqual({ nodes: before.nodes + 1, relationships: before.relationships });
  });

  it('progress appends entries, moves `actual`, attainment and status; MET beats the due date', async () => {
    const goal = await createGoal({ metric: 'ENGAGEMENT', target: 20, due: iso(-1) });
    expect(goal.status).toBe('OVERDUE');

    const before = await graphSize(app.gateway);
    const first = await progress({ goalId: goal.id, value: 5, at: iso(-3), note: ' first count ' });
    expect(first.goalUpdateProgress.userErrors).toEqual([]);
    expect(first.goalUpdateProgress.goal).toMatchObject({ actual: 5, attainment: 0.25, status: 'OVERDUE' });
    expect(first.goalUpdateProgress.progress).toMatchObject({ value: 5, note: 'first count' });
    const second = await progress({ goalId: goal.id, value: 20 });
    expect(second.goalUpdateProgress.goal).toMatchObject({ actual: 20, attainment: 1, status: 'MET' });
    expect(second.goalUpdateProgress.progress?.note).toBeNull();
    expect(await graphSize(app.gateway)).toEqual({ nodes: before.nodes + 2, relationships: before.relationships + 2 });

    const read = await executeOk(app.url, GoalDocument, { id: goal.id });
    expect(read.goal?.progress.nodes.map((p) => p.value)).toEqual([5, 20]);
    const latestFirst = await executeOk(app.url, GoalDocument, { id: goal.id, progressDirection: 'DESC' });
    expect(latestFirst.goal?.progress.nodes.map((p) => p.value)).toEqual([20, 5]);
    const node = await executeOk(app.url, TeamGoalsInitiativesNodeDocument, {
      id: first.goalUpdateProgress.progress!.id,
    });
    expect(node.node?.__typename).toBe('GoalProgress');
  });

  it('refuses bad progress with stable codes, changing nothing (not even updatedAt)', async () => {
    const goal = await createGoal({ metric: 'SATISFACTION', target: 8 });
    const member = await createMember();
    await progress({ goalId: goal.id, value: 6, at: iso(-1) });
    const stamp = (await executeOk(app.url, GoalDocument, { id: goal.id })).goal!;

    const cases: [GoalUpdateProgressInput, string[][]][] = [
      [{ goalId: goal.id, value: 7, at: iso(-2) }, [['input.at', 'OUT_OF_RANGE']]],
      [{ goalId: goal.id, value: 7, at: iso(2) }, [['input.at', 'OUT_OF_RANGE']]],
      [{ goalId: goal.id, value: -1 }, [['input.value', 'OUT_OF_RANGE']]],
      [{ goalId: goal.id, value: 11 }, [['input.value', 'OUT_OF_RANGE']]],
      [{ goalId: goal.id, value: 7, note: 'n'.repeat(1001) }, [['input.note', 'TOO_LONG']]],
      [{ goalId: member.id, value: 7 }, [['input.goalId', 'WRONG_TYPE']]],
      [{ goalId: unknownId('Goal'), value: 7 }, [['input.goalId', 'NOT_FOUND']]],
    ];
    for (const [input, expected] of cases) {
      const result = await unchanged(() => progress(input));
      expect(codes(result.goalUpdateProgress.userErrors)).toEqual(expected);
      expect(result.goalUpdateProgress.goal).toBeNull();
    }
    const after = (await executeOk(app.url, GoalDocument, { id: goal.id })).goal!;
    expect(after).toMatchObject({ actual: 6, updatedAt: stamp.updatedAt });
    expect(after.progress.totalCount).toBe(1);
  });

  it('a retried progress update with the same client key appends one entry', async () => {
    const goal = await createGoal({ metric: 'INITIATIVES', target: 4 });
    const input = { goalId: goal.id, value: 2, clientKey: uniqueMarker('progress-key') };
    const before = await graphSize(app.gateway);
    const first = await progress(input);
    const second = await progress(input);
    expect(second.goalUpdateProgress.userErrors).toEqual([]);
    expect(second.goalUpdateProgress.progress?.id).toBe(first.goalUpdateProgress.progress?.id);
    expect(await graphSize(app.gateway)).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 1 });
  });

  /** The status Neo4j reports for the transaction tagged `tag` once it is blocked (polls up to 30 s). */
  async function blockedStatus(tag: string): Promise<string> {
    let status = '(not seen)';
    for (let attempt = 0; attempt < 600; attempt++) {
      const [row] = await app.gateway.runAutoCommit({
        cypher: 'SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.lockTest = $tag RETURN status',
        params: { tag },
      });
      status = String(row?.status ?? '(not seen)');
      if (status.startsWith('Blocked by')) return status;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return status;
  }

  it('the goal lock holds a second writer until the first transaction ends, and leaves the goal as it was', async () => {
    const goal = await createGoal();
    const key = expectGlobalId(goal.id, 'Goal');
    const lock = lockGoal(key);
    const first = app.driver.session();
    const second = app.driver.session();
    const tx = await first.beginTransaction();
    try {
      await tx.run(lock.cypher, lock.params);
      let secondLocked = false;
      const tag = uniqueMarker('second-writer');
      const waiting = second
        .executeWrite((tx2) => tx2.run(lock.cypher, lock.params), { metadata: { lockTest: tag } })
        .then(() => {
          secondLocked = true;
        });
      // Not a pause that proves nothing on a slow machine: the server itself must report the
      // second writer blocked on the lock, while it has not got it.
      expect(await blockedStatus(tag)).toMatch(/^Blocked by/);
      expect(secondLocked).toBe(false);
      await tx.commit();
      await waiting;
      expect(secondLocked).toBe(true);
    } finally {
      await first.close();
      await second.close();
    }
    const [row] = await app.gateway.readRows({
      cypher: 'MATCH (g:Goal {id: $key}) RETURN keys(g) AS keys, g.updatedAt AS updatedAt',
      params: { key },
    });
    expect(row?.keys).not.toContain('_lock');
    expect((row?.updatedAt as Date).toISOString()).toBe(goal.updatedAt);
  });

  it('concurrent progress updates of one goal serialise: `actual` is the value of the latest entry', async () => {
    const goal = await createGoal({ metric: 'ENGAGEMENT', target: 1000 });
    const base = Date.now() - 60_000;
    const order = [3, 7, 0, 5, 1, 6, 2, 4];
    const results = await Promise.all(
      order.map((i) =>
        progress({ goalId: goal.id, value: 100 + i, at: new Date(base + i * 1000).toISOString() }).then(
          (r) => r.goalUpdateProgress,
        ),
      ),
    );
    const accepted = results.filter((r) => r.userErrors.length === 0);
    for (const refused of results.filter((r) => r.userErrors.length > 0)) {
      expect(codes(refused.userErrors)).toEqual([['input.at', 'OUT_OF_RANGE']]);
    }
    // The latest entry can never be refused, and whatever else was accepted came before it.
    const read = (await executeOk(app.url, GoalDocument, { id: goal.id })).goal!;
    expect(read.actual).toBe(107);
    expect(read.progress.totalCount).toBe(accepted.length);
    const values = read.progress.nodes.map((p) => p.value ?? Number.NaN);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values.at(-1)).toBe(107);
  });
});

describe('initiatives', () => {
  it('create with contributors under a partnership; read, walk and search it', async () => {
    const partnership = await partnershipFixture();
    const [lead, helper] = await participantFixtures(2);
    // One alphanumeric word: the full-text analyser splits on hyphens.
    const word = uniqueMarker('sandbox').replace(/[^a-z0-9]/gi, '');
    const name = `Quantum ${word}`;
    const created = await mutateOk(app.url, InitiativeCreateDocument, {
      input: initiativeInput({
        name,
        kind: 'RESEARCH_PROGRAM',
        partnershipId: partnership,
        contributors: [
          { participantId: lead!, role: 'LEAD' },
          { participantId: helper!, role: 'CONTRIBUTOR' },
        ],
      }),
    });
    expect(created.initiativeCreate.userErrors).toEqual([]);
    const initiative = created.initiativeCreate.initiative!;
    expect(initiative).toMatchObject({
      name,
      kind: 'RESEARCH_PROGRAM',
      status: 'PLANNED',
      partnership: { id: partnership },
    });
    expect(initiative.contributors.totalCount).toBe(2);

    const read = await executeOk(app.url, InitiativeDocument, { id: initiative.id });
    expect(read.initiative?.contributors.edges.map((e) => [e.node.id, e.role])).toEqual([
      [lead, 'LEAD'],
      [helper, 'CONTRIBUTOR'],
    ]);
    const node = await executeOk(app.url, TeamGoalsInitiativesNodeDocument, { id: initiative.id });
    expect(node.node?.__typename).toBe('Initiative');

    const participantView = await executeOk(app.url, ParticipantInitiativesDocument, { id: helper! });
    const mine =
      participantView.node && 'initiatives' in participantView.node ? participantView.node.initiatives : null;
    expect(mine?.edges.map((e) => [e.node.id, e.role])).toEqual([[initiative.id, 'CONTRIBUTOR']]);
    const noneActive = await executeOk(app.url, ParticipantInitiativesDocument, { id: helper!, status: ['ACTIVE'] });
    expect(noneActive.node && 'initiatives' in noneActive.node ? noneActive.node.initiatives.totalCount : -1).toBe(0);
    const partnershipView = await executeOk(app.url, PartnershipTeamGoalsInitiativesDocument, { id: partnership });
    const under =
      partnershipView.node && 'initiatives' in partnershipView.node ? partnershipView.node.initiatives : null;
    expect(under?.nodes.map((i) => i.id)).toEqual([initiative.id]);

    const searched = await executeOk(app.url, InitiativesDocument, { first: 10, filter: { text: word.slice(0, -2) } });
    expect(searched.initiatives.nodes.map((i) => i.id)).toEqual([initiative.id]);
    const filtered = await executeOk(app.url, InitiativesDocument, {
      first: 10,
      filter: {
        partnership,
        participant: lead,
        kind: ['RESEARCH_PROGRAM'],
        status: ['PLANNED'],
        startsFrom: iso(-11),
        startsBefore: iso(-9),
      },
    });
    expect(filtered.initiatives.nodes.map((i) => i.id)).toEqual([initiative.id]);
    const wrongKind = await executeOk(app.url, InitiativesDocument, {
      first: 10,
      filter: { partnership, kind: ['HACKATHON'] },
    });
    expect(wrongKind.initiatives.totalCount).toBe(0);
  });

  it('lists latest start first by default and pages by name', async () => {
    const partnership = await partnershipFixture();
    for (const [name, start] of [
      ['Beta', -30],
      ['Alpha', -5],
      ['Gamma', -60],
    ] as const) {
      await mutateOk(app.url, InitiativeCreateDocument, {
        input: initiativeInput({ name, partnershipId: partnership, startsAt: iso(start), endsAt: iso(10) }),
      });
    }
    const byStart = await executeOk(app.url, InitiativesDocument, { first: 10, filter: { partnership } });
    expect(byStart.initiatives.nodes.map((i) => i.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    const firstPage = await executeOk(app.url, InitiativesDocument, {
      first: 2,
      filter: { partnership },
      orderBy: { field: 'NAME', direction: 'DESC' },
    });
    expect(firstPage.initiatives.nodes.map((i) => i.name)).toEqual(['Gamma', 'Beta']);
    expect(firstPage.initiatives.pageInfo.hasNextPage).toBe(true);
    const secondPage = await executeOk(app.url, InitiativesDocument, {
      first: 2,
      after: firstPage.initiatives.pageInfo.endCursor,
      filter: { partnership },
      orderBy: { field: 'NAME', direction: 'DESC' },
    });
    expect(secondPage.initiatives.nodes.map((i) => i.name)).toEqual(['Alpha']);
  });

  it('refuses bad input with stable codes, changing nothing', async () => {
    const [someone] = await participantFixtures(1);
    const member = await createMember();
    const invalid = await unchanged(() =>
      mutateOk(app.url, InitiativeCreateDocument, {
        input: initiativeInput({
          name: 'X',
          startsAt: iso(10),
          endsAt: iso(5),
          partnershipId: someone,
          contributors: [
            { participantId: someone!, role: 'LEAD' },
            { participantId: member.id, role: 'SPONSOR' },
            { participantId: someone!, role: 'CONTRIBUTOR' },
          ],
        }),
      }),
    );
    expect(invalid.initiativeCreate.initiative).toBeNull();
    expect(codes(invalid.initiativeCreate.userErrors)).toEqual([
      ['input.name', 'TOO_SHORT'],
      ['input.endsAt', 'OUT_OF_RANGE'],
      ['input.partnershipId', 'WRONG_TYPE'],
      ['input.contributors.1.participantId', 'WRONG_TYPE'],
      ['input.contributors.2.participantId', 'DUPLICATE'],
    ]);

    const many = await participantFixtures(51);
    const tooMany = await unchanged(() =>
      mutateOk(app.url, InitiativeCreateDocument, {
        input: initiativeInput({ contributors: many.map((participantId) => ({ participantId, role: 'CONTRIBUTOR' })) }),
      }),
    );
    expect(codes(tooMany.initiativeCreate.userErrors)).toEqual([['input.contributors', 'OUT_OF_RANGE']]);

    const missing = await unchanged(() =>
      mutateOk(app.url, InitiativeCreateDocument, {
        input: initiativeInput({
          partnershipId: unknownId('Partnership'),
          contributors: [
            { participantId: someone!, role: 'LEAD' },
            { participantId: unknownId('Participant'), role: 'CONTRIBUTOR' },
          ],
        }),
      }),
    );
    expect(codes(missing.initiativeCreate.userErrors)).toEqual([
      ['input.partnershipId', 'NOT_FOUND'],
      ['input.contributors.1.participantId', 'NOT_FOUND'],
    ]);
  });

  it('takes 50 contributors; a retried create with the same client key makes one initiative', async () => {
    const fifty = await participantFixtures(50);
    const input = initiativeInput({
      contributors: fifty.map((participantId) => ({ participantId, role: 'CONTRIBUTOR' as const })),
      clientKey: uniqueMarker('initiative-key'),
    });
    const before = await graphSize(app.gateway);
    const first = await mutateOk(app.url, InitiativeCreateDocument, { input });
    const second = await mutateOk(app.url, InitiativeCreateDocument, { input });
    expect(first.initiativeCreate.initiative?.contributors.totalCount).toBe(50);
    expect(second.initiativeCreate.initiative?.id).toBe(first.initiativeCreate.initiative?.id);
    expect(await graphSize(app.gateway)).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 50 });
  });

  it('adds a contributor idempotently (a second add only changes the role); refuses bad ids', async () => {
    const [participant] = await participantFixtures(1);
    const created = await mutateOk(app.url, InitiativeCreateDocument, { input: initiativeInput() });
    const initiative = created.initiativeCreate.initiative!;
    const add = (role: 'LEAD' | 'SPONSOR') =>
      mutateOk(app.url, InitiativeAddContributorDocument, {
        input: { initiativeId: initiative.id, participantId: participant!, role },
      });

    const before = await graphSize(app.gateway);
    const first = await add('SPONSOR');
    expect(first.initiativeAddContributor.userErrors).toEqual([]);
    expect(first.initiativeAddContributor.contributor?.id).toBe(participant);
    const again = await add('SPONSOR');
    expect(again.initiativeAddContributor.initiative?.updatedAt).toBe(
      first.initiativeAddContributor.initiative?.updatedAt,
    );
    const promoted = await add('LEAD');
    expect(promoted.initiativeAddContributor.initiative?.contributors).toEqual({
      totalCount: 1,
      edges: [{ role: 'LEAD', node: { id: participant } }],
    });
    expect(await graphSize(app.gateway)).toEqual({ nodes: before.nodes, relationships: before.relationships + 1 });

    const wrong = await unchanged(() =>
      mutateOk(app.url, InitiativeAddContributorDocument, {
        input: { initiativeId: participant!, participantId: initiative.id, role: 'LEAD' },
      }),
    );
    expect(codes(wrong.initiativeAddContributor.userErrors)).toEqual([
      ['input.initiativeId', 'WRONG_TYPE'],
      ['input.participantId', 'WRONG_TYPE'],
    ]);
    const missing = await unchanged(() =>
      mutateOk(app.url, InitiativeAddContributorDocument, {
        input: { initiativeId: unknownId('Initiative'), participantId: unknownId('Participant'), role: 'LEAD' },
      }),
    );
    expect(codes(missing.initiativeAddContributor.userErrors)).toEqual([
      ['input.initiativeId', 'NOT_FOUND'],
      ['input.participantId', 'NOT_FOUND'],
    ]);
  });

  it('moves through statuses; COMPLETED and CANCELLED are final', async () => {
    const created = await mutateOk(app.url, InitiativeCreateDocument, { input: initiativeInput() });
    const id = created.initiativeCreate.initiative!.id;
    const move = (status: 'PLANNED' | 'ACTIVE' | 'COMPLETED' | 'CANCELLED', target = id) =>
      mutateOk(app.url, InitiativeUpdateStatusDocument, { input: { id: target, status } });

    expect((await move('ACTIVE')).initiativeUpdateStatus.initiative?.status).toBe('ACTIVE');
    expect((await move('ACTIVE')).initiativeUpdateStatus.userErrors).toEqual([]); // a retry is harmless
    const completed = await move('COMPLETED');
    expect(completed.initiativeUpdateStatus.initiative?.status).toBe('COMPLETED');

    for (const status of ['ACTIVE', 'PLANNED', 'CANCELLED'] as const) {
      const refused = await unchanged(() => move(status));
      expect(codes(refused.initiativeUpdateStatus.userErrors)).toEqual([['input.status', 'INVALID']]);
    }
    const read = await executeOk(app.url, InitiativeDocument, { id });
    expect(read.initiative).toMatchObject({
      status: 'COMPLETED',
      updatedAt: completed.initiativeUpdateStatus.initiative?.updatedAt,
    });

    const cancelled = await mutateOk(app.url, InitiativeCreateDocument, { input: initiativeInput() });
    const cancelledId = cancelled.initiativeCreate.initiative!.id;
    expect((await move('CANCELLED', cancelledId)).initiativeUpdateStatus.initiative?.status).toBe('CANCELLED');
    const reopened = await unchanged(() => move('PLANNED', cancelledId));
    expect(codes(reopened.initiativeUpdateStatus.userErrors)).toEqual([['input.status', 'INVALID']]);

    const wrong = await unchanged(() => move('ACTIVE', toGlobalId('Goal', crypto.randomUUID())));
    expect(codes(wrong.initiativeUpdateStatus.userErrors)).toEqual([['input.id', 'WRONG_TYPE']]);
    const missing = await unchanged(() => move('ACTIVE', unknownId('Initiative')));
    expect(codes(missing.initiativeUpdateStatus.userErrors)).toEqual([['input.id', 'NOT_FOUND']]);
  });
});

describe('batching', () => {
  it('goals with their owner, partnership and progress cost one round trip per hop, whatever the page size', async () => {
    const owner = await createMember();
    for (let i = 0; i < 12; i += 1) {
      const goal = await createGoal({ ownerId: owner.id, partnershipId: await partnershipFixture() });
      await progress({ goalId: goal.id, value: i });
    }
    const result = await execute(
      app.url,
      GoalsWithLinksDocument,
      { first: 20, filter: { owner: owner.id } },
      { 'x-ecograph-round-trips': '1' },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.goals.nodes ?? [];
    expect(nodes).toHaveLength(12);
    for (const goal of nodes) {
      expect(goal.owner?.id).toBe(owner.id);
      expect(goal.partnership).not.toBeNull();
      expect(goal.progress.totalCount).toBe(1);
    }
    // The page, then one batched query for each of the three hops.
    expect(result.extensions?.roundTrips).toBe(4);
  });
});
